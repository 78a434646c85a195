package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A certificate's content names bodies as it is printed: by name, never by the ids the request links them with. */
class CertificateContentTest {

    private static VolunteerRules engine;

    @BeforeAll
    static void build() {
        engine = VolunteerRules.builder().build();
    }

    private static final String REQUEST = """
            {"asOf": "2026-06-01",
             "organisations": [
               {"id": "ORG-A", "name": "金水区青年志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION", "legallyRegistered": true,
                "status": "MERGED", "statusChangedOn": "2026-05-10", "successorIds": ["ORG-B"],
                "personInCharge": "赵某", "handler": "钱某", "contact": "0371-11111111"},
               {"id": "ORG-B", "name": "郑州市青年志愿者协会", "kind": "VOLUNTEER_SERVICE_ORGANISATION", "legallyRegistered": true,
                "personInCharge": "孙某", "handler": "李某", "contact": "0371-22222222"},
               {"id": "ORG-RC", "name": "郑州市红十字会", "kind": "PEOPLES_ORGANISATION", "legallyRegistered": true}],
             "activities": [{"id": "ACT1", "name": "社区助老", "organiserId": "ORG-A", "field": "ELDERLY_CARE",
                             "startDate": "2026-04-30", "endDate": "2026-04-30", "place": "文化路街道",
                             "content": "陪伴独居老人", "personInCharge": "赵某"}],
             "volunteers": [{"id": "V1", "name": "张某", "birthDate": "1992-09-09", "registrationPlatform": "NONE",
                             "idType": "居民身份证", "idNumber": "410105199209090000"}],
             "serviceRecords": [{"id": "R1", "volunteerId": "V1", "activityId": "ACT1", "date": "2026-04-30", "hours": 3.5,
                                 "recordedOn": "2026-05-08", "status": "VERIFIED"}],
             "trainingRecords": [
               {"id": "TR1", "volunteerId": "V1", "name": "应急救护培训", "field": "ELDERLY_CARE", "tier": "BASIC",
                "completedOn": "2026-03-01", "content": "心肺复苏", "durationHours": 4, "providerId": "ORG-RC"},
               {"id": "TR2", "volunteerId": "V1", "name": "为老服务基础培训", "field": "ELDERLY_CARE", "tier": "BASIC",
                "completedOn": "2026-03-02", "content": "老年人照护基础", "durationHours": 2, "providerId": "区培训中心"}],
             "evaluations": [{"id": "E1", "volunteerId": "V1", "activityId": "ACT1", "evaluatorId": "ORG-A",
                              "evaluatedOn": "2026-05-08", "rating": "优秀"}],
             "questions": [{"type": "certificate", "volunteerId": "V1", "activityId": "ACT1"}]}
            """;

    @Test
    void content_names_the_recording_unit_the_training_providers_and_the_evaluator() {
        Decision d = engine.evaluate(Json.readRequest(REQUEST)).get(0);
        CertificateContent c = (CertificateContent) d.values().get("certificate");

        assertThat(c.recordingUnit()).isEqualTo("金水区青年志愿者协会");
        assertThat(c.services()).extracting(CertificateContent.Service::organisingUnit).containsExactly("金水区青年志愿者协会");
        // a provider the request does not list as an organisation is printed as given
        assertThat(c.trainings()).extracting(CertificateContent.Training::provider).containsExactly("郑州市红十字会", "区培训中心");
        assertThat(c.evaluations()).extracting(CertificateContent.Rating::evaluator).containsExactly("金水区青年志愿者协会");
        assertThat(c.issuer().name()).isEqualTo("郑州市青年志愿者协会");
    }

    @Test
    void content_prints_the_succession_in_words_with_names_and_written_dates() {
        Decision d = engine.evaluate(Json.readRequest(REQUEST)).get(0);
        CertificateContent c = (CertificateContent) d.values().get("certificate");

        assertThat(c.succession()).containsExactly("金水区青年志愿者协会于2026年5月10日并入郑州市青年志愿者协会（ZZ-2.5、MCA-2015-3）");
    }

    @Test
    void content_prints_the_volunteers_gender_and_platform_by_their_labels_not_their_codes() {
        String registered = REQUEST.replace("\"registrationPlatform\": \"NONE\"",
                "\"gender\": \"MALE\", \"registrationPlatform\": \"ZHIYUAN_ZHENGZHOU\", \"volunteerNumber\": \"ZYZZ-0001\"");
        Decision d = engine.evaluate(Json.readRequest(registered)).get(0);
        CertificateContent c = (CertificateContent) d.values().get("certificate");

        assertThat(c.volunteer().gender()).isEqualTo("男");
        assertThat(c.volunteer().registrationPlatform()).isEqualTo("志愿郑州");
        assertThat(c.volunteer().volunteerNumber()).isEqualTo("ZYZZ-0001");
    }

    @Test
    void content_of_a_volunteer_not_registered_and_of_no_stated_gender_prints_neither() {
        Decision d = engine.evaluate(Json.readRequest(REQUEST)).get(0);
        CertificateContent c = (CertificateContent) d.values().get("certificate");

        assertThat(c.volunteer().gender()).isNull();
        assertThat(c.volunteer().registrationPlatform()).isNull();
    }
}
