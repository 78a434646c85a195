package io.volunteerrules.core.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The working days of China as the State Council's yearly holiday notices set them, one notice a
 * year: a working day is a day a notice lists as a working day (调休上班), or a Monday to Friday no
 * notice lists as a day off. A day of a year whose notice is not loaded is not a working day nor a
 * day off: it is unknown, and {@link #covers} says so, so that no one counts Monday to Friday in
 * silence.
 *
 * <p>A year's notice also settles the New Year days at the end of the year before (the 2019 notice
 * made Saturday 2018-12-29 a working day and 12-30, 12-31 days off). So a day from December 25 on
 * is covered only when the next year's notice is loaded too.
 *
 * <p>A rule set carries its calendar as files {@code calendar/<year>.json} (or {@code .yaml}), in the
 * form the holiday-cn data set publishes:
 * <pre>{@code
 * {"year": 2024,
 *  "papers": ["https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"],
 *  "days": [{"name": "春节", "date": "2024-02-04", "isOffDay": false},
 *           {"name": "春节", "date": "2024-02-10", "isOffDay": true}, …]}
 * }</pre>
 * Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** The folder of a rule set that holds the calendar files. */
    public static final String FOLDER = "calendar";

    /** The first day of a year that the next year's notice can reach back to. */
    static final MonthDay REACH = MonthDay.of(12, 25);

    private static final Pattern FILE = Pattern.compile("^" + FOLDER + "/(\\d{4})\\.(?:json|ya?ml)$");

    private static final WorkingDayCalendar EMPTY = new WorkingDayCalendar(Map.of(), Map.of());

    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, Boolean> days;

    private WorkingDayCalendar(Map<Integer, CalendarYear> years, Map<LocalDate, Boolean> days) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
        this.days = Map.copyOf(days);
    }

    /** A calendar with no year loaded: every day is unknown. */
    public static WorkingDayCalendar empty() {
        return EMPTY;
    }

    /** Whether {@code path} names a calendar file: {@code calendar/<yyyy>.json}, {@code .yaml} or {@code .yml}. */
    public static boolean isCalendarFile(String path) {
        return FILE.matcher(path).matches();
    }

    /**
     * Combines years read from their files.
     *
     * @throws CalendarException if a year is given twice, or two files disagree about a day
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> all) {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        Map<LocalDate, Boolean> days = new TreeMap<>();
        Map<LocalDate, String> from = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (CalendarYear y : all) {
            CalendarYear earlier = years.putIfAbsent(y.year(), y);
            if (earlier != null) {
                problems.add(y.file() + ": the calendar of " + y.year() + " is also given by " + earlier.file());
                continue;
            }
            for (Map.Entry<LocalDate, Boolean> d : new TreeMap<>(y.days()).entrySet()) {
                Boolean before = days.putIfAbsent(d.getKey(), d.getValue());
                if (before != null && !before.equals(d.getValue())) {
                    problems.add(y.file() + ": " + d.getKey() + " is " + kind(d.getValue()) + " here but "
                            + kind(before) + " in " + from.get(d.getKey()));
                }
                from.putIfAbsent(d.getKey(), y.file());
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(problems);
        }
        return new WorkingDayCalendar(years, days);
    }

    /**
     * Reads one year's calendar file.
     *
     * @param file its path in the rule set, {@code calendar/<yyyy>.json}; the year in the name must be
     *             the year the file gives
     * @throws CalendarException listing every problem in the file, each naming the field
     */
    public static CalendarYear read(String file, byte[] content) {
        List<String> problems = new ArrayList<>();
        Matcher name = FILE.matcher(file);
        if (!name.matches()) {
            throw new CalendarException(List.of(file + ": not a calendar file; name it " + FOLDER
                    + "/<year>.json (or .yaml), such as " + FOLDER + "/2027.json"));
        }
        int fileYear = Integer.parseInt(name.group(1));
        JsonNode root;
        try {
            root = Json.yamlMapper().readTree(new String(content, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CalendarException(List.of(file + ": not readable as JSON or YAML" + Json.syntaxProblem(e)));
        }
        if (root == null || !root.isObject()) {
            throw new CalendarException(List.of(file + ": must hold an object with year, papers and days"));
        }
        unknownFields(root, Set.of("$schema", "$id", "year", "papers", "days"), file + ": ", problems);
        JsonNode year = root.get("year");
        if (year == null || !year.canConvertToInt()) {
            problems.add(file + ": year: must be the year of the notice, " + fileYear);
        } else if (year.asInt() != fileYear) {
            problems.add(file + ": year: is " + year.asInt() + " but the file is named for " + fileYear);
        }
        List<String> notices = new ArrayList<>();
        JsonNode papers = root.get("papers");
        if (papers == null || !papers.isArray() || papers.isEmpty()) {
            problems.add(file + ": papers: must list the notice (or notices) the days come from");
        } else {
            int i = 0;
            for (JsonNode p : papers) {
                if (!p.isTextual() || p.asText().isBlank()) {
                    problems.add(file + ": papers[" + i + "]: must name a notice");
                } else {
                    notices.add(p.asText());
                }
                i++;
            }
        }
        Map<LocalDate, Boolean> days = new LinkedHashMap<>();
        Map<LocalDate, String> names = new LinkedHashMap<>();
        JsonNode list = root.get("days");
        if (list == null || !list.isArray()) {
            problems.add(file + ": days: must list the days the notice sets (date, isOffDay, name)");
        } else {
            LocalDate first = REACH.atYear(fileYear - 1);
            LocalDate last = LocalDate.of(fileYear, 12, 31);
            int i = 0;
            for (JsonNode d : list) {
                String at = file + ": days[" + i++ + "]";
                unknownFields(d, Set.of("name", "date", "isOffDay"), at + ".", problems);
                LocalDate date = null;
                String text = d.path("date").asText("");
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    problems.add(at + ".date: expected a date (yyyy-mm-dd) but found \"" + text + "\"");
                }
                JsonNode off = d.get("isOffDay");
                if (off == null || !off.isBoolean()) {
                    problems.add(at + ".isOffDay: must be true (a day off) or false (a working day)");
                }
                String holiday = d.path("name").asText("");
                if (holiday.isBlank()) {
                    problems.add(at + ".name: must name the holiday the day belongs to (春节, 国庆节 …)");
                }
                if (date == null || off == null || !off.isBoolean()) {
                    continue;
                }
                if (date.isBefore(first) || date.isAfter(last)) {
                    problems.add(at + ".date: " + date + " is outside the notice's reach (" + first + " to " + last + ")");
                } else if (days.put(date, off.asBoolean()) != null) {
                    problems.add(at + ".date: " + date + " is listed twice");
                } else {
                    names.put(date, holiday);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(problems);
        }
        return new CalendarYear(fileYear, notices, days, names, file);
    }

    /** The years whose notice is loaded, in order. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** The loaded notice of a year. */
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Whether the notices that settle {@code day} are loaded (its year's, and the next year's from 12-25). */
    public boolean covers(LocalDate day) {
        return years.containsKey(day.getYear())
                && (MonthDay.from(day).isBefore(REACH) || years.containsKey(day.getYear() + 1));
    }

    /** Whether every day after {@code end} up to and including {@code on} is covered. */
    public boolean covers(LocalDate end, LocalDate on) {
        return missingYears(end, on).isEmpty();
    }

    /**
     * The years whose notice is needed to count the days after {@code end} up to and including
     * {@code on} and is not loaded, in order; empty when {@code on} is not after {@code end}.
     */
    public List<Integer> missingYears(LocalDate end, LocalDate on) {
        if (end == null || on == null || !on.isAfter(end)) {
            return List.of();
        }
        SortedSet<Integer> missing = new TreeSet<>();
        for (int y = end.plusDays(1).getYear(); y <= on.getYear(); y++) {
            if (!years.containsKey(y)) {
                missing.add(y);
            }
        }
        if (!MonthDay.from(on).isBefore(REACH) && !years.containsKey(on.getYear() + 1)) {
            missing.add(on.getYear() + 1);
        }
        return List.copyOf(missing);
    }

    /**
     * Whether {@code day} is a working day.
     *
     * @throws IllegalArgumentException if the notices that settle it are not loaded
     */
    public boolean isWorkingDay(LocalDate day) {
        if (!covers(day)) {
            throw new IllegalArgumentException("the working-day calendar has no notice for " + day
                    + " (loaded: " + (years.isEmpty() ? "none" : years.keySet()) + ")");
        }
        Boolean listed = days.get(day);
        if (listed != null) {
            return !listed;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The number of working days after {@code end} up to and including {@code on}: 0 when {@code on}
     * is not after {@code end} (or either is null).
     *
     * @throws IllegalArgumentException if a day to count is not covered (see {@link #missingYears})
     */
    public int workingDaysAfter(LocalDate end, LocalDate on) {
        if (end == null || on == null || !on.isAfter(end)) {
            return 0;
        }
        int n = 0;
        for (LocalDate d = end.plusDays(1); !d.isAfter(on); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The day a window of {@code n} working days after {@code end} runs out (its n-th working day), when
     * the notices that settle every day up to it are loaded; empty when a day before it is not settled.
     * {@code end} itself when {@code n} is 0 or less.
     */
    public Optional<LocalDate> windowEnd(LocalDate end, int n) {
        if (n <= 0) {
            return Optional.of(end);
        }
        int count = 0;
        for (LocalDate d = end.plusDays(1); covers(d); d = d.plusDays(1)) {
            if (isWorkingDay(d) && ++count == n) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code on} is after the settled last day of a window of {@code n} working days after
     * {@code end} ({@link #windowEnd}): then it is outside the window whatever the notices not loaded say.
     */
    public boolean windowClosedBefore(LocalDate end, int n, LocalDate on) {
        return end != null && on != null && windowEnd(end, n).map(on::isAfter).orElse(false);
    }

    /**
     * Whether {@code on} is at most {@code n} calendar days after {@code end}: then it is within {@code n}
     * working days whatever any notice says, since no day counts as more than one working day.
     */
    public static boolean withinDays(LocalDate end, LocalDate on, int n) {
        return end != null && on != null && ChronoUnit.DAYS.between(end, on) <= n;
    }

    /** The calendar days from {@code end} to {@code on}. */
    public static long daysBetween(LocalDate end, LocalDate on) {
        return ChronoUnit.DAYS.between(end, on);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + years.keySet();
    }

    private static String kind(boolean off) {
        return off ? "a day off" : "a working day";
    }

    private static void unknownFields(JsonNode node, Set<String> known, String at, List<String> problems) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                problems.add(at + field + ": unknown field (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }
}
