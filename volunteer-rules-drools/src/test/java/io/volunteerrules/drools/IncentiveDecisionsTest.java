package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decisions of the incentive areas as an application reads them: JSON values, questions side by side. */
class IncentiveDecisionsTest {

    private static VolunteerRules engine;

    @BeforeAll
    static void build() {
        engine = VolunteerRules.builder().build();
    }

    private static final String FACTS = """
            "volunteers": [{"id": "V1", "name": "李某", "birthDate": "1990-03-15"}],
            "organisations": [{"id": "ORG1", "name": "金水区志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION"}],
            "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG1", "field": "ELDERLY_CARE",
                            "startDate": "2020-01-01", "endDate": "2026-12-31", "place": "文化路街道",
                            "content": "陪伴老人", "personInCharge": "周某"}],
            "serviceRecords": [{"id": "R1", "volunteerId": "V1", "activityId": "ACT1", "date": "2026-05-01",
                                "hours": 1000.00, "travelHours": 3, "status": "VERIFIED"}],
            "evaluations": [{"id": "E1", "volunteerId": "V1", "evaluatorId": "ORG1", "evaluatedOn": "2026-05-10",
                             "rating": "优秀", "score": 90}],
            "starAwards": [{"id": "SA1", "volunteerId": "V1", "level": 4, "awardedBy": "金水区志愿者协会",
                            "awardedOn": "2026-06-01"}],
            "catalogueItems": [{"id": "C1", "name": "上门理发", "priceHours": 2}],
            "redemptions": [{"id": "X1", "volunteerId": "V1", "itemId": "C1", "redeemedOn": "2026-06-01"}]
            """;

    @Test
    void evaluate_writes_derived_hours_as_plain_decimals() throws Exception {
        Decision d = engine.evaluate(Json.readRequest("""
                {"asOf": "2026-06-30", %s,
                 "questions": [{"type": "star-rating", "volunteerId": "V1"}]}
                """.formatted(FACTS))).get(0);

        JsonNode values = Json.mapper().readTree(Json.write(d)).path("values");

        assertThat(values.path("hoursToNextLevel").toString()).isEqualTo("500");
        assertThat(values.path("verifiedHours").toString()).isEqualTo("1000");
    }

    @Test
    void evaluate_answers_every_incentive_question_about_one_volunteer_at_once() {
        // the time bank is the city's to open (探索建立): here it has, from 2024-01-01
        List<Decision> decisions = engine.evaluate(Json.readRequest("""
                {"asOf": "2026-06-30", %s,
                 "questions": [{"type": "star-rating", "volunteerId": "V1"},
                               {"type": "time-bank-balance", "volunteerId": "V1"},
                               {"type": "redemption", "redemptionId": "X1"},
                               {"type": "preferential-treatment", "volunteerId": "V1", "area": "MEDICAL_CARE"}]}
                """.formatted(FACTS)), Map.of("timebank.enabled", "true", "timebank.opened-on", "2024-01-01"));

        assertThat(decisions).extracting(x -> x.outcome().status())
                .containsExactly("ALLOWED", "ALLOWED", "ALLOWED", "ALLOWED");
        assertThat(decisions.get(0).values()).containsEntry("starLevel", 4);
        assertThat(decisions.get(1).values().get("balance")).hasToString("998");
        assertThat(decisions.get(2).values().get("balanceAfter")).hasToString("998");
        assertThat(decisions.get(3).values()).containsEntry("eligible", true).containsEntry("obliged", false);
        // each question's reasons stay with it
        assertThat(decisions.get(1).firedRules()).doesNotContain("star-level-reached");
    }
}
