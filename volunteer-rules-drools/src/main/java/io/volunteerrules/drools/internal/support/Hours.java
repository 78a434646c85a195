package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.core.text.MessageTemplate;
import io.volunteerrules.drools.internal.facts.CountedRecord;
import io.volunteerrules.drools.internal.facts.NotServiceBasis;
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
     * Why a record is left out of the hours, in words: each reason the records area derived for it (the
     * fields it lacks, by name and in the order of the parameter that requires them; the basis on which
     * its activity is not volunteer service; the record it repeats), and its verification status where
     * it is not verified (尚待核实 / it awaits verification). A verified record is left out only for such a
     * reason; should none be known, its status is all there is to say.
     *
     * @param missing    the fields it lacks (records.required-fields codes)
     * @param notService the {@link NotServiceBasis} of its activity, if it is not volunteer service
     * @param repeats    the id of the record it repeats, if it is a repeat
     */
    public static Labelled whyNotCounted(RecordStatus status, Collection<String> missing, Collection<?> notService,
            Collection<?> repeats) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        switch (status) {
            case PENDING -> {
                zh.add("尚待组织方核实");
                en.add("it awaits the organiser's verification");
            }
            case REJECTED -> {
                zh.add("经核实被驳回");
                en.add("it was rejected on verification");
            }
            case VERIFIED -> {
            }
        }
        if (!missing.isEmpty()) {
            List<Labelled> fields = missing.stream().map(Vocabulary::recordField).toList();
            zh.add("缺少" + MessageTemplate.render(fields, Language.ZH));
            en.add("it lacks its " + MessageTemplate.render(fields, Language.EN));
        }
        for (Object o : notService) {
            NotServiceBasis basis = (NotServiceBasis) o;
            zh.add("所属活动" + basis.zh() + "，不属于志愿服务");
            en.add("its activity is not volunteer service, as " + basis.en());
        }
        for (Object original : repeats) {
            zh.add("与另一条记录（" + original + "）是同一次服务，只计一次");
            en.add("it repeats another record of the same service (" + original + "), which is the one that counts");
        }
        if (zh.isEmpty()) {
            zh.add(status.zh());
            en.add(status.en());
        }
        return new Bilingual(String.join("；", zh), String.join("; ", en));
    }
}
