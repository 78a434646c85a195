package io.volunteerrules.examples.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.certificate.CertificateRegister;
import io.volunteerrules.core.certificate.Verification;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.request.Question;
import io.volunteerrules.drools.VolunteerRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The example service over real HTTP on a random port, as a client sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "example.register.url=jdbc:sqlite:target/rest-service-test-register.db")
class RestServiceHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    VolunteerRules rules;

    @Autowired
    CertificateRegister register;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newHttpClient();

    static String exampleRequest() throws IOException {
        try (InputStream in = RestServiceHttpTest.class.getResourceAsStream("/example-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode tree(String json) throws IOException {
        return Json.mapper().readTree(json);
    }

    @Test
    void decisions_for_the_example_request_are_the_engines_own() throws Exception {
        HttpResponse<String> r = post("/decisions", exampleRequest());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode decisions = tree(r.body());

        assertThat(decisions).hasSize(7);
        assertThat(status(decisions, "A-WANG")).isEqualTo("REFUSED");   // 15, the guardian's consent ran out the day before
        assertThat(status(decisions, "A-LI")).isEqualTo("ALLOWED");     // 15, with a valid consent
        assertThat(status(decisions, "A-CHEN")).isEqualTo("REFUSED");   // insurance stops before the hazardous activity ends
        assertThat(status(decisions, "A-ZHANG")).isEqualTo("REFUSED");  // basic training only, for medical rescue
        JsonNode certificate = decisions.get(6);
        assertThat(certificate.at("/question/type").asText()).isEqualTo("certificate");
        assertThat(certificate.at("/outcome/status").asText()).isEqualTo("ALLOWED");
        assertThat(certificate.at("/values/issuerId").asText()).isEqualTo("ORG-JS");

        // the same answer, field for field, as the engine gives in-process
        EvaluationRequest request = Json.readRequest(exampleRequest());
        assertThat(decisions).isEqualTo(tree(Json.write(rules.evaluate(request))));
    }

    private static String status(JsonNode decisions, String assignmentId) {
        for (JsonNode d : decisions) {
            if (assignmentId.equals(d.at("/question/assignmentId").asText())) {
                return d.at("/outcome/status").asText();
            }
        }
        throw new AssertionError("no decision for " + assignmentId);
    }

    @Test
    void a_misspelt_field_is_a_400_problem_naming_the_field() throws Exception {
        String misspelt = exampleRequest().replace("\"minorsAllowed\"", "\"minorAllowed\"");
        assertThat(misspelt).isNotEqualTo(exampleRequest());
        HttpResponse<String> r = post("/decisions", misspelt);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = tree(r.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("violations")).hasSize(1);
        assertThat(problem.at("/violations/0/path").asText()).isEqualTo("tasks[0].minorAllowed");
        assertThat(problem.at("/violations/0/message").asText()).startsWith("unknown field (known fields: ")
                .contains("minorsAllowed");
    }

    @Test
    void the_engines_own_checks_list_every_violation() throws Exception {
        String invalid = exampleRequest().replace("\"birthDate\": \"2011-", "\"birthDate\": \"2031-")
                .replace("\"taskId\": \"T-ELDER\"", "\"taskId\": \"T-NONE\"");
        HttpResponse<String> r = post("/decisions", invalid);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode problem = tree(r.body());
        assertThat(problem.path("violations").size()).isGreaterThanOrEqualTo(2);
        assertThat(problem.path("violations").findValuesAsText("path")).anySatisfy(p -> assertThat(p).endsWith("taskId"));
    }

    @Test
    void a_certificate_is_issued_into_the_register_and_verifies() throws Exception {
        HttpResponse<String> r = post("/certificates", exampleRequest());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answers = tree(r.body());
        assertThat(answers).hasSize(1);
        JsonNode answer = answers.get(0);
        assertThat(answer.path("subject").asText()).isEqualTo("certificate:V-CHEN/ACT-WINTER");
        assertThat(answer.path("status").asText()).isEqualTo("ALLOWED");
        String number = answer.at("/certificate/number").asText();
        assertThat(number).matches("ZZZY-2026-\\d{8}");
        assertThat(answer.at("/certificate/issuedOn").asText()).isEqualTo("2026-04-28");
        assertThat(answer.at("/certificate/content/issuer/name").asText()).isEqualTo("金水区青年志愿者协会");

        CertificateContent content = Json.mapper().treeToValue(answer.at("/certificate/content"), CertificateContent.class);
        String code = answer.at("/certificate/verificationCode").asText();
        assertThat(register.verify(number, content, code).status()).isEqualTo(Verification.Status.GENUINE);

        JsonNode stored = tree(get("/certificates/" + number).body());
        assertThat(stored.path("verificationCode").asText()).isEqualTo(code);
        assertThat(get("/certificates/ZZZY-2026-99999999").statusCode()).isEqualTo(404);
    }

    @Test
    void a_request_without_a_certificate_question_is_a_problem() throws Exception {
        JsonNode request = tree(exampleRequest());
        ((com.fasterxml.jackson.databind.node.ArrayNode) request.path("questions")).remove(6);
        HttpResponse<String> r = post("/certificates", request.toString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(tree(r.body()).at("/violations/0/path").asText()).isEqualTo("questions");
    }

    @Test
    void health_and_info_name_the_rule_set_version() throws Exception {
        JsonNode health = tree(get("/actuator/health").body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/volunteerRules/details/version").asText()).isEqualTo(rules.ruleSetVersion());
        assertThat(health.at("/components/volunteerRules/details/source").asText()).isEqualTo("bundled");
        assertThat(tree(get("/actuator/info").body()).at("/volunteer-rules/version").asText()).isEqualTo(rules.ruleSetVersion());
    }

    @Test
    void each_evaluation_is_timed_under_its_question_types() throws Exception {
        post("/decisions", exampleRequest());
        for (String type : List.of("assignment", "service-record", "certificate")) {
            HttpResponse<String> r = get("/actuator/metrics/volunteer.rules.evaluation?tag=type:" + type + "&tag=result:decided");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode count = tree(r.body()).path("measurements").get(0);
            assertThat(count.path("statistic").asText()).isEqualTo("COUNT");
            assertThat(count.path("value").asDouble()).isGreaterThanOrEqualTo(1.0);
        }
        JsonNode refused = tree(get("/actuator/metrics/volunteer.rules.decisions?tag=type:assignment&tag=outcome:refused").body());
        assertThat(refused.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(3.0);
        // a reload is only possible when a rules directory is served
        assertThat(get("/actuator/volunteerrules").statusCode()).isEqualTo(404);
    }

    @Test
    void the_openapi_description_is_served_and_matches_the_controllers() throws Exception {
        HttpResponse<String> r = get("/openapi.yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode api = Json.yamlMapper().readTree(r.body());

        Set<String> described = new TreeSet<>();
        api.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
            if (e.getValue().toString().contains("io.volunteerrules.examples.rest")) {
                e.getKey().getMethodsCondition().getMethods().forEach(m -> e.getKey().getPatternValues()
                        .forEach(p -> served.add(m.name() + " " + p)));
            }
        }
        assertThat(described).isEqualTo(served);

        List<String> fields = new ArrayList<>();
        api.at("/components/schemas/EvaluationRequest/properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly(Arrays.stream(EvaluationRequest.class.getRecordComponents())
                .map(c -> c.getName()).toArray(String[]::new));

        Set<String> types = new TreeSet<>();
        api.at("/components/schemas/Question/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertThat(types).isEqualTo(Arrays.stream(Question.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).collect(Collectors.toCollection(TreeSet::new)));
    }
}
