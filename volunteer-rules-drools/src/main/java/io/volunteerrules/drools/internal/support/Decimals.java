package io.volunteerrules.drools.internal.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal comparisons and ratios for the rules (never {@code double}). */
public final class Decimals {

    private Decimals() {
    }

    /** Whether {@code value} is given and at least {@code minimum}. */
    public static boolean atLeast(BigDecimal value, BigDecimal minimum) {
        return value != null && value.compareTo(minimum) >= 0;
    }

    /**
     * Whether two amounts are the same number, whatever their scale ({@code 3.5} and {@code 3.50}
     * alike); two absent amounts are the same, an absent one and a given one are not.
     */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** {@code part / whole} to four decimals (half up). */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    /**
     * {@code part / whole} to six decimals (half up), for a message to write as a percentage: a share
     * just over a limit reads as over it (50.001%), where {@link #share} would round it onto the limit.
     */
    public static BigDecimal shareShown(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 6, RoundingMode.HALF_UP);
    }

    /** Whether {@code part} is at most {@code maximumShare} of {@code whole}, compared exactly. */
    public static boolean shareAtMost(BigDecimal part, BigDecimal whole, BigDecimal maximumShare) {
        return part.compareTo(whole.multiply(maximumShare)) <= 0;
    }

    /** How many whole {@code unit}s fit in {@code amount} (rounded down). */
    public static BigDecimal wholeUnits(BigDecimal amount, BigDecimal unit) {
        return amount.divide(unit, 0, RoundingMode.DOWN);
    }
}
