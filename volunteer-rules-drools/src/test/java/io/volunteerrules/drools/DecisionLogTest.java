package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.audit.DecisionLog;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log holds decisions, never the personal data of the people they are about. */
class DecisionLogTest {

    private static final String NAME = "王小明";
    private static final String GUARDIAN = "王大明";
    private static final String ID_NUMBER = "410105201003021234";
    private static final String PHONE = "13812345678";

    private static final VolunteerRules RULES = VolunteerRules.builder().build();

    private static EvaluationRequest request() throws Exception {
        return Json.mapper().readValue("""
                {"asOf": "2026-04-20",
                 "organisations": [{"id": "ORG1", "name": "金水区青年志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION",
                                    "legallyRegistered": true, "contact": "13900001111"}],
                 "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG1", "field": "ELDERLY_CARE", "hazardous": false,
                                 "startDate": "2026-05-01", "endDate": "2026-05-01"}],
                 "tasks": [{"id": "T1", "activityId": "ACT1", "name": "陪伴老人", "minorsAllowed": true}],
                 "volunteers": [{"id": "V1", "name": "%s", "birthDate": "2010-03-02", "idNumber": "%s", "phone": "%s"}],
                 "guardianConsents": [{"id": "GC1", "volunteerId": "V1", "guardianName": "%s", "relationship": "父亲",
                                       "scope": "ALL_ACTIVITIES", "validFrom": "2026-01-01", "validTo": "2026-12-31"}],
                 "assignments": [{"id": "A1", "taskId": "T1", "volunteerId": "V1", "arrangedOn": "2026-04-15", "acceptance": "ACCEPTED", "respondedOn": "2026-04-16"}],
                 "questions": [{"type": "assignment", "assignmentId": "A1"}]}
                """.formatted(NAME, ID_NUMBER, PHONE, GUARDIAN), EvaluationRequest.class);
    }

