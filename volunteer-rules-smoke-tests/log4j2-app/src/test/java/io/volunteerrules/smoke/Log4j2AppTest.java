package io.volunteerrules.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.params.CsvTables;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.drools.VolunteerRules;
import io.volunteerrules.spreadsheets.XlsxTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With Log4j 2 as the application's SLF4J provider (log4j-slf4j2-impl), the engine starts, decides
 * the example, and the spreadsheets module (Apache POI, which logs through the Log4j API) reads and
 * writes XLSX: nothing in the library forces log4j-to-slf4j, which Log4j refuses beside its provider.
 */
class Log4j2AppTest {

    @Test
    void the_engine_logs_through_log4j2_and_decides_the_example_request() throws Exception {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.apache.logging.slf4j.");
        String request = Files.readString(Path.of(System.getProperty("example.request")), StandardCharsets.UTF_8);
        assertThat(VolunteerRules.builder().build().evaluate(Json.readRequest(request)))
                .extracting(d -> d.question().subject() + " " + d.outcome().status())
                .contains("assignment:A-WANG REFUSED", "assignment:A-LI ALLOWED", "assignment:A-CHEN REFUSED",
                        "assignment:A-ZHANG REFUSED");
    }

    @Test
    void xlsx_tables_read_and_write_with_poi_logging_to_log4j2() {
        List<Parameter> table = ParameterTables.read("x.parameters.csv", ("key,description,type,unit,from,to,value,source,clause\n"
                + "x.hours,Hours,decimal,hours,2021-03-07,,100,src,ZZ-2.4\n").getBytes(StandardCharsets.UTF_8));
        List<Parameter> back = ParameterTables.read("x.parameters.xlsx", XlsxTables.writeXlsx(table));
        assertThat(new String(CsvTables.writeCsv(back), StandardCharsets.UTF_8))
                .isEqualTo(new String(CsvTables.writeCsv(table), StandardCharsets.UTF_8));
    }
}
