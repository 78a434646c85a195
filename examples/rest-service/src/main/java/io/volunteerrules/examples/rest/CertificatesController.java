package io.volunteerrules.examples.rest;

import io.volunteerrules.core.certificate.CertificateIssuer;
import io.volunteerrules.core.certificate.CertificateRegister;
import io.volunteerrules.core.certificate.IssuedCertificate;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Outcome;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.request.CertificateQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.spring.VolunteerRulesService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /certificates}: the rules decide each certificate question of the request; every one
 * allowed is issued (numbered, entered in the register, given a verification code). The service never
 * takes a decision from the caller: it decides itself. {@code GET /certificates/{number}} reads an
 * entry back.
 */
@RestController
public class CertificatesController {

    private final VolunteerRulesService rules;
    private final CertificateRegister register;

    public CertificatesController(VolunteerRulesService rules, CertificateRegister register) {
        this.rules = rules;
        this.register = register;
    }

    /**
     * One answer per certificate question, in the order asked: issued with its certificate, or not
     * issued with the reasons. Other questions in the request are answered by {@code /decisions}, not here.
     *
     * @param subject     the question, such as {@code certificate:V-CHEN/ACT-WINTER}
     * @param status      the rules' outcome: {@code ALLOWED}, {@code REFUSED} or {@code NEEDS_REVIEW}
     * @param certificate the certificate issued; null unless allowed
     * @param reasons     the reasons that decided it
     */
    public record CertificateAnswer(String subject, String status, IssuedCertificate certificate, List<Reason> reasons) {
    }

    @PostMapping(path = "/certificates", consumes = "application/json", produces = "application/json")
    public List<CertificateAnswer> issue(@RequestBody EvaluationRequest request) {
        if (request.questions().stream().noneMatch(CertificateQuestion.class::isInstance)) {
            throw new InvalidRequestException(List.of(new Violation("questions",
                    "asks no certificate question (type \"certificate\")")));
        }
        return rules.evaluate(request).stream()
                .filter(d -> d.question() instanceof CertificateQuestion)
                .map(this::answer)
                .toList();
    }

    private CertificateAnswer answer(Decision d) {
        IssuedCertificate issued = d.outcome() instanceof Outcome.Allowed ? CertificateIssuer.issue(d, register) : null;
        return new CertificateAnswer(d.question().subject(), d.outcome().status(), issued, d.outcome().reasons());
    }

    @GetMapping(path = "/certificates/{number}", produces = "application/json")
    public ResponseEntity<IssuedCertificate> find(@PathVariable String number) {
        return register.find(number).map(ResponseEntity::ok).orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
