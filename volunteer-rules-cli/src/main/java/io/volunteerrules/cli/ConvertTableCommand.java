package io.volunteerrules.cli;

import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterTableException;
import io.volunteerrules.core.params.CsvTables;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.spreadsheets.XlsxTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert-table", description = {
    "Converts a parameter table between YAML, CSV and XLSX, so staff can edit it in LibreOffice or Excel.",
    "The converted table has the same keys, rows, dates and sources. The old file is removed unless --keep is given "
        + "(a rule set must define each parameter once).",
    "Exit codes: 0 written; 2 the table cannot be read (every problem is listed) or written."})
final class ConvertTableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TABLE", description = "An <area>.parameters.yaml, .csv or .xlsx file.")
    Path table;

    @Option(names = "--to", required = true, paramLabel = "csv|xlsx", description = "The format to write.")
    String format;

    @Option(names = "--keep", description = "Keep the original file.")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        String name = table.getFileName().toString();
        List<Parameter> parameters;
        try {
            parameters = ParameterTables.read(name, Files.readAllBytes(table));
        } catch (ParameterTableException e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return Main.UNUSABLE;
        }
        byte[] content = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> CsvTables.writeCsv(parameters);
            case "xlsx" -> XlsxTables.writeXlsx(parameters);
            default -> null;
        };
        if (content == null) {
            spec.commandLine().getErr().println("error: --to must be csv or xlsx");
            return Main.UNUSABLE;
        }
        Path target = table.resolveSibling(name.replaceFirst("\\.(yaml|yml|csv|xlsx)$", "") + "." + format.toLowerCase(java.util.Locale.ROOT));
        Files.write(target, content);
        if (!keep && !target.equals(table)) {
            Files.delete(table);
        }
        spec.commandLine().getOut().println("wrote " + parameters.size() + " parameters to " + target);
        return Main.OK;
    }
}
