package io.volunteerrules.core.ruleset;

import java.nio.charset.StandardCharsets;

/**
 * One file of a rule set, by its path relative to the rule set's root ({@code capacity/capacity.drl}).
 */
public record RuleFile(String path, byte[] content) {

    /** The file's text (UTF-8). */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The rule area: the folder the file is in ({@code capacity}), or empty at the root. */
    public String area() {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String dir = path.substring(0, slash);
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    /** A DRL rule file. */
    public boolean isRules() {
        return path.endsWith(".drl");
    }

    /** A parameter table ({@code .parameters.yaml}, {@code .parameters.csv} or {@code .parameters.xlsx}). */
    public boolean isParameters() {
        return path.matches(".*\\.parameters\\.(yaml|yml|csv|xlsx)$");
    }

    /**
     * A year of the working-day calendar ({@code calendar/2024.json}): it changes decisions, like a
     * parameter table. The calendar folder's licence and README are documents.
     */
    public boolean isCalendar() {
        return io.volunteerrules.core.calendar.WorkingDayCalendar.isCalendarFile(path);
    }

    /**
     * The rule set's own names of codes ({@value RuleSetFiles#VOCABULARY} at the root): it changes what
     * decisions say, like a rule's messages.
     */
    public boolean isVocabulary() {
        return path.equals(RuleSetFiles.VOCABULARY);
    }

    /** A scenario file ({@code .scenarios.yaml}). */
    public boolean isScenarios() {
        return path.matches(".*\\.scenarios\\.(yaml|yml)$");
    }
}
