package io.volunteerrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Progress of a long run, on stderr only (stdout stays clean for pipes and files): the phases (the
 * rule set loaded: linted, its tables read, its DRL compiled) and a count of the steps of a run
 * ({@code test 120/480 (25%)}).
 *
 * <p>On a terminal the count is rewritten in place. With {@code --progress} and stderr not a
 * terminal (a log file, a CI job), each phase is a line and the count a line every tenth of the
 * way, so a log shows where a run spent its time without a line per step. Otherwise nothing.
 */
final class Progress {

    /** How progress is shown. */
    enum Mode {
        /** Not shown. */
        NONE,
        /** Rewritten in place: stderr is a terminal. */
        TERMINAL,
        /** Whole lines, for a log: {@code --progress} with stderr not a terminal. */
        LOG
    }

    private final PrintWriter err;
    private final Mode mode;

    Progress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    /** The mode for a run: in place on a terminal, lines when forced, otherwise none. */
    static Mode mode(boolean stderrIsTerminal, boolean forced) {
        return stderrIsTerminal ? Mode.TERMINAL : forced ? Mode.LOG : Mode.NONE;
    }

    Mode mode() {
        return mode;
    }

    /** A line of progress (a phase starting or ending), when progress is shown. */
    void line(String text) {
        if (mode == Mode.NONE) {
            return;
        }
        err.println(text);
        err.flush();
    }

    /**
     * Runs one phase, saying what it does before and, with how long it took, what it gave after:
     * {@code loading rules-draft: lint, parameter tables, compiling the DRL…} and then
     * {@code rules-draft: 133 rules ready (3.4 s)}.
     */
    <T> T phase(String starting, Supplier<T> work, Function<T, String> done) {
        line(starting + "…");
        long start = System.nanoTime();
        T result = work.get();
        if (result != null) {
            line(done.apply(result) + " (" + seconds(System.nanoTime() - start) + ")");
        }
        return result;
    }

    /** A counter of {@code total} steps named {@code what}. */
    Counter counter(String what, int total) {
        return new Counter(what, total);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** Counts the steps of a run: {@code test 120/480 (25%)}. */
    final class Counter {

        private final String what;
        private final int total;
        private int lastShown = -1;

        private Counter(String what, int total) {
            this.what = what;
            this.total = total;
        }

        /** {@code count} steps are done. */
        void done(int count) {
            if (mode == Mode.NONE || total <= 0) {
                return;
            }
            int percent = (int) (100L * count / total);
            // in place: every percent; in a log: every ten
            int step = mode == Mode.TERMINAL ? percent : percent / 10 * 10;
            if (step == lastShown && count != total) {
                return;
            }
            lastShown = step;
            String text = what + " " + count + "/" + total + " (" + percent + "%)";
            if (mode == Mode.TERMINAL) {
                err.print("\r" + text);
                if (count == total) {
                    err.println();
                }
            } else {
                err.println(text);
            }
            err.flush();
        }
    }

    /**
     * Whether this process's stderr is a terminal. Java has no isatty; on Linux the answer is where
     * file descriptor 2 points ({@code /dev/pts/…}, {@code /dev/tty…}); elsewhere it falls back to
     * whether the JVM has a console (stdin and stdout a terminal), the closest Java offers.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the console
        }
        return System.console() != null;
    }
}
