package io.volunteerrules.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on the terminal (stderr), rewritten in place: {@code test 120/480}. Shown
 * when stderr is a terminal, or when asked for; never on stdout, so output stays clean for pipes.
 */
final class Progress {

    private final PrintWriter err;
    private final String what;
    private final int total;
    private final boolean shown;
    private int lastPercent = -1;

    Progress(PrintWriter err, String what, int total, boolean forced) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.shown = (forced || System.console() != null) && total > 0;
    }

    void done(int count) {
        if (!shown) {
            return;
        }
        int percent = (int) (100L * count / total);
        if (percent != lastPercent || count == total) {
            lastPercent = percent;
            err.print("\r" + what + " " + count + "/" + total + " (" + percent + "%)");
            if (count == total) {
                err.println();
            }
            err.flush();
        }
    }
}
