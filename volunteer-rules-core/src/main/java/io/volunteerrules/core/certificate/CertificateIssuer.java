package io.volunteerrules.core.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.CertificateQuestion;
import java.util.Objects;

/**
 * Issues a certificate after the rules allowed it: takes the content the certificate rules derived,
 * and has the register number it, enter it and sign it. The rules decide whether and by whom; this
 * only records the issue.
 *
 * <pre>{@code
 * Decision d = rules.evaluate(request).get(0);             // a certificate question
 * IssuedCertificate c = CertificateIssuer.issue(d, register);
 * }</pre>
 */
public final class CertificateIssuer {

    private CertificateIssuer() {
    }

    /**
     * Registers the certificate of an allowed certificate decision, dated the decision's as-of day.
     *
     * @throws IllegalArgumentException if the decision does not answer a certificate question, was not
     *                                  allowed, or carries no certificate content
     * @throws RegisterException        if the register cannot store it
     */
    public static IssuedCertificate issue(Decision decision, CertificateRegister register) {
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(register, "register must not be null");
        if (!(decision.question() instanceof CertificateQuestion)) {
            throw new IllegalArgumentException("decision answers " + decision.question().subject()
                    + ", not a certificate question");
        }
        if (!(decision.outcome() instanceof Outcome.Allowed)) {
            throw new IllegalArgumentException("certificate " + decision.question().subject() + " was not allowed ("
                    + decision.outcome().status() + "); nothing is issued");
        }
        return register.register(content(decision), decision.asOf());
    }

    /**
     * The certificate content of a decision, whether it came from the engine or was read back from JSON.
     *
     * @throws IllegalArgumentException if the decision carries none
     */
    public static CertificateContent content(Decision decision) {
        Object value = decision.values().get("certificate");
        if (value == null) {
            throw new IllegalArgumentException("decision " + decision.question().subject() + " carries no certificate content");
        }
        if (value instanceof CertificateContent c) {
            return c;
        }
        ObjectMapper mapper = Json.mapper();
        return mapper.convertValue(value, CertificateContent.class);
    }
}
