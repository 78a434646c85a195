package io.volunteerrules.drools;

import io.volunteerrules.drools.lint.Allowlist;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.InvalidPatternException;
import org.drools.base.rule.LogicTransformer;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule bases a rule set answers requests in: the whole one, and one per set of engine-made
 * facts a request brings, without the rules that can never fire for it.
 *
 * <p>A rule whose conditions need a question or case fact (an {@link Allowlist#engineMade engine-made}
 * type) that the request does not bring can never fire: only the engine makes those facts, from the
 * request's questions, and the linter refuses a rule that would make one. Yet in the whole rule base
 * every request's facts still enter that rule's conditions, and resetting a session after a request
 * clears that rule's node memories. So a request that asks only about assignments runs in a rule base
 * of the assignment rules (and the few that need no case fact at all), not in one of all 13 areas.
 * The decisions are the same by construction; a test compares them on every bundled scenario.
 *
 * <p>A rule base is made the first time a request brings its set of engine-made facts (tens of
 * milliseconds, from the rule set's own compiled rules, never recompiled) and kept, with a pool of
 * sessions of its own; the pools share one budget of kept sessions. At most {@value #MAX_KEPT} rule
 * bases are kept; a request whose set of facts would need another runs in the whole rule base.
 * Thread-safe.
 */
final class RuleBases {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBases.class);

    /** How many cut-down rule bases are kept at most, whatever the requests ask. */
    static final int MAX_KEPT = 32;

    /** A rule base with its sessions, and which fact types its rules match. */
    static final class Base {
        private final KieBase kieBase;
        private final SessionPool sessions;
        private final List<ObjectType> matchedTypes;
        private final Map<Class<?>, Boolean> matched = new ConcurrentHashMap<>();

        Base(KieBase kieBase, int maxIdleSessions, AtomicInteger idleSessions) {
            this.kieBase = kieBase;
            this.sessions = new SessionPool(kieBase, maxIdleSessions, idleSessions);
            // an object-type node left with no rule below it (its rules removed) matches nothing
            this.matchedTypes = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                    .filter(n -> n.getObjectSinkPropagator().size() > 0)
                    .map(ObjectTypeNode::getObjectType).toList();
        }

        SessionPool sessions() {
            return sessions;
        }

        /**
         * Whether some rule of this base can match a fact of this class (it has a live object-type
         * node for the class or a type it extends). A fact no rule can match cannot change a decision,
         * so the engine does not insert it.
         */
        boolean matched(Class<?> factClass) {
            Boolean known = matched.get(factClass);
            return known != null ? known
                    : matched.computeIfAbsent(factClass, c -> matchedTypes.stream().anyMatch(t -> t.isAssignableFrom(c)));
        }

        /** How many rules this base holds (for tests). */
        int rules() {
            return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        }

        KieBase kieBase() {
            return kieBase;
        }
    }

    /**
     * One rule's needs: for each of its alternatives (the branches of its {@code or}s), the
     * engine-made types its conditions match directly, each of which the request must bring for that
     * alternative to fire.
     */
    private record Needs(String packageName, String rule, List<List<Class<?>>> alternatives) {

        /** Whether some alternative has every engine-made fact it needs among {@code present}. */
        boolean canFire(List<Class<?>> present) {
            for (List<Class<?>> needed : alternatives) {
                if (needed.stream().allMatch(n -> present.stream().anyMatch(n::isAssignableFrom))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Engine-made types in the order first seen: a request's set of them is a bit mask over this index. */
    private static final List<Class<?>> BY_INDEX = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Each class's bit, or -1 for a class that is not engine-made. */
    private static final ClassValue<Integer> BIT = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            if (!Allowlist.engineMade(type)) {
                return -1;
            }
            // computeValue may run twice for one class; both runs must give it the same bit
            synchronized (BY_INDEX) {
                int bit = BY_INDEX.indexOf(type);
                if (bit < 0) {
                    BY_INDEX.add(type);
                    bit = BY_INDEX.size() - 1;
                }
                return bit;
            }
        }
    };

    private final Base whole;
    private final Supplier<KieBase> fresh;
    private final List<Needs> needs;
    private final int maxIdleSessions;
    private final Map<Long, Base> kept = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    /** The sessions all rule bases keep, within one budget of {@code maxIdleSessions}. */
    private final AtomicInteger idleSessions = new AtomicInteger();
    private final boolean cut;

    /**
     * @param whole           the rule set's whole rule base
     * @param fresh           makes another copy of the whole rule base from the rule set's compiled
     *                        rules (never compiling again), to be cut down
     * @param maxIdleSessions how many sessions all the rule bases keep for reuse, together
     * @param cut             false to answer every request in the whole rule base (for the tests that
     *                        compare the two)
     */
    RuleBases(KieBase whole, Supplier<KieBase> fresh, int maxIdleSessions, boolean cut) {
        this.maxIdleSessions = maxIdleSessions;
        this.whole = new Base(whole, maxIdleSessions, idleSessions);
        this.fresh = fresh;
        this.needs = needs(whole);
        this.cut = cut && fresh != null;
    }

    /**
     * A mask of the engine-made types among these objects' classes, to give {@link #forFacts}: an
     * empty mask when there are none, and -1 (the whole rule base) when they are more than a mask holds.
     */
    static long mask(long mask, Object fact) {
        int bit = BIT.get(fact.getClass());
        if (bit < 0 || mask == -1) {
            return mask;
        }
        return bit >= Long.SIZE ? -1 : mask | (1L << bit);
    }

    /** The rule base for a request that brings the engine-made types of this {@link #mask mask}. */
    Base forFacts(long mask) {
        if (!cut || mask == -1) {
            return whole;
        }
        Base base = kept.get(mask);
        if (base != null) {
            return base;
        }
        if (kept.size() >= MAX_KEPT) {
            return whole;
        }
        return kept.computeIfAbsent(mask, this::make);
    }

    /** The rule bases made so far, each once, the whole one first (for tests). */
    List<Base> all() {
        List<Base> out = new ArrayList<>();
        out.add(whole);
        // a set of facts that every rule can fire with runs in the whole rule base itself
        kept.values().stream().filter(b -> b != whole).distinct().forEach(out::add);
        return out;
    }

    /** How many sessions all rule bases keep for reuse now. */
    int idleSessions() {
        return idleSessions.get();
    }

    private Base make(long mask) {
        List<Class<?>> present = new ArrayList<>();
        for (int i = 0; i < Long.SIZE; i++) {
            if ((mask & (1L << i)) != 0) {
                present.add(BY_INDEX.get(i));
            }
        }
        List<Needs> idle = needs.stream().filter(n -> !n.canFire(present)).toList();
        if (idle.isEmpty()) {
            return whole;
        }
        try {
            KieBase base = fresh.get();
            for (Needs n : idle) {
                base.removeRule(n.packageName(), n.rule());
            }
            return new Base(base, maxIdleSessions, idleSessions);
        } catch (RuntimeException e) {
            // never a wrong answer: the whole rule base gives the same decisions, only slower
            if (failures.getAndIncrement() == 0) {
                LOG.warn("a rule base without the rules a request cannot fire could not be made; such requests"
                        + " run in the whole rule base", e);
            }
            return whole;
        }
    }

    /** Every rule's needs, read from the rule base's own conditions. */
    private static List<Needs> needs(KieBase kieBase) {
        List<Needs> out = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                out.add(new Needs(p.getName(), r.getName(), alternatives((RuleImpl) r)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * For each alternative of the rule's conditions, the engine-made types matched by its top-level
     * patterns over the session's facts ({@code not}, {@code exists}, {@code forall}, {@code from} and
     * {@code accumulate} sources need nothing: they can hold without such a fact).
     */
    private static List<List<Class<?>>> alternatives(RuleImpl rule) {
        GroupElement[] branches;
        try {
            branches = rule.getTransformedLhs(LogicTransformer.getInstance(), new HashMap<>());
        } catch (InvalidPatternException e) {
            // cannot be read: the rule is taken to need nothing, so it stays in every rule base
            return List.of(List.of());
        }
        List<List<Class<?>>> out = new ArrayList<>();
        for (GroupElement branch : branches) {
            List<Class<?>> needed = new ArrayList<>();
            if (branch.isAnd()) {
                for (RuleConditionElement c : branch.getChildren()) {
                    if (c instanceof Pattern p && p.getSource() == null
                            && p.getObjectType() instanceof ClassObjectType t && Allowlist.engineMade(t.getClassType())) {
                        needed.add(t.getClassType());
                    }
                }
            }
            out.add(List.copyOf(needed));
        }
        return List.copyOf(out);
    }
}
