package io.volunteerrules.core.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A yes/no field of a request: absent or {@code null} reads as {@code false}, with any mapper —
 * including Jackson 3, whose {@code FAIL_ON_NULL_FOR_PRIMITIVES} is on by default and would
 * otherwise refuse the README's own example ("Cannot map `null` into type `boolean`").
 */
@Target({ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSetter(nulls = Nulls.AS_EMPTY)
public @interface FalseWhenAbsent {
}
