package io.volunteerrules.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.volunteerrules.drools.VolunteerRules;
import io.volunteerrules.spring.TestRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A rules directory served through LiveRules, reloaded over HTTP through the actuator endpoint (the
 * application has granted it), and an invalid request answered as problem details. The tests run in
 * order: the reloads change the directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,info,volunteerrules",
        "management.endpoint.volunteerrules.access=unrestricted",
        "management.endpoint.health.show-details=always"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveRulesOverHttpTest {

    static final Path DIR;
    static final String BUNDLED_VERSION;

    static {
        try {
            DIR = Files.createTempDirectory("volunteer-rules-starter");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        VolunteerRules bundled = VolunteerRules.builder().build();
        BUNDLED_VERSION = bundled.ruleSetVersion();
        bundled.files().writeTo(DIR.resolve("rules"));
    }

    @DynamicPropertySource
    static void rulesDirectory(DynamicPropertyRegistry registry) {
        registry.add("volunteer-rules.rules-directory", () -> DIR.resolve("rules").toString());
    }

    @AfterAll
    static void removeDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(DIR);
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void the_directory_is_live_and_named_by_health_info_and_the_endpoint() throws Exception {
        JsonNode endpoint = json.readTree(send("GET", "/actuator/volunteerrules", null).body());
        assertThat(endpoint.path("version").asText()).isEqualTo(BUNDLED_VERSION);
        assertThat(endpoint.path("source").asText()).isEqualTo(DIR.resolve("rules").toString());

        JsonNode health = json.readTree(send("GET", "/actuator/health", null).body());
        assertThat(health.at("/components/volunteerRules/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/volunteerRules/details/version").asText()).isEqualTo(BUNDLED_VERSION);

        JsonNode info = json.readTree(send("GET", "/actuator/info", null).body());
        assertThat(info.at("/volunteer-rules/version").asText()).isEqualTo(BUNDLED_VERSION);

        HttpResponse<String> decisions = send("POST", "/decisions", TestRequests.json());
        assertThat(decisions.statusCode()).isEqualTo(200);
        assertThat(json.readTree(decisions.body()).findValuesAsText("ruleSetVersion")).containsOnly(BUNDLED_VERSION);
    }

    @Test
    @Order(2)
    void a_misspelt_field_is_a_problem_naming_it() throws Exception {
        HttpResponse<String> r = send("POST", "/decisions", TestRequests.json().replace("\"minorsAllowed\"", "\"minorAllowed\""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:volunteer-rules:problem:invalid-request");
        assertThat(problem.path("instance").asText()).isEqualTo("/decisions");
        assertThat(problem.at("/violations/0/path").asText()).isEqualTo("tasks[0].minorAllowed");
        assertThat(problem.at("/violations/0/message").asText()).startsWith("unknown field");
    }

    @Test
    @Order(3)
    void every_violation_of_an_invalid_request_is_listed() throws Exception {
        String twoProblems = TestRequests.json().replace("\"asOf\": \"2026-04-20\",", "")
                .replace("\"volunteerId\": \"V2\"", "\"volunteerId\": \"V9\"");
        HttpResponse<String> r = send("POST", "/decisions", twoProblems);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.path("violations").findValuesAsText("path")).contains("asOf", "assignments[1].volunteerId");
        assertThat(problem.path("detail").asText()).startsWith("the request has " + problem.path("violations").size() + " problems");
    }

    @Test
    @Order(4)
    void a_reload_that_fails_lint_keeps_the_running_set() throws Exception {
        Path drl = DIR.resolve("rules/insurance/insurance.drl");
        String original = Files.readString(drl);
        Files.writeString(drl, "rule \"broken\" when then System.exit(0); end", StandardOpenOption.APPEND);
        HttpResponse<String> r = send("POST", "/actuator/volunteerrules", null);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode change = json.readTree(r.body());
        assertThat(change.path("accepted").asBoolean()).isFalse();
        assertThat(change.path("version").asText()).isEqualTo(BUNDLED_VERSION);
        assertThat(change.path("problems").get(0).asText()).startsWith("lint: insurance/insurance.drl");
        Files.writeString(drl, original);
    }

    @Test
    @Order(5)
    void a_reload_that_passes_every_check_goes_live() throws Exception {
        Path drl = DIR.resolve("rules/insurance/insurance.drl");
        Files.writeString(drl, "\n// reviewed again\n", StandardOpenOption.APPEND);
        HttpResponse<String> r = send("POST", "/actuator/volunteerrules", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode change = json.readTree(r.body());
        assertThat(change.path("accepted").asBoolean()).isTrue();
        assertThat(change.path("previousVersion").asText()).isEqualTo(BUNDLED_VERSION);
        String version = change.path("version").asText();
        assertThat(version).startsWith("sha256:").isNotEqualTo(BUNDLED_VERSION);

        JsonNode health = json.readTree(send("GET", "/actuator/health", null).body());
        assertThat(health.at("/components/volunteerRules/details/version").asText()).isEqualTo(version);
        assertThat(json.readTree(send("POST", "/decisions", TestRequests.json()).body()).findValuesAsText("ruleSetVersion"))
                .containsOnly(version);
    }
}
