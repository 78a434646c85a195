package io.volunteerrules.drools.support;

import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Verified service hours: the one place they are summed. Only VERIFIED records count, each record id
 * once, and only their {@code hours}: travel time is never added. Further exclusions (records outside
 * the recording window, activities that are not volunteer service) belong to the service-records rules
 * and reach this sum by the status they give a record.
 */
public final class Hours {

    private Hours() {
    }

    /**
     * The verified hours of the records dated from {@code from} to {@code to} (both included; either
     * may be {@code null} for no bound). A record without a date counts only when {@code from} is null.
     */
    public static BigDecimal verified(Collection<?> records, LocalDate from, LocalDate to) {
        BigDecimal total = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (Object o : records) {
            ServiceRecord r = (ServiceRecord) o;
            if (r.status() != RecordStatus.VERIFIED || r.hours() == null || !seen.add(r.id())) {
                continue;
            }
            if (r.date() == null ? from != null
                    : (from != null && r.date().isBefore(from)) || (to != null && r.date().isAfter(to))) {
                continue;
            }
            total = total.add(r.hours());
        }
        return total;
    }

    /** How many distinct verified records {@link #verified} would count up to {@code to}. */
    public static int records(Collection<?> records, LocalDate to) {
        Set<String> seen = new HashSet<>();
        for (Object o : records) {
            ServiceRecord r = (ServiceRecord) o;
            if (r.status() == RecordStatus.VERIFIED && r.hours() != null && (r.date() == null || !r.date().isAfter(to))) {
                seen.add(r.id());
            }
        }
        return seen.size();
    }

    /** {@code needed - have}, or zero when {@code have} already reaches {@code needed}. */
    public static BigDecimal missing(BigDecimal needed, BigDecimal have) {
        BigDecimal gap = needed.subtract(have);
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }
}
