package io.volunteerrules.drools.internal.facts;

import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.TrainingTier;

/**
 * Derived by the training rules: training an assignment needs, in a field and at least at a tier.
 *
 * @param because {@code PROFESSIONAL_FIELD} (ZZ-2.2) or {@code TASK_REQUIREMENT} (VSR-16)
 */
public record TrainingRequirement(String subject, ServiceField field, TrainingTier minimumTier, String because) {
}
