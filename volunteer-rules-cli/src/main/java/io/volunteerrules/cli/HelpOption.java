package io.volunteerrules.cli;

import picocli.CommandLine.Option;

/** {@code -h}, {@code --help} on every command: its usage, and exit 0. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
