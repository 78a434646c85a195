package io.volunteerrules.spring;

import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test request: an adult (allowed) and a 15-year-old without a guardian's consent (refused). */
public final class TestRequests {

    private TestRequests() {
    }

    public static String json() {
        try (InputStream in = TestRequests.class.getResourceAsStream("/request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EvaluationRequest request() {
        return Json.readRequest(json());
    }
}
