package io.volunteerrules.core.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A clause that rules may cite.
 *
 * @param id   e.g. {@code ZZ-2.3}, {@code VSR-17}, {@code HN-8}, {@code MCA-CERT-14}
 * @param kind {@code decides}, {@code reports} or {@code context} (see CLAUSES.md): a clause that
 *             {@code decides} has at least one rule that cites it and a scenario that expects it (the
 *             build checks both)
 * @param text the clause in short, in English
 * @param why  for a clause that does not decide, why no rule decides it from facts; for one that
 *             decides, the part of it no rule decides and why; {@code null} when there is nothing to say
 */
public record Clause(String id, String kind, String text, String why) {

    /**
     * The form of a clause id: the id of a text (letters and digits, parts joined by hyphens) and the
     * article after a hyphen, as in {@code ZZ-2.4}, {@code VSR-17}, {@code MCA-CERT-11} or
     * {@code FS-2006-1-2}. Whether the id is in the catalogue is checked apart from its form.
     */
    public static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]+(\\.[0-9]+)*");

    /** The kinds a clause may be of. */
    public static final Set<String> KINDS = Set.of("decides", "reports", "context");

    /** A clause with nothing to say about what no rule decides. */
    public Clause(String id, String kind, String text) {
        this(id, kind, text, null);
    }

    /**
     * The clause ids of one piece of text that holds several, separated by commas, as in
     * {@code "ZZ-2.4, VSR-19"}: a rule's {@code @clause} metadata (a Drools metadata value is a single
     * string) and the {@code clause} cell of a spreadsheet or CSV parameter table. This is the one
     * place such text is split; everything after it holds the ids as a list.
     *
     * @param text the ids, separated by commas, spaces around them ignored
     * @return the ids, in order
     * @throws IllegalArgumentException if the text is empty, holds an empty id (two commas in a row, a
     *                                  comma at an end), an id not of the form of {@link #ID} (naming
     *                                  it), or the same id twice; the message says what is wrong and
     *                                  leaves naming the place to the caller
     */
    public static List<String> ids(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("must name at least one clause id, such as ZZ-2.4");
        }
        List<String> ids = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("\"" + text.strip() + "\" has an empty clause id; separate ids "
                        + "with one comma each, as in \"ZZ-2.4, VSR-19\"");
            }
            ids.add(checkId(id, id.contains("，") || id.contains("、") ? "; separate ids with a comma (,), not ， or 、" : ""));
        }
        return checkDistinct(ids);
    }

    /**
     * Checks a list of clause ids given one by one (a YAML list): each of the form of {@link #ID},
     * none twice.
     *
     * @param ids the ids; an item holding a comma is refused, since each item is one id
     * @return the ids, in order, unmodifiable
     * @throws IllegalArgumentException if the list is empty, an item is missing or not of the form of
     *                                  {@link #ID} (naming it), or an id appears twice
     */
    public static List<String> ids(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("must name at least one clause id, such as [ZZ-2.4]");
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("holds an empty clause id");
            }
            out.add(checkId(id.strip(), id.contains(",") || id.contains("，") || id.contains("、") ? "; give one id per item" : ""));
        }
        return checkDistinct(out);
    }

    private static String checkId(String id, String hint) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("\"" + id + "\" is not a clause id such as ZZ-2.4 or MCA-CERT-11" + hint);
        }
        return id;
    }

    private static List<String> checkDistinct(List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                throw new IllegalArgumentException("names clause " + ids.get(i) + " twice");
            }
        }
        return List.copyOf(ids);
    }

    /** Whether rules decide this clause from facts. */
    public boolean decides() {
        return "decides".equals(kind);
    }
}
