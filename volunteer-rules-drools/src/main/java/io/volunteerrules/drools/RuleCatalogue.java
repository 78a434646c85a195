package io.volunteerrules.drools;

import io.volunteerrules.core.clauses.Clause;
import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.text.MessageTemplate;
import io.volunteerrules.drools.lint.MessageCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rules of a knowledge base with their metadata, checked once when the engine is built: every
 * rule cites at least one clause of the catalogue and has a Chinese and an English message using
 * the same placeholders.
 */
public final class RuleCatalogue {

    private final Map<String, RuleInfo> rules;

    private RuleCatalogue(Map<String, RuleInfo> rules) {
        this.rules = Map.copyOf(rules);
    }

    /**
     * Reads and checks the metadata of every rule in {@code kieBase}.
     *
     * @throws RuleSetException listing every rule whose metadata is missing or wrong
     */
    static RuleCatalogue of(KieBase kieBase, ClauseCatalogue clauses, String origin) {
        Map<String, RuleInfo> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<KiePackage> packages = new ArrayList<>(kieBase.getKiePackages());
        packages.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = read(rule, clauses, problems);
                if (info != null && out.put(info.name(), info) != null) {
                    problems.add("rule \"" + info.name() + "\" is defined twice; rule names must be unique");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(origin, problems);
        }
        return new RuleCatalogue(out);
    }

    private static RuleInfo read(Rule rule, ClauseCatalogue catalogue, List<String> problems) {
        String where = "rule \"" + rule.getName() + "\" (" + rule.getPackageName() + ")";
        Map<String, Object> meta = rule.getMetaData();
        int before = problems.size();
        List<String> clauses = List.of();
        if (text(meta.get("clause")) == null) {
            problems.add(where + " has no @clause(\"…\") naming the clause it implements");
        } else {
            try {
                clauses = clauses(meta.get("clause"));
            } catch (IllegalArgumentException e) {
                problems.add(where + " has a malformed @clause(\"" + text(meta.get("clause")) + "\"): " + e.getMessage());
            }
        }
        for (String c : clauses) {
            if (!catalogue.contains(c)) {
                problems.add(where + " cites clause " + c + ", which is not in the clause catalogue");
            }
        }
        String zh = text(meta.get("zh"));
        String en = text(meta.get("en"));
        if (zh == null) {
            problems.add(where + " has no @zh(\"…\") message");
        }
        if (en == null) {
            problems.add(where + " has no @en(\"…\") message");
        }
        if (problems.size() > before) {
            return null;
        }
        String pkg = rule.getPackageName();
        String area = pkg.substring(pkg.lastIndexOf('.') + 1);
        String nextZh = text(meta.get("nextZh"));
        String nextEn = text(meta.get("nextEn"));
        if ((nextZh == null) != (nextEn == null)) {
            problems.add(where + " has " + (nextZh == null ? "@nextEn but no @nextZh" : "@nextZh but no @nextEn")
                    + ": a next step is written in both languages");
            return null;
        }
        MessageTemplate zhT;
        MessageTemplate enT;
        MessageTemplate nextZhT;
        MessageTemplate nextEnT;
        try {
            zhT = MessageTemplate.of(zh);
            enT = MessageTemplate.of(en);
            nextZhT = nextZh == null ? null : MessageTemplate.of(nextZh);
            nextEnT = nextEn == null ? null : MessageTemplate.of(nextEn);
        } catch (IllegalArgumentException e) {
            problems.add(where + " has a message that does not parse: " + e.getMessage());
            return null;
        }
        if (!zhT.placeholders().equals(enT.placeholders())) {
            problems.add(where + " uses placeholders " + zhT.placeholders() + " in @zh but " + enT.placeholders()
                    + " in @en");
            return null;
        }
        if (nextZhT != null && !nextZhT.placeholders().equals(nextEnT.placeholders())) {
            problems.add(where + " uses placeholders " + nextZhT.placeholders() + " in @nextZh but "
                    + nextEnT.placeholders() + " in @nextEn");
            return null;
        }
        return new RuleInfo(rule.getName(), area, clauses, zhT, enT, nextZhT, nextEnT);
    }

    /**
     * The clause ids of a rule's {@code @clause} metadata. A Drools metadata value is one string, so
     * several ids are written in it separated by commas ({@code @clause("ZZ-2.3, VSR-17")}); they are
     * split here, by {@link Clause#ids(String)}, and held as a list from then on.
     *
     * @throws IllegalArgumentException if the value is absent or empty, or holds an empty or malformed
     *                                  id or one id twice (the message names it)
     */
    static List<String> clauses(Object raw) {
        return Clause.ids(text(raw));
    }

    private static String text(Object raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        // the build-time executable model unescapes \" in metadata values, the run-time one does not
        s = s.replace("\\\"", "\"");
        return s.isBlank() ? null : s;
    }

    /** The rule's metadata, if it exists. */
    public Optional<RuleInfo> find(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /** Every rule by name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** Every rule name. */
    public Set<String> names() {
        return rules.keySet();
    }
}
