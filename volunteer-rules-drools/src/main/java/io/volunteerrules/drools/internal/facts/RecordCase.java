package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.RecordStatus;
import io.volunteerrules.core.model.ServiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One service record with its activity resolved (lookups only): a field the record leaves empty is
 * taken from the activity it names. Recording is measured (MCA-CERT-11) from the activity's last day;
 * for a standing programme, whose services each have their own date, from the record's own date
 * (never the programme's start or end); for a record naming no activity, from its own date. One per
 * record of the request, whatever the questions, so that every rule downstream sees which records
 * count.
 *
 * @param recordingFrom the day the recording window runs from, or null when it cannot be known
 */
@EngineMade
public record RecordCase(
        ServiceRecord record,
        Activity activity,
        String activityName,
        LocalDate date,
        String place,
        String content,
        String organiserId,
        String organiserName,
        String personInCharge,
        LocalDate recordingFrom) {

    /** Resolves a record against its activity (may be null) and that activity's organiser (may be null). */
    public static RecordCase of(ServiceRecord r, Activity a, Organisation organiser) {
        String organiserId = first(r.organiserId(), a == null ? null : a.organiserId());
        boolean standing = a != null && a.standing();
        // a standing programme's service has its own date: it is not the programme's first day
        LocalDate date = r.date() != null ? r.date() : a == null || standing ? null : a.startDate();
        LocalDate from = a != null && !standing ? a.endDate() : r.date();
        return new RecordCase(r, a,
                first(r.activityName(), a == null ? null : a.name()),
                date,
                first(r.place(), a == null ? null : a.place()),
                first(r.content(), a == null ? null : a.content()),
                organiserId,
                organiser != null ? organiser.name() : organiserId,
                first(r.personInCharge(), a == null ? null : a.personInCharge()),
                from);
    }

    private static String first(String own, String fallback) {
        return own != null && !own.isBlank() ? own : fallback != null && !fallback.isBlank() ? fallback : null;
    }

    /** The subject of the question about this record, {@code service-record:<id>}: its findings go there. */
    public String subject() {
        return io.volunteerrules.core.request.ServiceRecordQuestion.TYPE + ":" + record.id();
    }

    /**
     * What the recording window runs from, in words for messages, with its day: 活动结束日（2026年4月30日）
     * / the activity ended on 30 April 2026, or for a standing programme's service or a record naming no
     * activity, 该次服务日（2026年3月5日） / the service was given on 5 March 2026.
     */
    public io.volunteerrules.core.text.Bilingual measuredFrom() {
        String zhDay = io.volunteerrules.core.text.Dates.written(recordingFrom, io.volunteerrules.core.text.Language.ZH);
        String enDay = io.volunteerrules.core.text.Dates.written(recordingFrom, io.volunteerrules.core.text.Language.EN);
        return activity != null && !activity.standing()
                ? new io.volunteerrules.core.text.Bilingual("活动结束日（" + zhDay + "）", "the activity ended on " + enDay)
                : new io.volunteerrules.core.text.Bilingual("该次服务日（" + zhDay + "）", "the service was given on " + enDay);
    }

    public String recordId() {
        return record.id();
    }

    public String volunteerId() {
        return record.volunteerId();
    }

    /** The activity's id: the record's, or {@code null}. */
    public String activityId() {
        return record.activityId();
    }

    public BigDecimal hours() {
        return record.hours();
    }

    /** Travel time given with the record; zero when absent. */
    public BigDecimal travelHours() {
        return record.travelHours() == null ? BigDecimal.ZERO : record.travelHours();
    }

    /** The information system the record is entered in, or null (paper, another system). */
    public io.volunteerrules.core.model.RegistrationPlatform recordedIn() {
        return record.recordedIn();
    }

    public RecordStatus status() {
        return record.status();
    }

    public LocalDate recordedOn() {
        return record.recordedOn();
    }

    /** The value of a field named as in MCA-CERT-7 (see records.required-fields), or null when empty. */
    public Object field(String name) {
        return switch (name) {
            case "activityName" -> activityName;
            case "date" -> date;
            case "place" -> place;
            case "content" -> content;
            case "hours" -> hours();
            case "organiserId" -> organiserId;
            case "personInCharge" -> personInCharge;
            case "recordedOn" -> record.recordedOn();
            default -> throw new IllegalArgumentException("records.required-fields names an unknown field \"" + name
                    + "\"; known: activityName, date, place, content, hours, organiserId, personInCharge, recordedOn");
        };
    }
}
