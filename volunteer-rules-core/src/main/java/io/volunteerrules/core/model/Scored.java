package io.volunteerrules.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An evaluation with a date and, possibly, a score of 0 to 100 points: what averages are taken of. */
public interface Scored {

    /** The day of the evaluation. */
    LocalDate evaluatedOn();

    /** The score, or {@code null} when the evaluation gave none. */
    BigDecimal score();
}
