package io.volunteerrules.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --progress}: progress on stderr even when stderr is not a terminal, as whole lines for a
 * log. On a terminal it is shown anyway, rewritten in place.
 */
final class ProgressOption {

    @Option(names = "--progress",
            description = "Show progress on stderr even when stderr is not a terminal (one line per phase and per tenth of the run, for logs). On a terminal it is always shown.")
    boolean forced;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The progress of this run, on the command's stderr. */
    Progress progress() {
        Object root = mixee.root().userObject();
        boolean terminal = root instanceof Main main && main.stderrIsTerminal;
        return new Progress(mixee.commandLine().getErr(), Progress.mode(terminal, forced));
    }
}
