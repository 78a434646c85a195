package io.volunteerrules.core.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date field of a request: an ISO date string ({@code "2026-05-01"}) and nothing else, with any
 * mapper. Jackson's strict ("not lenient") date handling refuses a number ({@code 20260428} would
 * otherwise be read as an epoch day, year 57441) and a date-time ({@code "2026-04-27T16:30:00Z"}
 * would otherwise become the UTC date). The four-digit year is checked by
 * {@link VolunteerRulesJacksonModule} and by request validation.
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE)
public @interface IsoDate {
}
