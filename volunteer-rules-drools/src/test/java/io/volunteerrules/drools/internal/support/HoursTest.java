package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.drools.internal.facts.CountedRecord;
import io.volunteerrules.drools.internal.facts.RecordCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoursTest {

    private static CountedRecord counted(String id, String hours, LocalDate date) {
        ServiceRecord r = new ServiceRecord(id, "V1", null, "社区助老", date, null, null, new BigDecimal(hours), null,
                "ORG1", null, null, RecordStatus.VERIFIED, null);
        return new CountedRecord(RecordCase.of(r, null, null), new BigDecimal(hours));
    }

    @Test
    void verified_adds_decimals_exactly() {
        List<CountedRecord> records = List.of(counted("R1", "0.1", LocalDate.of(2026, 5, 1)),
                counted("R2", "0.2", LocalDate.of(2026, 5, 2)));

        assertThat(Hours.verified(records, null, LocalDate.of(2026, 6, 30))).isEqualByComparingTo("0.3");
    }

    @Test
    void verified_counts_each_record_id_once() {
        CountedRecord r = counted("R1", "2.5", LocalDate.of(2026, 5, 1));

        assertThat(Hours.verified(List.of(r, r), null, null)).isEqualByComparingTo("2.5");
        assertThat(Hours.records(List.of(r, r), null, null)).isEqualTo(1);
    }

    @Test
    void verified_includes_both_ends_of_a_period() {
        List<CountedRecord> records = List.of(counted("R1", "1", LocalDate.of(2025, 6, 30)),
                counted("R2", "2", LocalDate.of(2025, 7, 1)), counted("R3", "4", LocalDate.of(2026, 6, 30)),
                counted("R4", "8", LocalDate.of(2026, 7, 1)));

        assertThat(Hours.verified(records, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)))
                .isEqualByComparingTo("6");
    }

    @Test
    void missing_is_never_negative() {
        assertThat(Hours.missing(new BigDecimal("100"), new BigDecimal("99.5"))).isEqualByComparingTo("0.5");
        assertThat(Hours.missing(new BigDecimal("100"), new BigDecimal("100"))).isEqualByComparingTo("0");
        assertThat(Hours.missing(new BigDecimal("100"), new BigDecimal("150"))).isEqualByComparingTo("0");
    }
}
