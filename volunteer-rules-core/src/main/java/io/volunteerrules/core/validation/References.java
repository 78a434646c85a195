package io.volunteerrules.core.validation;

import io.volunteerrules.core.model.Ref;
import io.volunteerrules.core.request.FactList;
import io.volunteerrules.core.request.Question;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one walker of references between the facts of a request: every record component marked
 * {@link Ref @Ref(Type.class)}, on a fact or on a question, must hold the id of a fact of that type
 * in the request. What each class declares is read once per class.
 */
final class References {

    /** One declared reference: the component, how to read it, and what it must name. */
    private record Link(String component, Function<Object, Object> accessor, Class<?> target, String noun) {
    }

    private static final ClassValue<List<Link>> LINKS = new ClassValue<>() {
        @Override
        protected List<Link> computeValue(Class<?> type) {
            return links(type);
        }
    };

    private References() {
    }

    /**
     * Reports every reference of {@code fact} (at path {@code list[index]}) that names no fact of its
     * type. A blank reference is left to the component's own constraints. The path is written only
     * for a reference that fails: most facts have none.
     */
    static void check(String list, int index, Object fact, Map<Class<?>, Map<String, Integer>> ids, List<Violation> out) {
        List<Link> links = LINKS.get(fact.getClass());
        for (int i = 0, n = links.size(); i < n; i++) {
            Link link = links.get(i);
            String id = (String) link.accessor().apply(fact);
            if (!RequestValidator.blank(id) && !ids.get(link.target()).containsKey(id)) {
                out.add(new Violation(list + "[" + index + "]." + link.component(), "unknown " + link.noun() + " \"" + id + "\""));
            }
        }
    }

    /**
     * Reads the references of every fact type and question kind, so that a reference to a type that
     * is no fact list of a request is an error when the validator is built, not a missed check.
     *
     * @throws IllegalStateException naming the component and the type it names
     */
    static void checkDeclarations() {
        FactList.all().forEach(list -> LINKS.get(list.type()));
        for (Class<?> kind : Question.class.getPermittedSubclasses()) {
            LINKS.get(kind);
        }
    }

    private static List<Link> links(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        List<Link> out = new ArrayList<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            Ref ref = rc.getAnnotation(Ref.class);
            if (ref == null) {
                continue;
            }
            String where = type.getSimpleName() + "." + rc.getName();
            if (rc.getType() != String.class) {
                throw new IllegalStateException(where + " is marked @Ref but is not a String id");
            }
            FactList target = FactList.of(ref.value()).filter(FactList::hasIds).orElseThrow(() -> new IllegalStateException(
                    where + " refers to " + ref.value().getSimpleName() + ", which is no fact list of a request with ids"));
            out.add(new Link(rc.getName(), Accessors.of(rc), target.type(), target.noun()));
        }
        return List.copyOf(out);
    }
}
