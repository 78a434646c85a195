package io.volunteerrules.examples;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.drools.VolunteerRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The quick start: evaluates the bundled example request (or a JSON request file given as the first
 * argument) with the bundled rules and prints every decision with its reasons in Chinese and English.
 * With {@code --json} it prints the decisions as JSON instead.
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send that to SLF4J like everything else
        System.setProperty("org.jboss.logging.provider", "slf4j");
        boolean json = List.of(args).contains("--json");
        String file = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            EvaluationRequest request = Json.readRequest(file == null ? bundledExample() : Files.readString(Path.of(file)));
            VolunteerRules rules = VolunteerRules.builder().build();
            List<Decision> decisions = rules.evaluate(request);
            if (json) {
                out.println(Json.write(decisions));
            } else {
                print(decisions, rules.ruleSetVersion(), out);
            }
        } catch (InvalidRequestException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("cannot read " + file + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** Prints decisions as a person reads them. */
    static void print(List<Decision> decisions, String version, PrintStream out) {
        out.println("volunteer-rules quick start — rule set " + version);
        for (Decision d : decisions) {
            out.println();
            out.println("■ " + d.question().subject() + " (as of " + d.asOf() + "): " + d.outcome().status());
            for (Reason r : d.outcome().reasons()) {
                line(out, "  ▶ ", r);
            }
            for (Reason r : d.context()) {
                line(out, "    ", r);
            }
        }
    }

    private static void line(PrintStream out, String mark, Reason r) {
        out.println(mark + "[" + r.effect() + "] " + r.rule() + " " + r.clauses());
        out.println(mark.replaceAll(".", " ") + "  zh: " + r.zh());
        out.println(mark.replaceAll(".", " ") + "  en: " + r.en());
    }

    static String bundledExample() {
        try (InputStream in = QuickStart.class.getResourceAsStream("/example-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
