package io.volunteerrules.drools.facts;

import java.math.BigDecimal;

/**
 * A service record that counts downstream (certificates, stars, time bank): complete, verified,
 * volunteer service, not a duplicate. Other rule areas should count hours from these facts only.
 */
public record CountedRecord(RecordCase record, BigDecimal hours) {

    public String recordId() {
        return record.recordId();
    }

    public String volunteerId() {
        return record.volunteerId();
    }

    public String activityId() {
        return record.activityId();
    }

    /** The organisation that organised the service (the activity's organiser). */
    public String organiserId() {
        return record.organiserId();
    }

    /** The information system the record is entered in, or null (paper, another system). */
    public io.volunteerrules.core.model.RegistrationPlatform recordedIn() {
        return record.recordedIn();
    }
}
