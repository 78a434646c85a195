package io.volunteerrules.spring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.volunteerrules.core.request.Question;
import java.util.HashMap;
import java.util.Map;

/** The {@code type} a question has in JSON ({@code assignment}, {@code certificate}, …), for tags. */
final class QuestionTypes {

    private static final Map<Class<?>, String> NAMES = names();

    private QuestionTypes() {
    }

    static String of(Question question) {
        return NAMES.getOrDefault(question.getClass(), question.getClass().getSimpleName());
    }

    private static Map<Class<?>, String> names() {
        Map<Class<?>, String> names = new HashMap<>();
        for (JsonSubTypes.Type t : Question.class.getAnnotation(JsonSubTypes.class).value()) {
            names.put(t.value(), t.name());
        }
        return Map.copyOf(names);
    }
}
