package io.volunteerrules.core.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a service-record certificate says (ZZ-2.5, MCA-CERT-15, MCA-2015-2): the volunteer's basic
 * information, the verified service it certifies, training, commendations and evaluations, and the
 * issuer's details. The certificate rules derive it in an allowed decision's
 * {@code values.certificate}; the register gives it a number and a verification code. There is no
 * fee in it: certificates are free (VSR-19, HN-17, MCA-CERT-14).
 *
 * @param path          {@code A}: registered volunteer prints it from the platform and the organiser
 *                      verifies and seals it; {@code B}: the organiser verifies and issues it
 * @param volunteer     basic information (MCA-CERT-5, MCA-2015-2)
 * @param activityId    the activity it covers
 * @param activityName  its name
 * @param recordingUnit the body that organised and recorded the activity (谁记录谁证明)
 * @param services      the verified, counted service records (MCA-CERT-7)
 * @param totalHours    the hours they count, travel excluded unless the parameter says otherwise
 * @param trainings     verified, complete training records (MCA-CERT-8)
 * @param commendations commendations and incentives
 * @param evaluations   evaluations of this activity's service
 * @param issuer        the body that issues and seals it, and its people
 * @param succession    how the issuer was found when the recording unit is gone, one line a step
 */
public record CertificateContent(
        String path,
        VolunteerInfo volunteer,
        String activityId,
        String activityName,
        String recordingUnit,
        List<Service> services,
        BigDecimal totalHours,
        List<Training> trainings,
        List<Award> commendations,
        List<Rating> evaluations,
        Issuer issuer,
        List<String> succession) {

    public CertificateContent {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(volunteer, "volunteer must not be null");
        Objects.requireNonNull(issuer, "issuer must not be null");
        services = services == null ? List.of() : List.copyOf(services);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
        commendations = commendations == null ? List.of() : List.copyOf(commendations);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        succession = succession == null ? List.of() : List.copyOf(succession);
    }

    /**
     * Identity: name, ID type and number, volunteer number, platform, written as the certificate prints
     * them (in Chinese, like the names and the succession).
     *
     * @param id                   the volunteer's id in the request (not printed; it links the register's entry)
     * @param gender               the gender's label as printed (男, 女); null when the request gives none
     * @param registrationPlatform the platform's name as printed (志愿郑州, 全国志愿服务信息系统); null for a
     *                             volunteer not registered on either
     * @param contact              the volunteer's phone number
     */
    public record VolunteerInfo(String id, String name, String gender, LocalDate birthDate, String idType,
            String idNumber, String volunteerNumber, String registrationPlatform, String contact) {
    }

    /** One service record: activity name, date, place, content, hours, organising unit, person in charge. */
    public record Service(String recordId, String activityName, LocalDate date, String place, String content,
            BigDecimal hours, String organisingUnit, String personInCharge) {
    }

    /** One training: name, content, duration, provider, date. */
    public record Training(String id, String name, String content, BigDecimal durationHours, String provider,
            LocalDate completedOn) {
    }

    /** One commendation. */
    public record Award(String id, String title, String awardedBy, LocalDate awardedOn) {
    }

    /** One evaluation. */
    public record Rating(String id, String rating, String comment, String evaluator, LocalDate evaluatedOn) {
    }

    /** The issuer's details printed on the certificate (MCA-2015-2). */
    public record Issuer(String id, String name, String personInCharge, String handler, String contact) {
    }
}
