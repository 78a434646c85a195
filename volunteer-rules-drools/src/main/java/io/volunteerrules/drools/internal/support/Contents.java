package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.model.Commendation;
import io.volunteerrules.core.model.Evaluation;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.TrainingRecord;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Dates;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.drools.internal.facts.CertificateCase;
import io.volunteerrules.drools.internal.facts.ChainLink;
import io.volunteerrules.drools.internal.facts.CountedRecord;
import io.volunteerrules.drools.internal.facts.RecordCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which fields of a record, volunteer or issuer are empty, and the assembly of a certificate's
 * content. Which fields are required is a parameter; the rules decide what an empty one means.
 */
public final class Contents {

    private Contents() {
    }

    /** The fields of {@code required} that the service record leaves empty. */
    public static List<String> missingRecordFields(RecordCase r, List<String> required) {
        return missing(required, r::field);
    }

    /** The fields of {@code required} (name, content, durationHours, providerId, completedOn) the training record leaves empty. */
    public static List<String> missingTrainingFields(TrainingRecord t, List<String> required) {
        return missing(required, f -> TRAINING_FIELDS.of(t, f));
    }

    /** The fields of {@code required} the volunteer's basic information leaves empty (MCA-CERT-5). */
    public static List<String> missingVolunteerFields(Volunteer v, List<String> required) {
        return missing(required, f -> VOLUNTEER_FIELDS.of(v, f));
    }

    /** The fields of {@code required} the issuer's details leave empty (MCA-2015-2). */
    public static List<String> missingIssuerFields(Organisation o, List<String> required) {
        return missing(required, f -> ISSUER_FIELDS.of(o, f));
    }

    /**
     * The fields of {@code required}, in its order, whose value is empty (absent, or blank text).
     *
     * @param value a field's value by the name a parameter gives it; throws
     *              {@link IllegalArgumentException} for a name it does not know
     */
    static List<String> missing(List<String> required, Function<String, ?> value) {
        return required.stream().filter(f -> blank(value.apply(f))).toList();
    }

    private static final Fields<TrainingRecord> TRAINING_FIELDS = new Fields<>("training-record", Map.of(
            "name", TrainingRecord::name,
            "content", TrainingRecord::content,
            "durationHours", TrainingRecord::durationHours,
            "providerId", TrainingRecord::providerId,
            "completedOn", TrainingRecord::completedOn));

    private static final Fields<Volunteer> VOLUNTEER_FIELDS = new Fields<>("volunteer", Map.of(
            "name", Volunteer::name,
            "gender", Volunteer::gender,
            "birthDate", Volunteer::birthDate,
            "idType", Volunteer::idType,
            "idNumber", Volunteer::idNumber,
            "volunteerNumber", Volunteer::volunteerNumber,
            "phone", Volunteer::phone,
            "residenceArea", Volunteer::residenceArea));

    private static final Fields<Organisation> ISSUER_FIELDS = new Fields<>("organisation", Map.of(
            "name", Organisation::name,
            "personInCharge", Organisation::personInCharge,
            "handler", Organisation::handler,
            "contact", Organisation::contact,
            "registrationNumber", Organisation::registrationNumber));

    /** The fields of one kind of fact that a parameter may name as required, each by its accessor. */
    private record Fields<T>(String kind, Map<String, Function<T, ?>> byName) {

        Object of(T fact, String name) {
            Function<T, ?> field = byName.get(name);
            if (field == null) {
                throw new IllegalArgumentException("unknown " + kind + " field \"" + name + "\"; known: "
                        + String.join(", ", new TreeSet<>(byName.keySet())));
            }
            return field.apply(fact);
        }
    }

