package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.GuardianConsent;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.InsurancePolicy;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.drools.internal.facts.RecordCase;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Dates;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.core.text.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Small functions the rules call: set differences and descriptions of facts for messages, in both
 * languages. No policy judgement is made here.
 */
public final class Describe {

    private Describe() {
    }

    /** The task's required skills the volunteer lacks, in the task's order. */
    public static List<String> missingSkills(Volunteer volunteer, Task task) {
        return those(task.requiredSkills(), skill -> !volunteer.skills().contains(skill));
    }

    /** The conditions of a health declaration that the task excludes. */
    public static List<String> excludedConditions(HealthDeclaration declaration, Task task) {
        return those(declaration.conditions(), task.excludedHealthConditions()::contains);
    }

    /**
     * The items {@code keep} accepts, in order. Rule conditions ask this of every assignment: a loop,
     * and nothing made when none is kept.
     */
    private static List<String> those(List<String> items, Predicate<String> keep) {
        List<String> kept = null;
        for (String item : items) {
            if (keep.test(item)) {
                if (kept == null) {
                    kept = new ArrayList<>();
                }
                kept.add(item);
            }
        }
        return kept == null ? List.of() : Collections.unmodifiableList(kept);
    }

    /** The latest health declaration made on or before {@code date}, or {@code null}. */
    public static HealthDeclaration declarationOn(Volunteer volunteer, LocalDate date) {
        Optional<HealthDeclaration> d = volunteer.healthDeclarationOn(date);
        return d.orElse(null);
    }

    /**
     * A guardian's consent as a message names it: whose it is, its id in brackets, the days it holds
     * and what it covers (监护人王父的同意书（GC1），2026年1月1日至4月30日有效，适用于全部志愿服务活动). The
     * task's own activity is named by its name; another activity, which the request need not describe,
     * by the id the consent gives.
     *
     * @param activity the activity of the task the consent is weighed for
     */
    public static Labelled consent(GuardianConsent c, Activity activity) {
        String validZh;
        String validEn;
        if (c.validTo() == null) {
            validZh = "自" + Dates.written(c.validFrom(), Language.ZH) + "起有效";
            validEn = "valid from " + Dates.written(c.validFrom(), Language.EN);
        } else {
            Period valid = new Period(c.validFrom(), c.validTo());
            validZh = valid.written(Language.ZH) + "有效";
            validEn = "valid " + valid.written(Language.EN);
        }
        if (c.revokedOn() != null) {
            validZh += "，于" + Dates.written(c.revokedOn(), Language.ZH) + "撤回";
            validEn += ", withdrawn on " + Dates.written(c.revokedOn(), Language.EN);
        }
        String scopeZh;
        String scopeEn;
        switch (c.scope()) {
            case FIELD -> {
                scopeZh = "适用于" + c.field().zh() + "领域的活动";
                scopeEn = "for activities in " + c.field().en();
            }
            case ACTIVITY -> {
                if (c.activityId().equals(activity.id())) {
                    scopeZh = "适用于本活动“" + activity.name() + "”";
                    scopeEn = "for this activity, \"" + activity.name() + "\"";
                } else {
                    scopeZh = "适用于另一项活动（" + c.activityId() + "）";
                    scopeEn = "for another activity (" + c.activityId() + ")";
                }
            }
            default -> {
                scopeZh = "适用于全部志愿服务活动";
                scopeEn = "for all volunteer activities";
            }
        }
        return new Bilingual(
                "监护人" + c.guardianName() + "的同意书（" + c.id() + "），" + validZh + "，" + scopeZh,
                "guardian " + c.guardianName() + "'s consent (" + c.id() + "), " + validEn + ", " + scopeEn);
    }

