package io.volunteerrules.drools;

import io.volunteerrules.core.text.MessageTemplate;
import java.util.List;

/**
 * What a rule says about itself through its metadata.
 *
 * @param name    the rule's name, unique in the rule set
 * @param area    the rule area (its DRL package's last segment, e.g. {@code insurance})
 * @param clauses the clause ids of {@code @clause("ZZ-2.3, VSR-17")}, in order
 * @param zh      the Chinese message of {@code @zh(...)}
 * @param en      the English message of {@code @en(...)}
 * @param nextZh  what would change the answer, in Chinese ({@code @nextZh(...)}); null if the rule gives none
 * @param nextEn  what would change the answer, in English ({@code @nextEn(...)}); null if the rule gives none
 */
public record RuleInfo(String name, String area, List<String> clauses, MessageTemplate zh, MessageTemplate en,
                       MessageTemplate nextZh, MessageTemplate nextEn) {

    public RuleInfo {
        clauses = List.copyOf(clauses);
    }

    /**
     * The clause ids of a rule's {@code @clause} metadata value as the engine reads them (the ids
     * between the commas, trimmed, in order; {@link io.volunteerrules.core.clauses.Clause#ids(String)}),
     * so that a rule passing its clauses on reads them the same. The engine refuses a rule set whose
     * {@code @clause} is malformed when it is built, so for a rule of a built engine this never fails.
     *
     * @throws IllegalArgumentException if the value is absent, or holds an empty or malformed id
     */
    public static List<String> clauseIds(Object clauseMetadata) {
        return RuleCatalogue.clauses(clauseMetadata);
    }
}
