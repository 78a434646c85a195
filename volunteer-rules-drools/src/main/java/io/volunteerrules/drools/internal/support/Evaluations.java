package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.Scored;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.core.text.MessageTemplate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Averages of service-quality evaluations, exact to two decimals (half up). */
public final class Evaluations {

    private Evaluations() {
    }

    /** The average score of the evaluations that have one, or {@code null} when none has. */
    public static BigDecimal average(Collection<?> evaluations) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (Object o : evaluations) {
            BigDecimal score = ((Scored) o).score();
            if (score != null) {
                sum = sum.add(score);
                n++;
            }
        }
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    /**
     * One evaluation's score as a message writes it (90分 / score 90), or {@code null} when the
     * evaluation gave none, so that an optional part of the message leaves it out. A score of 0 is a
     * score and is written.
     */
    public static Labelled score(BigDecimal score) {
        if (score == null) {
            return null;
        }
        String n = MessageTemplate.render(score, Language.ZH);
        return new Bilingual(n + "分", "score " + n);
    }
}
