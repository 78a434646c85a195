package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.drools.internal.facts.RecordCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DescribeTest {

    private static RecordCase record(String activityName, LocalDate date, LocalDate recordedOn) {
        return RecordCase.of(new ServiceRecord("R1", "V1", null, activityName, date, null, null, BigDecimal.ONE, null,
                null, null, recordedOn, RecordStatus.VERIFIED, null), null, null);
    }

    @Test
    void record_is_named_by_its_day_and_activity_with_its_id_in_brackets() {
        var named = Describe.record(record("社区助老", LocalDate.of(2026, 4, 30), null));

        assertThat(named.zh()).isEqualTo("2026年4月30日在“社区助老”的服务记录（R1）");
        assertThat(named.en()).isEqualTo("service record for \"社区助老\" on 30 April 2026 (R1)");
    }

    @Test
    void record_leaves_out_what_it_does_not_say() {
        assertThat(Describe.record(record(null, LocalDate.of(2026, 5, 9), null)).zh()).isEqualTo("2026年5月9日的服务记录（R1）");
        assertThat(Describe.record(record("社区助老", null, null)).zh()).isEqualTo("“社区助老”的服务记录（R1）");
        assertThat(Describe.record(record(null, null, null)).zh()).isEqualTo("服务记录（R1）");
        assertThat(Describe.record(record(null, null, null)).en()).isEqualTo("service record (R1)");
    }

    @Test
    void other_record_is_named_by_the_day_it_was_entered() {
        assertThat(Describe.otherRecord(record("社区助老", null, LocalDate.of(2026, 5, 8))).zh())
                .isEqualTo("2026年5月8日录入的记录（R1）");
        assertThat(Describe.otherRecord(record("社区助老", null, null)).en()).isEqualTo("another record (R1)");
    }
}
