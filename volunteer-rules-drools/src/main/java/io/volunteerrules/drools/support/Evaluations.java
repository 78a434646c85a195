package io.volunteerrules.drools.support;

import io.volunteerrules.core.model.Evaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Averages of service-quality evaluations, exact to two decimals (half up). */
public final class Evaluations {

    private Evaluations() {
    }

    /** The evaluations made from {@code from} to {@code to} (both included, {@code from} may be null). */
    public static List<Evaluation> between(Collection<?> evaluations, LocalDate from, LocalDate to) {
        return evaluations.stream().map(Evaluation.class::cast)
                .filter(e -> (from == null || !e.evaluatedOn().isBefore(from)) && !e.evaluatedOn().isAfter(to))
                .toList();
    }

    /** The average score, or {@code null} when there is none. */
    public static BigDecimal average(Collection<?> evaluations) {
        if (evaluations.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Object o : evaluations) {
            sum = sum.add(((Evaluation) o).score());
        }
        return sum.divide(BigDecimal.valueOf(evaluations.size()), 2, RoundingMode.HALF_UP);
    }
}
