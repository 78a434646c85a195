package io.volunteerrules.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.volunteerrules.core.VolunteerRulesException;
import io.volunteerrules.core.certificate.RegisterException;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.timebank.LedgerException;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.drools.EvaluationException;
import io.volunteerrules.drools.EvaluationLimitException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an invalid request with 400 and an RFC 9457 problem ({@code application/problem+json})
 * listing every violation with its path and message:
 *
 * <pre>{@code
 * {"type": "urn:volunteer-rules:problem:invalid-request", "title": "Invalid request", "status": 400,
 *  "detail": "the request has 1 problem: tasks[0].minorAllowed: unknown field (known fields: …)",
 *  "instance": "/decisions",
 *  "violations": [{"path": "tasks[0].minorAllowed", "message": "unknown field (known fields: …)"}]}
 * }</pre>
 *
 * <p>Two failures are answered so: an {@link InvalidRequestException} thrown by a controller (the
 * engine's validation: constraints, ids, references, periods), and a request body that Spring's
 * JSON reader cannot map (an unknown field, a date that is not a date, a missing question type),
 * named as the library's own reader names it. Any other unreadable body gets a plain 400 problem.
 *
 * <p>The library's other exceptions (its common type is {@link VolunteerRulesException}) are not the
 * caller's fault: a store that cannot write ({@link RegisterException}, {@link LedgerException}) is a
 * 503; an evaluation stopped by its bounds ({@link EvaluationLimitException}) a 503 past its time
 * budget and a 500 for a runaway rule set ({@link #evaluationStopped}); anything else (an
 * {@link EvaluationException}: the rules failed on a valid request; a rule set or table that cannot
 * be used) a 500, each with the library's message as the detail and the
 * exception's simple name in {@code exception}. Nothing of the caller's request is echoed.
 * Ordered last, so an application's own advice for these exceptions comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class InvalidRequestProblemDetails {

    /** The problem type of an invalid request. */
    public static final URI TYPE = URI.create("urn:volunteer-rules:problem:invalid-request");
    /** The problem type of a valid request the rules failed to answer. */
    public static final URI EVALUATION_FAILED = URI.create("urn:volunteer-rules:problem:evaluation-failed");
    /** The problem type of a register or ledger that could not be read or written. */
    public static final URI STORE_UNAVAILABLE = URI.create("urn:volunteer-rules:problem:store-unavailable");
    /** The problem type of an evaluation stopped by its bounds (too many rule firings or facts, or too long). */
    public static final URI EVALUATION_STOPPED = URI.create("urn:volunteer-rules:problem:evaluation-stopped");
    /** The problem type of any other failure of the library (a rule set or table that cannot be used). */
    public static final URI RULES_FAILURE = URI.create("urn:volunteer-rules:problem:rules-failure");

    @ExceptionHandler(InvalidRequestException.class)
    public ProblemDetail invalidRequest(InvalidRequestException e) {
        return problem(e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException m) {
            return problem(List.of(Json.violation(m)));
        }
        if (cause instanceof JsonProcessingException p) {
            // in words, with line and column, as the library's own reader says it
            return problem(List.of(Json.malformed(p)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                cause == null || cause.getMessage() == null ? "the request body cannot be read" : cause.getMessage());
        problem.setTitle("Unreadable request");
        return problem;
    }

    /**
     * An evaluation stopped by its bounds: nothing was decided. Past its time budget it is a 503
     * (the service could not answer in the time it allows itself; under less load it may); stopped
     * for too many rule firings or derived facts it is a 500 (the rule set runs away on this request:
     * a defect, and the same request will stop again). {@code limit} names the bound.
     */
    @ExceptionHandler(EvaluationLimitException.class)
    public ProblemDetail evaluationStopped(EvaluationLimitException e) {
        boolean time = e.limit() == EvaluationLimitException.Limit.TIME_BUDGET;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                time ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setType(EVALUATION_STOPPED);
        problem.setTitle("Evaluation stopped");
        problem.setProperty("limit", e.limit().name());
        problem.setProperty("ruleSetVersion", e.ruleSetVersion());
        problem.setProperty("exception", e.getClass().getSimpleName());
        return problem;
    }

    @ExceptionHandler(VolunteerRulesException.class)
    public ProblemDetail libraryFailure(VolunteerRulesException e) {
        if (e instanceof EvaluationLimitException stopped) {
            return evaluationStopped(stopped);
        }
        boolean store = e instanceof RegisterException || e instanceof LedgerException;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                store ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        if (store) {
            problem.setType(STORE_UNAVAILABLE);
            problem.setTitle("Store unavailable");
        } else if (e instanceof EvaluationException) {
            problem.setType(EVALUATION_FAILED);
            problem.setTitle("Evaluation failed");
        } else {
            problem.setType(RULES_FAILURE);
            problem.setTitle("Rules failure");
        }
        problem.setProperty("exception", e.getClass().getSimpleName());
        return problem;
    }

    /** The problem listing {@code violations}, sorted by path. */
    public static ProblemDetail problem(List<Violation> violations) {
        List<Violation> sorted = violations.stream().sorted().toList();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(TYPE);
        problem.setTitle("Invalid request");
        problem.setDetail("the request has " + sorted.size() + (sorted.size() == 1 ? " problem: " : " problems: ")
                + String.join("; ", sorted.stream().map(Violation::toString).toList()));
        problem.setProperty("violations", sorted.stream()
                .map(v -> Map.of("path", v.path(), "message", v.message()))
                .toList());
        return problem;
    }
}
