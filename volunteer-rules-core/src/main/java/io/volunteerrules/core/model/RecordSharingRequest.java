package io.volunteerrules.core.model;

import io.volunteerrules.core.json.StrictFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A request to share a volunteer's service record with a credit platform or an employer (VSR-20,
 * HN-39).
 */
public record RecordSharingRequest(
        @NotBlank String id,
        @NotBlank @Ref(Volunteer.class) String volunteerId,
        @NotNull RecipientKind recipientKind,
        String recipientName) implements StrictFields {
}
