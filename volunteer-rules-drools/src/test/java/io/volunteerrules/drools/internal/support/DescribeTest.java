package io.volunteerrules.drools.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.ConsentScope;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.drools.internal.facts.RecordCase;
import io.volunteerrules.drools.lint.MessageCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeTest {

    private static final Activity ACTIVITY = new Activity("ACT1", "社区助老", "ORG1", null, ServiceField.ELDERLY_CARE, false,
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, null, null, false, false, false, false);

    private static GuardianConsent consent(String id, ConsentScope scope, String activityId, ServiceField field,
            LocalDate to, LocalDate revoked) {
        return new GuardianConsent(id, "V1", "王父", "父亲", scope, activityId, field, LocalDate.of(2026, 1, 1), to, revoked);
    }

    @Test
    void consent_names_the_guardian_the_days_and_the_scope_in_written_chinese_and_english() {
        Labelled d = Describe.consent(consent("GC1", ConsentScope.ALL_ACTIVITIES, null, null, LocalDate.of(2026, 4, 30), null), ACTIVITY);
        assertThat(d.zh()).isEqualTo("监护人王父的同意书（GC1），2026年1月1日至4月30日有效，适用于全部志愿服务活动");
        assertThat(d.en()).isEqualTo("guardian 王父's consent (GC1), valid 1 January to 30 April 2026, for all volunteer activities");
        assertThat(MessageCheck.renderedProblems(d.zh())).isEmpty();
    }

    @Test
    void consent_without_an_end_and_withdrawn_says_so_rather_than_showing_a_placeholder() {
        Labelled d = Describe.consent(consent("GC1", ConsentScope.FIELD, null, ServiceField.LEGAL_AID, null, LocalDate.of(2026, 5, 1)), ACTIVITY);
        assertThat(d.zh()).isEqualTo("监护人王父的同意书（GC1），自2026年1月1日起有效，于2026年5月1日撤回，适用于法律援助领域的活动");
        assertThat(d.en()).isEqualTo("guardian 王父's consent (GC1), valid from 1 January 2026, withdrawn on 1 May 2026, for activities in legal aid");
        assertThat(d.zh()).doesNotContain("—");
    }

    @Test
    void consent_for_the_task_activity_names_it_and_one_for_another_activity_gives_its_id_in_brackets() {
        Labelled own = Describe.consent(consent("GC1", ConsentScope.ACTIVITY, "ACT1", null, null, null), ACTIVITY);
        Labelled other = Describe.consent(consent("GC2", ConsentScope.ACTIVITY, "ACT9", null, null, null), ACTIVITY);
        assertThat(own.zh()).endsWith("适用于本活动“社区助老”");
        assertThat(own.en()).endsWith("for this activity, \"社区助老\"");
        assertThat(other.zh()).endsWith("适用于另一项活动（ACT9）");
        assertThat(MessageCheck.renderedProblems(other.zh())).isEmpty();
    }

    @Test
    void consents_are_ordered_by_id_and_separated_so_that_their_own_commas_stay_readable() {
        Labelled both = Describe.consents(List.of(
                consent("GC2", ConsentScope.ALL_ACTIVITIES, null, null, null, null),
                consent("GC1", ConsentScope.FIELD, null, ServiceField.LEGAL_AID, null, null)), ACTIVITY);
        assertThat(both.zh()).startsWith("监护人王父的同意书（GC1）").contains("法律援助领域的活动；监护人王父的同意书（GC2）");
        assertThat(both.en()).contains("for activities in legal aid; guardian 王父's consent (GC2)");
    }


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
