package io.volunteerrules.drools.lint;

/**
 * One reason a rule file is rejected.
 *
 * @param file    the file, relative to the rule set's root ({@code stars/stars.drl})
 * @param line    the line (1-based)
 * @param check   which check found it ({@code import}, {@code call}, {@code number}, …)
 * @param message what is wrong and what to do instead
 */
public record LintFinding(String file, int line, String check, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": [" + check + "] " + message;
    }
}
