package io.volunteerrules.drools.support;

import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.drools.facts.CountedRecord;
import io.volunteerrules.drools.facts.NotServiceBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verified service hours: the one place incentive rules sum them. They sum the records area's
 * {@link CountedRecord}s — complete, verified, volunteer service, a repeated service counted once,
 * travel time only where {@code records.travel-time-counted} says so — and each record id once.
 */
public final class Hours {

    private Hours() {
    }

    /**
     * The hours of the counted records dated from {@code from} to {@code to} (both included; either
     * may be {@code null} for no bound). A record without a date counts only when {@code from} is null.
     */
    public static BigDecimal verified(Collection<?> counted, LocalDate from, LocalDate to) {
        BigDecimal total = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (Object o : counted) {
            CountedRecord r = (CountedRecord) o;
            if (inPeriod(r, from, to) && seen.add(r.recordId())) {
                total = total.add(r.hours());
            }
        }
        return total;
    }

    /** How many distinct records {@link #verified} would count. */
    public static int records(Collection<?> counted, LocalDate from, LocalDate to) {
        Set<String> seen = new HashSet<>();
        for (Object o : counted) {
            CountedRecord r = (CountedRecord) o;
            if (inPeriod(r, from, to)) {
                seen.add(r.recordId());
            }
        }
        return seen.size();
    }

    /** How many distinct activities the counted records dated up to {@code to} belong to. */
    public static long activities(Collection<?> counted, LocalDate to) {
        return activities(counted, null, to);
    }

    /**
     * How many distinct activities the counted records dated from {@code from} to {@code to} (both
     * included; {@code from} may be null) belong to.
     */
    public static long activities(Collection<?> counted, LocalDate from, LocalDate to) {
        return counted.stream().map(CountedRecord.class::cast).filter(r -> inPeriod(r, from, to))
                .map(CountedRecord::activityId).filter(a -> a != null).distinct().count();
    }

    private static boolean inPeriod(CountedRecord r, LocalDate from, LocalDate to) {
        LocalDate date = r.record().date();
        if (date == null) {
            return from == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** {@code needed - have}, or zero when {@code have} already reaches {@code needed}. */
    public static BigDecimal missing(BigDecimal needed, BigDecimal have) {
        BigDecimal gap = needed.subtract(have);
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }

    /**
     * Why a record is left out of the hours, in words: its verification status, then each reason the
     * records area derived for it (the fields it lacks, in the order of the parameter that requires
     * them; the basis on which its activity is not volunteer service; the record it repeats).
     *
     * @param missing    the fields it lacks
     * @param notService the {@link NotServiceBasis} of its activity, if it is not volunteer service
     * @param repeats    the id of the record it repeats, if it is a repeat
     */
    public static Labelled whyNotCounted(RecordStatus status, Collection<String> missing, Collection<?> notService,
            Collection<?> repeats) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        zh.add(status.zh());
        en.add(status.en());
        if (!missing.isEmpty()) {
            zh.add("缺少" + String.join("、", missing));
            en.add("lacks " + String.join(", ", missing));
        }
        for (Object o : notService) {
            NotServiceBasis basis = (NotServiceBasis) o;
            zh.add("所属活动" + basis.zh() + "，不属于志愿服务");
            en.add("its activity is not volunteer service: " + basis.en());
        }
        for (Object original : repeats) {
            zh.add("与" + original + "是同一次服务，只计一次");
            en.add("it repeats " + original + ", the record of the same service that counts");
        }
        return new Bilingual(String.join("；", zh), String.join("; ", en));
    }
}
