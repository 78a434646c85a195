package io.volunteerrules.examples;

import io.volunteerrules.indicators.CityIndicators;
import io.volunteerrules.indicators.DatasetReader;
import io.volunteerrules.indicators.IndicatorDataset;
import io.volunteerrules.indicators.Indicators;
import io.volunteerrules.indicators.InvalidDatasetException;
import io.volunteerrules.indicators.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Computes the city's indicators from a dataset and writes them as JSON and as an HTML page.
 *
 * <pre>
 * mvn -B -q -DskipTests package exec:java -pl examples -am -Dexec.mainClass=io.volunteerrules.examples.IndicatorReport
 * mvn -B -q -DskipTests package exec:java -pl examples -am -Dexec.mainClass=io.volunteerrules.examples.IndicatorReport \
 *     -Dexec.args="path/to/dataset.json path/to/output-folder"
 * </pre>
 *
 * Arguments: the dataset (a JSON file or a folder of CSV files; by default the bundled Zhengzhou
 * example) and the output folder (by default {@code examples/target/indicator-report}, or the
 * system property {@code indicators.outputDirectory}).
 */
public final class IndicatorReport {

    /** The bundled example dataset. */
    public static final String EXAMPLE_DATASET = "indicators/zhengzhou-2025-09-30.json";

    private IndicatorReport() {
    }

    public static void main(String[] args) throws IOException {
        IndicatorDataset dataset;
        if (args.length > 0) {
            dataset = DatasetReader.read(Path.of(args[0]));
        } else {
            dataset = DatasetReader.readJson(bundled());
        }
        Path out = Path.of(args.length > 1 ? args[1]
                : System.getProperty("indicators.outputDirectory", "target/indicator-report"));
        CityIndicators report;
        try {
            report = Indicators.bundled().compute(dataset);
        } catch (InvalidDatasetException e) {
            System.err.println("The dataset cannot be used:");
            e.violations().forEach(v -> System.err.println("  " + v));
            System.exit(2);
            return;
        }
        List<Path> files = ReportWriter.write(report, out);
        CityIndicators.Registration city = report.registration();
        System.out.printf("%s, as of %s: %,d registered volunteers, %s%% of %,d residents (target %s%% by %s)%n",
                report.city(), report.asOf(), city.registeredVolunteers(), city.ratePercent().toPlainString(),
                city.residentPopulation(), report.target().ratePercent().toPlainString(), report.target().deadline());
        System.out.printf(city.targetMet() ? "target met%n" : "%,d volunteers still missing%n", city.stillMissing());
        files.forEach(f -> System.out.println("wrote " + f.toAbsolutePath().normalize()));
    }

    static String bundled() throws IOException {
        try (InputStream in = IndicatorReport.class.getClassLoader().getResourceAsStream(EXAMPLE_DATASET)) {
            if (in == null) {
                throw new IllegalStateException("the example dataset " + EXAMPLE_DATASET + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
