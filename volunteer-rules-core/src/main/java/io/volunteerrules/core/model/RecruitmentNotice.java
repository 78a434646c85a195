package io.volunteerrules.core.model;

import io.volunteerrules.core.json.FalseWhenAbsent;
import io.volunteerrules.core.json.IsoDate;
import io.volunteerrules.core.json.StrictFields;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A volunteer recruitment notice (招募信息) an organisation wants to publish (ZZ-2.1, VSR-12, HN-18).
 *
 * @param organisationId            the recruiting body
 * @param activityId                the activity it recruits for, if any
 * @param mode                      regular or emergency recruitment
 * @param channel                   online or offline
 * @param platform                  where an online notice is published; ignored offline
 * @param platformName              name of the platform when {@code platform} (or one of
 *                                  {@code otherPlatforms}) is {@code OTHER}
 * @param otherPlatforms            further platforms the same notice is published on: ZZ-2.1's 依托 does
 *                                  not make the two platforms it names exclusive; absent means none
 * @param demand                    the need the recruitment serves (以需求为导向); blank when not stated
 * @param risks                     the risks of the service as disclosed to applicants (VSR-12); blank
 *                                  when not stated ("no particular risk" is a statement)
 * @param emergencyCommand          the government emergency command an emergency recruitment works
 *                                  under, where the notice names one (VSR-24, HN-31 bind the service
 *                                  responding to an emergency to that command; no text requires the
 *                                  notice to name it)
 * @param largeEvent                recruits for a large event (大型活动, HN-30)
 * @param commissionedById          the body that commissioned the recruiting organisation to run the
 *                                  event's volunteer service, where one did (HN-30)
 * @param specialAgreementSignedOn  the day the special volunteer-service agreement was signed (HN-30);
 *                                  HN-30 sets no time for it
 * @param opensOn                   the day recruitment opens
 */
public record RecruitmentNotice(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank @Ref(Organisation.class) String organisationId,
        @Ref(Activity.class) String activityId,
        @NotNull RecruitmentMode mode,
        @NotNull RecruitmentChannel channel,
        PublicationPlatform platform,
        String platformName,
        List<@NotNull PublicationPlatform> otherPlatforms,
        String demand,
        String risks,
        String emergencyCommand,
        @FalseWhenAbsent boolean largeEvent,
        @Ref(Organisation.class) String commissionedById,
        @IsoDate LocalDate specialAgreementSignedOn,
        @NotNull @IsoDate LocalDate opensOn) implements StrictFields {

    public RecruitmentNotice {
        otherPlatforms = Copies.list(otherPlatforms);
    }

    /** Every platform the notice names, its main one first, each once. */
    public List<PublicationPlatform> platforms() {
        List<PublicationPlatform> all = new ArrayList<>();
        if (platform != null) {
            all.add(platform);
        }
        otherPlatforms.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    /** The platforms the notice names that are among {@code accepted} (platform names), in the notice's order. */
    public List<PublicationPlatform> platformsAmong(List<String> accepted) {
        return platforms().stream().filter(p -> accepted.contains(p.name())).toList();
    }

    /** Every platform the notice names, for messages: {@code OTHER} by its name where one is given. */
    public List<Labelled> platformLabels() {
        List<Labelled> labels = new ArrayList<>();
        for (PublicationPlatform p : platforms()) {
            labels.add(label(p));
        }
        return labels.isEmpty() ? List.of(platformLabel()) : labels;
    }

    private Labelled label(PublicationPlatform p) {
        if (p == PublicationPlatform.OTHER && platformName != null && !platformName.isBlank()) {
            return new Bilingual(platformName, platformName);
        }
        return p;
    }

    /** Whether the notice states the demand it serves. */
    public boolean statesDemand() {
        return demand != null && !demand.isBlank();
    }

    /** Whether the notice discloses the risks of the service. */
    public boolean disclosesRisks() {
        return risks != null && !risks.isBlank();
    }

    /** Whether the notice names the emergency command it works under. */
    public boolean namesEmergencyCommand() {
        return emergencyCommand != null && !emergencyCommand.isBlank();
    }

    /** Whether the recruiting organisation runs the event on another body's commission. */
    public boolean commissioned() {
        return commissionedById != null && !commissionedById.isBlank();
    }

    /** The platform's name for messages in both languages: the one named for {@code OTHER}. */
    public Labelled platformLabel() {
        if (platform == PublicationPlatform.OTHER && platformName != null && !platformName.isBlank()) {
            return new Bilingual(platformName, platformName);
        }
        return platform != null ? platform : new Bilingual("未指明的平台", "no named platform");
    }
}
