package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Small functions the rules call: set differences and descriptions of facts for messages, in both
 * languages. No policy judgement is made here.
 */
public final class Describe {

    private Describe() {
    }

    /** The task's required skills the volunteer lacks, in the task's order. */
    public static List<String> missingSkills(Volunteer volunteer, Task task) {
        return task.requiredSkills().stream().filter(s -> !volunteer.skills().contains(s)).toList();
    }

    /** The conditions of a health declaration that the task excludes. */
    public static List<String> excludedConditions(HealthDeclaration declaration, Task task) {
        return declaration.conditions().stream().filter(task.excludedHealthConditions()::contains).toList();
    }

    /** The latest health declaration made on or before {@code date}, or {@code null}. */
    public static HealthDeclaration declarationOn(Volunteer volunteer, LocalDate date) {
        Optional<HealthDeclaration> d = volunteer.healthDeclarationOn(date);
        return d.orElse(null);
    }

    /** {@code GC1 (2026-01-01 to 2026-04-30, the named activity)}. */
    public static Labelled consent(GuardianConsent c) {
        LocalDate last = c.lastValidDay();
        String scopeZh = c.scope().zh() + (c.field() != null && c.scope().name().equals("FIELD") ? ":" + c.field().zh() : "")
                + (c.activityId() != null && c.scope().name().equals("ACTIVITY") ? ":" + c.activityId() : "");
        String scopeEn = c.scope().en() + (c.field() != null && c.scope().name().equals("FIELD") ? ": " + c.field().en() : "")
                + (c.activityId() != null && c.scope().name().equals("ACTIVITY") ? " " + c.activityId() : "");
        return new Bilingual(
                c.id() + "(" + c.validFrom() + "至" + (last == null ? "长期" : last) + ",范围:" + scopeZh + ")",
                c.id() + " (" + c.validFrom() + " to " + (last == null ? "open-ended" : last) + ", scope: " + scopeEn + ")");
    }

    /** {@code T1 (professional training, completed 2025-01-01, expires 2026-04-30)}. */
    public static Labelled training(TrainingRecord t) {
        return new Bilingual(
                t.id() + "(" + t.tier().zh() + "," + t.completedOn() + "完成," + (t.expiresOn() == null ? "长期有效" : t.expiresOn() + "到期")
                        + "," + t.status().zh() + ")",
                t.id() + " (" + t.tier().en() + ", completed " + t.completedOn() + ", "
                        + (t.expiresOn() == null ? "no expiry" : "expires " + t.expiresOn()) + ", " + t.status().en() + ")");
    }

    /** {@code P1 (personal accident insurance, 2026-05-01 to 2026-05-03, bought 2026-04-20)}. */
    public static Labelled policy(InsurancePolicy p) {
        return new Bilingual(
                p.id() + "(" + p.type().zh() + "," + p.coverageStart() + "至" + p.coverageEnd() + "," + p.purchasedOn() + "购买)",
                p.id() + " (" + p.type().en() + ", " + p.coverageStart() + " to " + p.coverageEnd() + ", bought "
                        + p.purchasedOn() + ")");
    }

    /** Descriptions of several facts, ordered by id. */
    public static List<Labelled> consents(Collection<?> items) {
        return items.stream().map(GuardianConsent.class::cast).sorted(Comparator.comparing(GuardianConsent::id))
                .map(Describe::consent).toList();
    }

    /** Descriptions of several training records, ordered by id. */
    public static List<Labelled> trainings(Collection<?> items) {
        return items.stream().map(TrainingRecord.class::cast).sorted(Comparator.comparing(TrainingRecord::id))
                .map(Describe::training).toList();
    }

    /** Descriptions of several policies, ordered by id. */
    public static List<Labelled> policies(Collection<?> items) {
        return items.stream().map(InsurancePolicy.class::cast).sorted(Comparator.comparing(InsurancePolicy::id))
                .map(Describe::policy).toList();
    }

    /** The insured volunteers of several policies, without repeats, in order. */
    public static List<String> insured(Collection<?> items) {
        return items.stream().map(InsurancePolicy.class::cast).flatMap(p -> p.insuredVolunteerIds().stream())
                .distinct().sorted().toList();
    }
}
