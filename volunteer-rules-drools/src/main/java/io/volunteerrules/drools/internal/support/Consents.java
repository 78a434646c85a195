package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.ConsentBy;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.Volunteer;

/**
 * Consent to processing a health declaration, which is sensitive personal information (PIPL-28): the
 * volunteer's separate consent (PIPL-29), or for a child under the guardian-consent age on the day of
 * the declaration, a parent's or other guardian's (PIPL-31). The age on that day is counted as every
 * age is ({@link Ages}): with {@code capacity.age-reached-day-after-birthday} on, a child is still 13 on
 * the 14th birthday (民法典 arts 201–202), so a declaration made that day needs the guardian's consent.
 */
public final class Consents {

    private Consents() {
    }

    /**
     * Whether the volunteer was under {@code guardianBelowAge} on the day of the declaration.
     *
     * @param fromDayAfterBirthday whether a year of age is complete only from the day after the birthday
     */
    public static boolean guardianNeeded(HealthDeclaration declaration, Volunteer volunteer, int guardianBelowAge,
            boolean fromDayAfterBirthday) {
        return Ages.completedYears(volunteer.birthDate(), declaration.declaredOn(), fromDayAfterBirthday) < guardianBelowAge;
    }

    /** The consent the declaration needs: a guardian's for a child under the age, the volunteer's otherwise. */
    public static ConsentBy needed(HealthDeclaration declaration, Volunteer volunteer, int guardianBelowAge,
            boolean fromDayAfterBirthday) {
        return guardianNeeded(declaration, volunteer, guardianBelowAge, fromDayAfterBirthday) ? ConsentBy.GUARDIAN : ConsentBy.VOLUNTEER;
    }

    /**
     * Whether the declaration may be used to decide: always where separate consent is not required
     * (before the law that requires it), otherwise only with the consent it needs.
     */
    public static boolean usable(HealthDeclaration declaration, Volunteer volunteer, boolean consentRequired,
            int guardianBelowAge, boolean fromDayAfterBirthday) {
        return !consentRequired
                || declaration.separateConsentBy() == needed(declaration, volunteer, guardianBelowAge, fromDayAfterBirthday);
    }
}