    /**
     * A training record as a message names it: its name, with its id, tier, dates and status in
     * brackets (“红十字救护员培训”（培训记录TR1，专业知识技能培训，2025年6月1日完成，2026年5月2日到期，已核实）).
     */
    public static Labelled training(TrainingRecord t) {
        return new Bilingual(
                "“" + t.name() + "”（培训记录" + t.id() + "，" + t.tier().zh() + "，" + Dates.written(t.completedOn(), Language.ZH) + "完成，"
                        + (t.expiresOn() == null ? "长期有效" : Dates.written(t.expiresOn(), Language.ZH) + "到期") + "，"
                        + t.status().zh() + "）",
                "\"" + t.name() + "\" (training record " + t.id() + ", " + t.tier().en() + ", completed "
                        + Dates.written(t.completedOn(), Language.EN) + ", "
                        + (t.expiresOn() == null ? "no expiry" : "expires " + Dates.written(t.expiresOn(), Language.EN)) + ", "
                        + t.status().en() + ")");
    }

    /**
     * A policy as a message names it: its insurer and type, with its number, the days it covers and
     * the day it was bought in brackets (某保险公司人身意外伤害保险（保单P1，承保2026年5月1日至3日，2026年4月10日购买）).
     */
    public static Labelled policy(InsurancePolicy p) {
        boolean insurer = p.insurer() != null && !p.insurer().isBlank();
        Period cover = new Period(p.coverageStart(), p.coverageEnd());
        return new Bilingual(
                (insurer ? p.insurer() : "") + p.type().zh() + "（保单" + p.id() + "，承保" + cover.written(Language.ZH) + "，"
                        + Dates.written(p.purchasedOn(), Language.ZH) + "购买）",
                p.type().en() + (insurer ? " from " + p.insurer() : "") + " (policy " + p.id() + ", covering "
                        + cover.written(Language.EN) + ", bought " + Dates.written(p.purchasedOn(), Language.EN) + ")");
    }

    /**
     * A service record as a message names it: the day and activity of the service, with the record's id
     * in brackets (2026年4月30日在“社区助老”的服务记录（R1） / service record for "社区助老" on 30 April 2026
     * (R1)); what the record does not say is left out. The English has no article, so that a message
     * can write "the {record}" or "张某's {record}".
     */
    public static Labelled record(RecordCase r) {
        boolean named = r.activityName() != null;
        boolean dated = r.date() != null;
        String zh = (dated ? Dates.written(r.date(), Language.ZH) : "")
                + (named ? (dated ? "在" : "") + "“" + r.activityName() + "”" : "")
                + (dated || named ? "的" : "") + "服务记录（" + r.recordId() + "）";
        String en = "service record" + (named ? " for \"" + r.activityName() + "\"" : "")
                + (dated ? (named ? " on " : " for ") + Dates.written(r.date(), Language.EN) : "")
                + " (" + r.recordId() + ")";
        return new Bilingual(zh, en);
    }

    /**
     * Another record of the same service, named by the day it was entered (2026年5月8日录入的记录（R1） /
     * the record entered on 8 May 2026 (R1)), or as another record when that day is not known.
     */
    public static Labelled otherRecord(RecordCase r) {
        return r.recordedOn() == null
                ? new Bilingual("另一条记录（" + r.recordId() + "）", "another record (" + r.recordId() + ")")
                : new Bilingual(Dates.written(r.recordedOn(), Language.ZH) + "录入的记录（" + r.recordId() + "）",
                        "the record entered on " + Dates.written(r.recordedOn(), Language.EN) + " (" + r.recordId() + ")");
    }

    /** Several service records, each as {@link #record} names it, ordered by id. */
    public static List<Labelled> records(Collection<?> items) {
        return items.stream().map(RecordCase.class::cast).sorted(Comparator.comparing(RecordCase::recordId))
                .map(Describe::record).toList();
    }

    /**
     * A training record as a decision about the record itself names it: its name with its id in
     * brackets (培训记录“为老服务基础培训”（TR1） / training record "为老服务基础培训" (TR1)).
     */
    public static Labelled trainingRecord(TrainingRecord t) {
        return new Bilingual("培训记录“" + t.name() + "”（" + t.id() + "）",
                "training record \"" + t.name() + "\" (" + t.id() + ")");
    }

