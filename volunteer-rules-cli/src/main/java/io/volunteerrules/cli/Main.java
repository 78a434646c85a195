package io.volunteerrules.cli;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code volunteer-rules}: the command-line tool for policy staff and CI. Exit codes: 0 done and
 * fine, 1 done and something failed (a scenario, a lint check) or changed (diff), 2 the input or
 * the rule set could not be used.
 */
@Command(name = "volunteer-rules", mixinStandardHelpOptions = true, version = "volunteer-rules 0.1.0",
        description = {"Check, test and compare rule sets of the Zhengzhou volunteer-service rules.",
            "Every command has --help. Exit codes: 0 done and fine; 1 done, and something failed (a scenario, a lint "
                + "check) or changed (diff); 2 the input or the rule set cannot be used."},
        subcommands = {EvaluateCommand.class, TestCommand.class, CoverageCommand.class, DiffCommand.class,
            LintCommand.class, CatalogueCommand.class, ExportRulesCommand.class, ConvertTableCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code: done, nothing failed. */
    public static final int OK = 0;
    /** Exit code: a scenario or check failed, or (diff) decisions changed. */
    public static final int FAILED = 1;
    /** Exit code: the input or the rule set cannot be used. */
    public static final int UNUSABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final InputStream in;
    /** Whether the stderr this run writes to is a terminal: progress is then shown in place. */
    final boolean stderrIsTerminal;

    Main(InputStream in, boolean stderrIsTerminal) {
        this.in = in;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the tool with the given streams and returns its exit code (what tests call). Progress is
     * shown without {@code --progress} only when {@code err} is this process's stderr and that is a
     * terminal.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, err == System.err && Progress.stderrIsTerminal());
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, saying whether {@code err} is a terminal. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean stderrIsTerminal) {
        CommandLine cli = new CommandLine(new Main(in, stderrIsTerminal));
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parse) -> {
            // a sentence, never a stack trace
            line.getErr().println("error: " + describe(e));
            line.getErr().flush();
            return UNUSABLE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return UNUSABLE;
        });
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }

    /**
     * What went wrong, in words: a file that does not exist or cannot be read or written is named
     * with the reason (Java's own messages give only the path), anything else by its message.
     */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            String context = u.getMessage() == null ? "" : u.getMessage().replaceFirst(":.*$", "");
            String cause = describe(u.getCause());
            return context.isEmpty() || cause.contains(context) ? cause : context + ": " + cause;
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof NotDirectoryException f) {
            return "not a folder: " + f.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "already exists: " + f.getFile();
        }
        if (e instanceof DirectoryNotEmptyException f) {
            return "folder not empty: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read or written" : f.getReason());
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        }
        if (e instanceof InvalidPathException p) {
            return "not a valid path: " + p.getInput();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
