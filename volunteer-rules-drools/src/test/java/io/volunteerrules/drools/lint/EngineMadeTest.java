package io.volunteerrules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.volunteerrules.core.request.Question;
import io.volunteerrules.drools.internal.facts.EngineMade;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine runs a request without the rules that need a question or case fact it does not bring.
 * That is sound only if no rule can make such a fact: the linter refuses {@code new} and static
 * members of those types (the hostile corpus holds the cases), and these tests hold the types
 * themselves to it.
 */
class EngineMadeTest {

    private final Allowlist allowlist = Allowlist.standard();

    private List<Class<?>> ownTypes() {
        return allowlist.ownTypes().stream().<Class<?>>map(n -> Allowlist.type(n).orElseThrow()).toList();
    }

    @Test
    void engine_made_types_are_records_so_no_rule_set_can_declare_one() {
        List<Class<?>> engineMade = ownTypes().stream().filter(Allowlist::engineMade).toList();
        assertThat(engineMade).hasSizeGreaterThan(20)
                .contains(io.volunteerrules.drools.internal.facts.RecordCase.class,
                        io.volunteerrules.core.request.AssignmentQuestion.class)
                .allSatisfy(c -> assertThat(c.isRecord() || c == Question.class).as(c.getName()).isTrue());
        assertThat(Question.class.isSealed()).isTrue();
        assertThat(Arrays.stream(Question.class.getPermittedSubclasses())).allMatch(Class::isRecord);
    }

    @Test
    void the_case_facts_the_engine_makes_are_marked_engine_made() {
        // every case fact of the facts package that a question resolves into (named *Case, or a subject)
        List<String> unmarked = ownTypes().stream()
                .filter(c -> c.getPackageName().endsWith(".internal.facts"))
                .filter(c -> c.getSimpleName().endsWith("Case") || c.getSimpleName().equals("VolunteerSubject")
                        || c.getSimpleName().equals("OrganisationState"))
                .filter(c -> !c.isAnnotationPresent(EngineMade.class)).map(Class::getName).toList();
        assertThat(unmarked).isEmpty();
    }

    /**
     * A rule could still get a new engine-made fact from a method of some other type that makes one.
     * Only two kinds of method may hand one out: a static factory of the type itself (the linter
     * refuses any static member of it) and a record's accessor (which hands back what the record was
     * made with, so a fact the session already holds).
     */
    @Test
    void no_method_a_rule_may_call_makes_an_engine_made_fact() {
        List<String> makers = new ArrayList<>();
        for (Class<?> c : ownTypes()) {
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == Object.class || !mentionsEngineMade(m.getGenericReturnType())) {
                    continue;
                }
                boolean ownFactory = Modifier.isStatic(m.getModifiers()) && Allowlist.engineMade(m.getDeclaringClass());
                if (!ownFactory && !isAccessor(m)) {
                    makers.add(c.getName() + "." + m.getName());
                }
            }
        }
        assertThat(makers).isEmpty();
    }

    private static boolean isAccessor(Method m) {
        Class<?> c = m.getDeclaringClass();
        return c.isRecord() && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                && Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).anyMatch(m.getName()::equals);
    }

    private static boolean mentionsEngineMade(Type t) {
        if (t instanceof Class<?> c) {
            return c.isArray() ? mentionsEngineMade(c.getComponentType()) : Allowlist.engineMade(c);
        }
        if (t instanceof ParameterizedType p) {
            return mentionsEngineMade(p.getRawType())
                    || Arrays.stream(p.getActualTypeArguments()).anyMatch(EngineMadeTest::mentionsEngineMade);
        }
        if (t instanceof WildcardType w) {
            return Arrays.stream(w.getUpperBounds()).anyMatch(EngineMadeTest::mentionsEngineMade);
        }
        if (t instanceof GenericArrayType a) {
            return mentionsEngineMade(a.getGenericComponentType());
        }
        return false;
    }
}
