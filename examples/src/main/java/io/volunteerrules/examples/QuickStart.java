package io.volunteerrules.examples;

import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.certificate.CertificateIssuer;
import io.volunteerrules.core.certificate.CertificateRegister;
import io.volunteerrules.core.certificate.IssuedCertificate;
import io.volunteerrules.core.certificate.Verification;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.request.CertificateQuestion;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.drools.VolunteerRules;
import io.volunteerrules.store.CertificateKeys;
import io.volunteerrules.store.JdbcCertificateRegister;
import io.volunteerrules.store.JdbcDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The quick start: evaluates the bundled example request (or a JSON request file given as the first
 * argument) with the bundled rules and prints every decision with its reasons in Chinese and English.
 * With {@code --json} it prints the decisions as JSON instead.
 *
 * <p>Each allowed certificate decision is then issued: numbered, entered in the issuance register (an
 * SQLite database in a file under the system's temporary directory, so numbers keep counting from one
 * run to the next) and given a verification code, which is checked as a third party would — once as
 * issued, once with its hours altered. The register's key comes from {@code
 * VOLUNTEER_RULES_CERTIFICATE_KEYS} when it is set, otherwise from the example's own key.
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
                Path register = Path.of(System.getProperty("java.io.tmpdir"), "volunteer-rules-example", "register.db");
                issueCertificates(decisions, register, out);
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
            d.nextSteps().forEach(step -> {
                out.println("  → next step (zh): " + step.zh());
                out.println("  → next step (en): " + step.en());
            });
            printValues(d.values(), out);
        }
    }

    /** The values the rules derived; the issuer's succession chain one step a line. */
    static void printValues(Map<String, Object> values, PrintStream out) {
        values.forEach((name, value) -> {
            if (value instanceof List<?> list && !list.isEmpty() && name.equals("issuerChain")) {
                out.println("  = " + name + ":");
                list.forEach(step -> out.println("      " + step));
            } else if (value instanceof CertificateContent c) {
                out.println("  = " + name + ": " + c.volunteer().name() + ", " + c.activityName() + ", "
                        + c.totalHours() + " h, path " + c.path() + ", issuer " + c.issuer().name());
            } else {
                out.println("  = " + name + ": " + value);
            }
        });
    }

    /** Issues every allowed certificate into a register and verifies it, as a third party would. */
    static void issueCertificates(List<Decision> decisions, Path file, PrintStream out) {
        CertificateRegister register = JdbcCertificateRegister.open(JdbcDatabase.sqliteFile(file), keys(out));
        for (Decision d : decisions) {
            if (d.question() instanceof CertificateQuestion && d.outcome() instanceof Outcome.Allowed) {
                IssuedCertificate c = CertificateIssuer.issue(d, register);
                out.println();
                out.println("■ issued " + c.number() + " on " + c.issuedOn() + " by " + c.content().issuer().name()
                        + " (register " + file + ")");
                out.println("  verification code " + c.verificationCode());
                c.content().succession().forEach(step -> out.println("  succession: " + step));
                Verification genuine = register.verify(c.number(), c.content(), c.verificationCode());
                out.println("  verified as issued: " + genuine.status());
                CertificateContent forged = withHours(c.content(), c.content().totalHours().multiply(java.math.BigDecimal.TEN));
                Verification altered = register.verify(c.number(), forged, c.verificationCode());
                out.println("  verified with its hours changed: " + altered.status());
            }
        }
    }

    /**
     * The register's keys: from configuration when set ({@link CertificateKeys#fromConfiguration()}), as
     * a deployment does; otherwise the example's own key, which must never sign real certificates.
     */
    static CertificateKeys keys(PrintStream out) {
        String configured = System.getProperty(CertificateKeys.SYSTEM_PROPERTY,
                System.getenv(CertificateKeys.ENVIRONMENT_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return CertificateKeys.fromConfiguration();
        }
        out.println();
        out.println("(" + CertificateKeys.ENVIRONMENT_VARIABLE + " is not set: the register signs with the example's "
                + "own key, never to be used for real certificates)");
        return CertificateKeys.of("example", "example key: never use in production".getBytes(StandardCharsets.UTF_8));
    }

    private static CertificateContent withHours(CertificateContent c, java.math.BigDecimal hours) {
        return new CertificateContent(c.path(), c.volunteer(), c.activityId(), c.activityName(), c.recordingUnit(),
                c.services(), hours, c.trainings(), c.commendations(), c.evaluations(), c.issuer(), c.succession());
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
