package io.volunteerrules.drools.support;

import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.drools.facts.ChainLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Set arithmetic and descriptions for the issuer-succession rules. Which link to follow in which
 * status is decided in certificates.drl, not here.
 */
public final class Succession {

    private Succession() {
    }

    /** The distinct ids of both lists, sorted. */
    public static List<String> union(Collection<String> a, Collection<String> b) {
        TreeSet<String> all = new TreeSet<>();
        a.stream().filter(s -> s != null && !s.isBlank()).forEach(all::add);
        b.stream().filter(s -> s != null && !s.isBlank()).forEach(all::add);
        return new ArrayList<>(all);
    }

    /** {@code "ZZ-2.5, MCA-2015-3"} as a list. */
    public static List<String> clauseList(String clauses) {
        return Arrays.stream(clauses.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The clauses a rule cites, from its {@code @clause} metadata. */
    public static String clausesOf(org.kie.api.runtime.rule.RuleContext kcontext) {
        Object c = kcontext.getRule().getMetaData().get("clause");
        return c == null ? "" : c.toString();
    }

    private static String zhVia(String via, String to) {
        return switch (via) {
            case "MERGED_INTO" -> "并入" + to;
            case "TOOK_OVER_WORK" -> "其工作由" + to + "承接";
            case "SUPERIOR_UNIT" -> "由上级单位(主管部门)" + to + "接续";
            default -> via + " " + to;
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
            String statusZh = io.volunteerrules.core.model.OrganisationStatus.valueOf(l.status()).zh();
            String statusEn = io.volunteerrules.core.model.OrganisationStatus.valueOf(l.status()).en();
            zh.add(l.step() + ". " + l.fromName() + "(" + l.fromId() + ")于" + l.on() + statusZh + "," + zhVia(l.via(), l.toId())
                    + " [" + String.join(", ", l.clauses()) + "]");
            en.add(l.step() + ". " + l.fromName() + " (" + l.fromId() + ") " + statusEn + " on " + l.on() + ", "
                    + enVia(l.via()) + " " + l.toId() + " [" + String.join(", ", l.clauses()) + "]");
        }
        return new Bilingual(String.join(";", zh), String.join("; ", en));
    }

    private static String enVia(String via) {
        return switch (via) {
            case "MERGED_INTO" -> "merged into";
            case "TOOK_OVER_WORK" -> "its work taken over by";
            case "SUPERIOR_UNIT" -> "passing to its superior unit";
            default -> via;
        };
    }

    /** The chain as plain lines for the certificate's succession section. */
    public static List<String> lines(List<ChainLink> chain) {
        return chain.stream().map(l -> l.fromName() + " (" + l.fromId() + ") " + l.status() + " " + l.on() + " → "
                + l.toId() + " [" + String.join(", ", l.clauses()) + "]").toList();
    }
}
