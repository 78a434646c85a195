package io.volunteerrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Effect;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationKind;
import io.volunteerrules.core.model.OrganisationStatus;
import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.ServiceRecord;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.CertificateQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the organisations' history — chains, cycles, dangling references, rival claims,
 * changes dated before or after the as-of date — a certificate question always ends, with exactly one
 * issuer or with a clear "cannot determine issuer" reason, never both, never neither, never an
 * exception. Histories are random but seeded, so a failure repeats.
 */
class IssuerSuccessionPropertyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final Set<String> UNDETERMINED = Set.of("issuer-undetermined-rival-claims",
            "issuer-undetermined-no-successor", "issuer-undetermined-cycle", "issuer-undetermined-unknown-body");

    private static VolunteerRules engine;

    @BeforeAll
    static void build() {
        engine = VolunteerRules.builder().build();
    }

    @Test
    void random_histories_always_end_with_one_issuer_or_a_clear_reason() {
        Random random = new Random(20261129L);
        int withIssuer = 0;
        int undetermined = 0;
        for (int run = 0; run < 300; run++) {
            int size = 1 + random.nextInt(8);
            EvaluationRequest request = history(random, size);
            List<Decision> decisions = engine.evaluate(request);

            assertThat(decisions).hasSize(1);
            Decision d = decisions.get(0);
            List<Reason> reasons = d.allReasons();
            List<String> refusedForIssuer = reasons.stream().filter(r -> r.effect() == Effect.REFUSE)
                    .map(Reason::rule).filter(UNDETERMINED::contains).toList();
            Object issuer = d.values().get("issuerId");
            String history = describe(request);

            assertThat(issuer != null || !refusedForIssuer.isEmpty())
                    .as("run %d ends with an issuer or a reason: %s", run, history).isTrue();
            assertThat(issuer != null && !refusedForIssuer.isEmpty())
                    .as("run %d does not both find an issuer and fail to: %s", run, history).isFalse();
            assertThat(refusedForIssuer).as("run %d gives one reason: %s", run, history).hasSizeLessThanOrEqualTo(1);
            if (issuer != null) {
                withIssuer++;
                Organisation o = request.organisations().stream().filter(x -> x.id().equals(issuer)).findFirst().orElseThrow();
                assertThat(o.statusOn(AS_OF)).as("run %d issuer is active: %s", run, history)
                        .isEqualTo(OrganisationStatus.ACTIVE);
                assertThat(d.values().get("issuerChain")).as("run %d chain", run).isInstanceOf(List.class);
            } else {
                undetermined++;
                assertThat(reasons.stream().filter(r -> UNDETERMINED.contains(r.rule())).findFirst().orElseThrow().en())
                        .startsWith("Cannot determine the issuer");
            }
        }
        // the generator reaches both kinds of ending, so the property is not vacuous
        assertThat(withIssuer).isGreaterThan(30);
        assertThat(undetermined).isGreaterThan(30);
    }

    /** A random history of {@code size} bodies ORG0..; ORG0 organised the activity. */
    private static EvaluationRequest history(Random random, int size) {
        List<Organisation> orgs = new ArrayList<>();
        OrganisationStatus[] statuses = OrganisationStatus.values();
        for (int i = 0; i < size; i++) {
            OrganisationStatus status = random.nextInt(3) == 0 ? OrganisationStatus.ACTIVE
                    : statuses[random.nextInt(statuses.length)];
            LocalDate changed = status == OrganisationStatus.ACTIVE ? null
                    : AS_OF.plusDays(random.nextInt(400) - 340);  // mostly before as-of, sometimes after
            List<String> successors = new ArrayList<>();
            int n = random.nextInt(3);
            for (int k = 0; k < n; k++) {
                successors.add(ref(random, size));
            }
            String takenOverBy = random.nextInt(3) == 0 ? ref(random, size) : null;
            String superior = random.nextInt(2) == 0 ? ref(random, size) : null;
            List<String> claims = random.nextInt(6) == 0 ? List.of(ref(random, size)) : List.of();
            orgs.add(new Organisation("ORG" + i, "单位" + i, OrganisationKind.VOLUNTEER_SERVICE_ORGANISATION, true, null,
                    status, changed, successors, takenOverBy, superior, "负责人" + i, "经办人" + i, "电话" + i, null, null,
                    claims));
        }
        return EvaluationRequest.builder(AS_OF)
                .volunteer(new Volunteer("V1", "张某", null, LocalDate.of(1990, 1, 1), false, null, null, "居民身份证",
                        "410105199001010000", null, null, null, null))
                .activity(new Activity("ACT1", "社区助老", "ORG0", null, ServiceField.ELDERLY_CARE, false,
                        LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), "文化路", "陪伴老人", "赵某", false, false, false, false))
                .serviceRecord(new ServiceRecord("R1", "V1", "ACT1", null, LocalDate.of(2025, 3, 3), null, null,
                        new BigDecimal("2"), null, null, null, LocalDate.of(2025, 3, 4), RecordStatus.VERIFIED, null))
                .question(new CertificateQuestion("V1", "ACT1"))
                .organisations(orgs)
                .build();
    }

    /** Mostly a body of the history, sometimes one that is not in it. */
    private static String ref(Random random, int size) {
        return random.nextInt(10) == 0 ? "GHOST" + random.nextInt(2) : "ORG" + random.nextInt(size);
    }

    private static String describe(EvaluationRequest r) {
        return r.organisations().stream().map(o -> o.id() + ":" + o.status() + "@" + o.statusChangedOn() + " succ="
                + o.successorIds() + " took=" + o.workTakenOverById() + " sup=" + o.superiorUnitId() + " claims="
                + o.tookOverWorkOfIds()).collect(Collectors.joining("; "));
    }

}