    /**
     * The {@code items} in the order {@code order} gives them (a parameter list, so that a message names
     * fields as the parameter lists them); items it does not list come last, sorted.
     */
    public static List<String> inOrder(Collection<?> items, List<String> order) {
        return items.stream().map(String::valueOf).distinct()
                .sorted(Comparator.comparingInt((String s) -> order.indexOf(s) < 0 ? Integer.MAX_VALUE : order.indexOf(s))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The total hours of counted records. */
    public static BigDecimal total(Collection<?> counted) {
        return counted.stream().map(CountedRecord.class::cast).map(CountedRecord::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Records left off a certificate, each by its day and with its id and verification status in
     * brackets (2026年4月30日的服务记录（R1，待核实） / the record for 30 April 2026 (R1, pending
     * verification)), ordered by id.
     */
    public static List<Labelled> uncounted(Collection<?> records) {
        return records.stream().map(RecordCase.class::cast).sorted(Comparator.comparing(RecordCase::recordId))
                .map(r -> (Labelled) new Bilingual(
                        (r.date() == null ? "" : Dates.written(r.date(), Language.ZH) + "的") + "服务记录（" + r.recordId() + "，"
                                + r.status().zh() + "）",
                        "the record" + (r.date() == null ? "" : " for " + Dates.written(r.date(), Language.EN)) + " ("
                                + r.recordId() + ", " + r.status().en() + ")"))
                .toList();
    }

    /**
     * The certificate's content, with bodies named as it prints them: the recording unit, each
     * training's provider and each evaluation's evaluator by the name the request gives the body (the
     * id as given when the request names no such organisation), the volunteer's gender and platform by
     * their Chinese labels (男, 志愿郑州; no platform for a volunteer not registered), and the succession
     * one step a line.
     */
    public static CertificateContent certificate(String path, CertificateCase c,
            Collection<?> counted, Collection<?> trainings, Collection<?> commendations, Collection<?> evaluations,
            Organisation issuer, List<ChainLink> chain) {
        Volunteer v = c.volunteer();
        List<CertificateContent.Service> services = counted.stream().map(CountedRecord.class::cast)
                .sorted(Comparator.comparing(CountedRecord::recordId))
                .map(cr -> {
                    RecordCase r = cr.record();
                    return new CertificateContent.Service(r.recordId(), r.activityName(), r.date(), r.place(),
                            r.content(), cr.hours(), r.organiserName(), r.personInCharge());
                }).toList();
        List<CertificateContent.Training> ts = trainings.stream().map(TrainingRecord.class::cast)
                .sorted(Comparator.comparing(TrainingRecord::id))
                .map(t -> new CertificateContent.Training(t.id(), t.name(), t.content(), t.durationHours(),
                        c.organisationName(t.providerId()), t.completedOn())).toList();
        List<CertificateContent.Award> awards = commendations.stream().map(Commendation.class::cast)
                .sorted(Comparator.comparing(Commendation::id))
                .map(a -> new CertificateContent.Award(a.id(), a.title(), a.awardedBy(), a.awardedOn())).toList();
        List<CertificateContent.Rating> ratings = evaluations.stream().map(Evaluation.class::cast)
                .sorted(Comparator.comparing(Evaluation::id))
                .map(e -> new CertificateContent.Rating(e.id(), e.rating(), e.comment(), c.organisationName(e.evaluatorId()), e.evaluatedOn()))
                .toList();
        return new CertificateContent(path,
                new CertificateContent.VolunteerInfo(v.id(), v.name(), v.gender() == null ? null : v.gender().zh(),
                        v.birthDate(), v.idType(), v.idNumber(), v.volunteerNumber(),
                        v.registered() ? v.registrationPlatform().zh() : null, v.phone()),
                c.activityId(), c.activity().name(), c.organisationName(c.recordingUnitId()), services, total(counted), ts, awards, ratings,
                new CertificateContent.Issuer(issuer.id(), issuer.name(), issuer.personInCharge(), issuer.handler(),
                        issuer.contact()),
                Succession.lines(chain, c));
    }

    private static boolean blank(Object o) {
        return o == null || (o instanceof String s && s.isBlank());
    }
}
