package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.ConsentBy;
import io.volunteerrules.core.model.HealthDeclaration;
import io.volunteerrules.core.model.Volunteer;
import java.time.Period;

/**
 * Consent to processing a health declaration, which is sensitive personal information (PIPL-28): the
 * volunteer's separate consent (PIPL-29), or for a child under the guardian-consent age on the day of
 * the declaration, a parent's or other guardian's (PIPL-31).
 */
public final class Consents {

    private Consents() {
    }

    /** Whether the volunteer was under {@code guardianBelowAge} on the day of the declaration. */
    public static boolean guardianNeeded(HealthDeclaration declaration, Volunteer volunteer, int guardianBelowAge) {
        return Period.between(volunteer.birthDate(), declaration.declaredOn()).getYears() < guardianBelowAge;
    }

    /** The consent the declaration needs: a guardian's for a child under the age, the volunteer's otherwise. */
    public static ConsentBy needed(HealthDeclaration declaration, Volunteer volunteer, int guardianBelowAge) {
        return guardianNeeded(declaration, volunteer, guardianBelowAge) ? ConsentBy.GUARDIAN : ConsentBy.VOLUNTEER;
    }

    /**
     * Whether the declaration may be used to decide: always where separate consent is not required
     * (before the law that requires it), otherwise only with the consent it needs.
     */
    public static boolean usable(HealthDeclaration declaration, Volunteer volunteer, boolean consentRequired,
            int guardianBelowAge) {
        return !consentRequired || declaration.separateConsentBy() == needed(declaration, volunteer, guardianBelowAge);
    }
}