    /** The days from {@code from} to {@code to}, written as one period (2026年5月1日至3日). */
    public static Period period(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    /**
     * The days of a task on which a volunteer of limited capacity needs a guardian's consent, as the
     * consent messages name them: the whole task (任务期间（2026年5月1日至3日）), or, when the volunteer
     * gains full capacity during the task, the days before that
     * (任务中其尚为限制民事行为能力人的日子（2026年5月1日至2日；2026年5月3日起具有完全民事行为能力，无须同意）).
     *
     * @param through the last day on which consent is needed, at the latest {@code end}
     */
    public static Labelled consentDays(LocalDate start, LocalDate end, LocalDate through) {
        Period task = new Period(start, end);
        if (!through.isBefore(end)) {
            return new Bilingual("任务期间（" + task.written(Language.ZH) + "）",
                    "the task (" + task.written(Language.EN) + ")");
        }
        Period needed = new Period(start, through);
        LocalDate full = through.plusDays(1);
        return new Bilingual(
                "任务中其尚为限制民事行为能力人的日子（" + needed.written(Language.ZH) + "；"
                        + Dates.written(full, Language.ZH) + "起具有完全民事行为能力，无须同意）",
                "the days of the task on which they still have limited capacity (" + needed.written(Language.EN)
                        + "; from " + Dates.written(full, Language.EN) + " they have full capacity and need no consent)");
    }

    /**
     * Several consents described as {@link #consent} does, ordered by id, as one text: each
     * description has commas of its own, so they are separated by "；" / "; ".
     */
    public static Labelled consents(Collection<?> items, Activity activity) {
        List<Labelled> each = items.stream().map(GuardianConsent.class::cast).sorted(Comparator.comparing(GuardianConsent::id))
                .map(c -> consent(c, activity)).toList();
        return new Bilingual(each.stream().map(Labelled::zh).collect(Collectors.joining("；")),
                each.stream().map(Labelled::en).collect(Collectors.joining("; ")));
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

    /**
     * A verb that agrees with a list of facts named as the subject of an English message: {@code oneEn}
     * for one ("does not cover"), {@code manyEn} for several ("do not cover"); Chinese has one form.
     */
    public static Labelled agreeing(Collection<?> subjects, String zh, String oneEn, String manyEn) {
        return new Bilingual(zh, subjects.size() == 1 ? oneEn : manyEn);
    }

    /**
     * When a record was entered, counted in working days after the day its window runs from
     * ({@code from}, as {@code RecordCase.measuredFrom} writes it): 在活动结束日（2026年4月30日）后第3个工作日录入 /
     * was entered 3 working days after the activity ended on 30 April 2026; entered before the first
     * working day after it (on the day itself, or on the days off that follow), 在…后的第一个工作日之前录入 /
     * was entered before the first working day after …, never "the 0th working day".
     */
    public static Labelled enteredAfter(int workingDays, Bilingual from) {
        if (workingDays <= 0) {
            return new Bilingual("在" + from.zh() + "后的第一个工作日之前录入",
                    "was entered before the first working day after " + from.en());
        }
        return new Bilingual("在" + from.zh() + "后第" + workingDays + "个工作日录入",
                "was entered " + workingDays + (workingDays == 1 ? " working day" : " working days") + " after " + from.en());
    }

    /** The insured volunteers of several policies, without repeats, in order. */
    public static List<String> insured(Collection<?> items) {
        return items.stream().map(InsurancePolicy.class::cast).flatMap(p -> p.insuredVolunteerIds().stream())
                .distinct().sorted().toList();
    }

    /** Whether one of several policies insures the volunteer. */
    public static boolean insuredBy(String volunteerId, Collection<?> policies) {
        return policies.stream().map(InsurancePolicy.class::cast).anyMatch(p -> p.insuredVolunteerIds().contains(volunteerId));
    }
}