    @Test
    void record_writes_one_json_line_per_decision_without_unmasked_identifiers() throws Exception {
        EvaluationRequest request = request();
        List<Decision> decisions = RULES.evaluate(request);
        // the decision itself names the volunteer and guardian, so masking has work to do
        assertThat(decisions.get(0).allReasons()).anySatisfy(r -> assertThat(r.en()).contains(NAME));
        assertThat(decisions.get(0).allReasons()).anySatisfy(r -> assertThat(r.en()).contains(GUARDIAN));

        StringWriter out = new StringWriter();
        DecisionLog log = DecisionLog.builder().toWriter(out).build();
        log.record(request, decisions);
        String text = out.toString();

        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = Json.mapper().readTree(lines.get(0));
        assertThat(line.get("requestDigest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(line.get("ruleSetVersion").asText()).isEqualTo(RULES.ruleSetVersion());
        assertThat(line.get("question").asText()).isEqualTo("assignment:A1");
        assertThat(line.get("outcome").asText()).isEqualTo(decisions.get(0).outcome().status());
        assertThat(line.get("reasons")).isNotEmpty();
        // fully masked by default: not even the surname is kept
        assertThat(text).contains("***").doesNotContain("王*");

        assertNoIdentifiers(text, NAME, GUARDIAN, ID_NUMBER, PHONE, "13900001111");
    }

    @Test
    void record_writes_the_rule_set_version_whole_even_where_its_digits_look_like_a_phone_number() throws Exception {
        EvaluationRequest request = request();
        Decision d = RULES.evaluate(request).get(0);
        String version = "sha256:628ac14256051140f31d7622108313e0d449174b579b8c3552aefa53bb80ac48";
        StringWriter out = new StringWriter();
        DecisionLog.builder().toWriter(out).build().record(request, List.of(new Decision(d.question(), d.asOf(),
                d.outcome(), d.context(), d.values(), version)));
        JsonNode line = Json.mapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(line.get("ruleSetVersion").asText()).isEqualTo(version);
        assertThat(line.get("requestDigest").asText()).doesNotContain("*");
        // the same digits in a message are still masked
        assertThat(DecisionLog.mask("call 14256051140", List.of())).isEqualTo("call 142****1140");
    }

    @Test
    void record_masks_configured_fields_and_writes_to_a_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        DecisionLog log = DecisionLog.builder().toFile(file).personalFields(Set.of("name@volunteers", "name@tasks")).build();
        EvaluationRequest request = request();
        log.record(request, RULES.evaluate(request));
        log.record(request, RULES.evaluate(request));
        String text = Files.readString(file);
        assertThat(text.lines()).hasSize(2);
        assertNoIdentifiers(text, NAME, ID_NUMBER, PHONE);
        // a value in no configured field and of no identifier shape is kept
        assertThat(text).contains("社区助老");
    }

    @Test
    void free_text_is_withheld_and_names_can_keep_their_first_character_when_configured() throws Exception {
        String comment = "联系" + NAME + "的母亲,电话13700001111,住金水路1号";
        EvaluationRequest request = request();
        List<Decision> decisions = RULES.evaluate(request);
        // a comment that a rule quotes in a message: here put into a decision by hand
        Decision quoted = new Decision(decisions.get(0).question(), decisions.get(0).asOf(), decisions.get(0).outcome(),
                List.of(new io.volunteerrules.core.decision.Reason("evaluation-comment", List.of("HN-8"),
                        io.volunteerrules.core.decision.Effect.INFO, "comment: " + comment, "评价:" + comment)),
                java.util.Map.of("comment", comment), decisions.get(0).ruleSetVersion());
        EvaluationRequest withComment = EvaluationRequest.builder(request.asOf())
                .volunteer(request.volunteers().get(0))
                .evaluation(new io.volunteerrules.core.model.Evaluation("E1", "V1", null, null,
                        request.asOf(), "GOOD", comment, null))
                .question(request.questions().get(0)).build();

        StringWriter out = new StringWriter();
        DecisionLog.builder().toWriter(out).build().record(withComment, List.of(quoted));
        assertThat(out.toString()).contains(DecisionLog.FREE_TEXT).doesNotContain("金水路").doesNotContain("母亲");
        assertNoIdentifiers(out.toString(), NAME, "13700001111");

        StringWriter first = new StringWriter();
        DecisionLog.builder().toWriter(first).nameMasking(DecisionLog.NameMasking.KEEP_FIRST_CHARACTER).build()
                .record(request, decisions);
        assertThat(first.toString()).contains("王**");
        assertNoIdentifiers(first.toString(), NAME, GUARDIAN);
    }

    @Test
    void a_log_file_is_created_readable_by_its_owner_only(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        EvaluationRequest request = request();
        DecisionLog.builder().toFile(file).build().record(request, RULES.evaluate(request));
        org.junit.jupiter.api.Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void masking_is_linear_in_the_text_whatever_the_number_of_values() {
        // ten thousand personal values all starting alike, one long text full of near misses: one
        // pass over the text with a lookup per distinct length, not one scan per value
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            values.add("王小" + i);
        }
        String text = "王小明 and 王小17 ".repeat(20_000);
        String masked = DecisionLog.mask(text, values);
        assertThat(masked).doesNotContain("王小17").contains("王小明").contains("*** ");
    }

    @Test
    void mask_hides_id_and_phone_numbers_in_free_text() {
        assertThat(DecisionLog.mask("身份证 " + ID_NUMBER + ", tel +86 " + PHONE, List.of()))
                .isEqualTo("身份证 410105***********4, tel 138****5678");
    }

    /** Scans the log for any of the identifiers, and for anything shaped like an ID or phone number. */
    private static void assertNoIdentifiers(String text, String... identifiers) {
        for (String id : identifiers) {
            assertThat(text).doesNotContain(id);
        }
        // the request digest and rule set version are hashes, written whole: their digits are no one's number
        String log = text.replaceAll("sha256:[0-9a-f]{64}", "sha256:…");
        assertThat(Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)").matcher(log).find()).as("an ID number in the log").isFalse();
        assertThat(Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)").matcher(log).find()).as("a phone number in the log").isFalse();
    }
}
