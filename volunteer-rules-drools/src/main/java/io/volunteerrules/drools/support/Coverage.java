package io.volunteerrules.drools.support;

import io.volunteerrules.core.model.InsurancePolicy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Day arithmetic over insurance policies: whether their coverage periods together cover every day
 * of a task. Policies may chain (one ends 05-02, the next starts 05-03); both ends are included.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * The first day from {@code start} to {@code end} that none of the policies covers, or
     * {@code null} when every day is covered.
     */
    public static LocalDate firstGap(Collection<?> policies, LocalDate start, LocalDate end) {
        List<InsurancePolicy> sorted = policies.stream()
                .map(InsurancePolicy.class::cast)
                .sorted(Comparator.comparing(InsurancePolicy::coverageStart))
                .toList();
        LocalDate next = start;
        for (InsurancePolicy p : sorted) {
            if (p.coverageStart().isAfter(next)) {
                break;
            }
            if (!p.coverageEnd().isBefore(next)) {
                next = p.coverageEnd().plusDays(1);
            }
            if (next.isAfter(end)) {
                return null;
            }
        }
        return next.isAfter(end) ? null : next;
    }

    /** Whether the policies together cover every day from {@code start} to {@code end}. */
    public static boolean covers(Collection<?> policies, LocalDate start, LocalDate end) {
        return firstGap(policies, start, end) == null;
    }

    /** The policies bought no later than {@code day}. */
    public static List<InsurancePolicy> boughtBy(Collection<?> policies, LocalDate day) {
        return policies.stream().map(InsurancePolicy.class::cast).filter(p -> !p.purchasedOn().isAfter(day)).toList();
    }

    /**
     * Whether a policy bought on {@code purchasedOn} was bought before an arrangement made on
     * {@code arrangedOn} (安排…前): on an earlier day always; on the same day only when
     * {@code sameDayInTime}, the city's convention, says so.
     */
    public static boolean inTime(LocalDate purchasedOn, LocalDate arrangedOn, boolean sameDayInTime) {
        return purchasedOn.isBefore(arrangedOn) || (sameDayInTime && purchasedOn.isEqual(arrangedOn));
    }

    /** The policies bought in time for an arrangement made on {@code arrangedOn} (see {@link #inTime}). */
    public static List<InsurancePolicy> boughtInTime(Collection<?> policies, LocalDate arrangedOn, boolean sameDayInTime) {
        return policies.stream().map(InsurancePolicy.class::cast)
                .filter(p -> inTime(p.purchasedOn(), arrangedOn, sameDayInTime)).toList();
    }
}
