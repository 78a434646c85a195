package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.drools.RuleInfo;
import io.volunteerrules.drools.internal.facts.ChainLink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Descriptions of the issuer-succession walk. Which link to follow in which status, and who continues
 * a body's work, is decided in certificates.drl, not here.
 */
public final class Succession {

    private Succession() {
    }

    /** The clause ids a rule cites, from its {@code @clause} metadata, read as the engine reads them. */
    public static List<String> clausesOf(RuleContext kcontext) {
        return RuleInfo.clauseIds(kcontext.getRule().getMetaData().get("clause"));
    }

    /** The ids, distinct and sorted, for messages. */
    public static List<String> sorted(Collection<?> ids) {
        return ids.stream().map(String::valueOf).distinct().sorted().toList();
    }

    private static String zhVia(ChainLink l) {
        return switch (l.via()) {
            case MERGED_INTO -> "并入" + l.toId();
            case TOOK_OVER_WORK -> "其工作由" + l.toId() + "承接";
            case SUPERIOR_UNIT -> "由上级单位(主管部门)" + l.toId() + "接续";
        };
    }

    private static String enVia(ChainLink l) {
        return switch (l.via()) {
            case MERGED_INTO -> "merged into " + l.toId();
            case TOOK_OVER_WORK -> "its work taken over by " + l.toId();
            case SUPERIOR_UNIT -> "passing to its superior unit " + l.toId();
        };
    }

    /** The chain walked, one step a line, with dates and clause ids. */
    public static Labelled chain(List<ChainLink> chain) {
        if (chain.isEmpty()) {
            return new Bilingual("(无需接续)", "(no succession)");
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (ChainLink l : chain) {
            zh.add(l.step() + ". " + l.fromName() + "(" + l.fromId() + ")于" + l.on() + l.status().zh() + "," + zhVia(l)
                    + " [" + String.join(", ", l.clauses()) + "]");
            en.add(l.step() + ". " + l.fromName() + " (" + l.fromId() + ") " + l.status().en() + " on " + l.on() + ", "
                    + enVia(l) + " [" + String.join(", ", l.clauses()) + "]");
        }
        return new Bilingual(String.join(";", zh), String.join("; ", en));
    }

    /** The chain as plain lines for the certificate's succession section. */
    public static List<String> lines(List<ChainLink> chain) {
        return chain.stream().map(l -> l.fromName() + " (" + l.fromId() + ") " + l.status() + " " + l.on() + " → "
                + l.toId() + " [" + String.join(", ", l.clauses()) + "]").toList();
    }
}
