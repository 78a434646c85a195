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

    @Test
    void why_not_counted_names_the_missing_fields_and_the_repeated_record_in_words() {
        var why = Hours.whyNotCounted(RecordStatus.VERIFIED, List.of("place", "organiserId"), List.of(), List.of("R1"));

        assertThat(why.zh()).isEqualTo("缺少服务地点、组织单位；与另一条记录（R1）是同一次服务，只计一次");
        assertThat(why.en()).isEqualTo("it lacks its place and organising unit; "
                + "it repeats another record of the same service (R1), which is the one that counts");
    }

    @Test
    void why_not_counted_says_a_record_awaits_verification_and_why_its_activity_is_not_volunteer_service() {
        var why = Hours.whyNotCounted(RecordStatus.PENDING, List.of(),
                List.of(io.volunteerrules.drools.internal.facts.NotServiceBasis.CHARGES_SERVED), List.of());

        assertThat(why.zh()).isEqualTo("尚待组织方核实；所属活动向服务对象收费，不属于志愿服务");
        assertThat(why.en()).isEqualTo("it awaits the organiser's verification; "
                + "its activity is not volunteer service, as it charges the people it serves");
    }

    @Test
    void why_not_counted_falls_back_to_the_status_when_nothing_else_is_known() {
        assertThat(Hours.whyNotCounted(RecordStatus.VERIFIED, List.of(), List.of(), List.of()).zh()).isEqualTo("已核实");
    }
}
