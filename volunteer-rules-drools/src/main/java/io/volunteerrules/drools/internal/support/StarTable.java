package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.params.ParameterSet;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.drools.internal.facts.StarThreshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the star table in force from the parameters: {@code stars.hours-for-level-1},
 * {@code stars.hours-for-level-2}... for as many levels as the table defines, and, when
 * {@code stars.quality-required} is true, {@code stars.minimum-evaluation-for-level-N} for each.
 */
public final class StarTable {

    /** Prefix of the hour thresholds' keys. */
    public static final String HOURS_KEY = "stars.hours-for-level-";
    /** Prefix of the minimum evaluations' keys. */
    public static final String EVALUATION_KEY = "stars.minimum-evaluation-for-level-";
    /** Whether the minimum evaluations apply. */
    public static final String QUALITY_KEY = "stars.quality-required";

    private StarTable() {
    }

    /**
     * For messages: the quality part of a level's requirement and where the volunteer stands
     * (，且平均评价不低于80分，目前为75分); empty when the table asks no evaluation.
     */
    public static Labelled quality(StarThreshold row, BigDecimal average) {
        if (row.minimumEvaluation() == null) {
            return new Bilingual("", "");
        }
        String min = row.minimumEvaluation().stripTrailingZeros().toPlainString();
        String now = average == null ? null : average.stripTrailingZeros().toPlainString();
        return new Bilingual("，且平均评价不低于" + min + "分" + (now == null ? "，目前尚无评价" : "，目前为" + now + "分"),
                ", and an average evaluation of at least " + min + (now == null ? " (no evaluation yet)" : " (now " + now + ")"));
    }

    /** The rows of the table, level 1 first. */
    public static List<StarThreshold> rows(ParameterSet p) {
        boolean quality = p.values().containsKey(QUALITY_KEY) && p.flag(QUALITY_KEY);
        List<StarThreshold> rows = new ArrayList<>();
        for (int level = 1; p.values().containsKey(HOURS_KEY + level); level++) {
            rows.add(new StarThreshold(level, p.decimal(HOURS_KEY + level),
                    quality ? p.decimal(EVALUATION_KEY + level) : null));
        }
        return rows;
    }
}
