package io.volunteerrules.cli;

import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export-rules", description = {
    "Writes the bundled rule set (rules, parameter tables, scenarios) to a directory, to start editing it.",
    "Exit codes: 0 written; 2 the directory is not empty or cannot be written."})
final class ExportRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "DIR", description = "Where to write the rules (must be empty or absent).")
    Path dir;

    @Override
    public Integer call() {
        RuleSetFiles files = RuleSetFiles.fromClasspath(ExportRulesCommand.class.getClassLoader());
        files.writeTo(dir);
        spec.commandLine().getOut().println("wrote " + files.files().size() + " files of rule set " + files.version()
                + " to " + dir);
        return Main.OK;
    }
}
