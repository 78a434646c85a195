package io.volunteerrules.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that holds the id of another fact of the same request, naming that
 * fact's type: {@code @Ref(Volunteer.class) String volunteerId}. The request validator checks every
 * such id, on facts and on questions alike, in one place ({@code unknown volunteer "V9"} at
 * {@code assignments[1].volunteerId}); a blank id is left to the component's own constraints
 * ({@code @NotBlank}). The referenced type must be the element type of one of the request's fact
 * lists and have an {@code id} component.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Ref {

    /** The type of fact the id names. */
    Class<? extends Record> value();
}
