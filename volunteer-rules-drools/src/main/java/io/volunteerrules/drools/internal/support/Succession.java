package io.volunteerrules.drools.internal.support;

import io.volunteerrules.core.model.OrganisationStatus;
import io.volunteerrules.core.text.Bilingual;
import io.volunteerrules.core.text.Dates;
import io.volunteerrules.core.text.Labelled;
import io.volunteerrules.core.text.Language;
import io.volunteerrules.drools.RuleInfo;
import io.volunteerrules.drools.internal.facts.CertificateCase;
import io.volunteerrules.drools.internal.facts.ChainLink;
import io.volunteerrules.drools.internal.facts.IssuerStep;
import io.volunteerrules.drools.internal.facts.OrganisationState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Descriptions of the issuer-succession walk, in words and with the bodies' names (金水区青年志愿者协会于
 * 2025年3月1日并入郑州市青年志愿者协会 / 金水区青年志愿者协会 merged into 郑州市青年志愿者协会 on 1 March 2025).
 * Which link to follow in which status, and who continues a body's work, is decided in
 * certificates.drl, not here.
 */
public final class Succession {

    private Succession() {
    }

    /** The clause ids a rule cites, from its {@code @clause} metadata, read as the engine reads them. */
    public static List<String> clausesOf(RuleContext kcontext) {
        return RuleInfo.clauseIds(kcontext.getRule().getMetaData().get("clause"));
    }

    /** The ids, distinct and sorted. */
    public static List<String> sorted(Collection<?> ids) {
        return ids.stream().map(String::valueOf).distinct().sorted().toList();
    }

    /** The bodies of several ids by name, distinct and in the order of their ids, for messages. */
    public static List<Labelled> names(Collection<?> ids, CertificateCase c) {
        return sorted(ids).stream().map(c::organisation).toList();
    }

    /**
     * What happened to a body that can no longer issue, with its day: 于2026年5月10日解散 / dissolved on
     * 10 May 2026.
     */
    public static Labelled event(OrganisationState o) {
        return event(o.status(), o.statusChangedOn());
    }

    private static Bilingual event(OrganisationStatus status, LocalDate on) {
        String zhOn = on == null ? "" : "于" + Dates.written(on, Language.ZH);
        String enOn = on == null ? "" : " on " + Dates.written(on, Language.EN);
        return switch (status) {
            case MERGED -> new Bilingual(zhOn + "合并", "merged" + enOn);
            case SPLIT -> new Bilingual(zhOn + "分立", "split" + enOn);
            case DISSOLVED -> new Bilingual(zhOn + "解散", "dissolved" + enOn);
            case UNABLE_TO_ISSUE -> new Bilingual((on == null ? "" : "自" + Dates.written(on, Language.ZH) + "起")
                    + "因其他原因无法出具证明", "became unable to issue for another reason" + enOn);
            case ACTIVE -> new Bilingual("存续", "is active");
        };
    }

    /** The bodies a walk passed through, and the one it stands at, by name in order. */
    public static List<Labelled> path(IssuerStep step, CertificateCase c) {
        List<Labelled> path = new ArrayList<>();
        step.chain().forEach(l -> path.add(new Bilingual(l.fromName(), l.fromName())));
        path.add(c.organisation(step.orgId()));
        return path;
    }

    /** The bodies a walk passed through before the one it stands at, by name in order. */
    public static List<Labelled> passed(IssuerStep step) {
        return step.chain().stream().map(l -> (Labelled) new Bilingual(l.fromName(), l.fromName())).toList();
    }

    /** One step as a sentence, without its number or clauses. */
    private static Bilingual step(ChainLink l, CertificateCase c) {
        Labelled to = c.organisation(l.toId());
        Bilingual event = event(l.status(), l.on());
        return switch (l.via()) {
            case MERGED_INTO -> new Bilingual(
                    l.fromName() + (l.on() == null ? "" : "于" + Dates.written(l.on(), Language.ZH)) + "并入" + to.zh(),
                    l.fromName() + " merged into " + to.en() + (l.on() == null ? "" : " on " + Dates.written(l.on(), Language.EN)));
            case TOOK_OVER_WORK -> new Bilingual(l.fromName() + event.zh() + "，其工作由" + to.zh() + "承接",
                    l.fromName() + " " + event.en() + ", and " + to.en() + " took over its work");
            case SUPERIOR_UNIT -> new Bilingual(l.fromName() + event.zh() + "，由其上级单位（主管部门）" + to.zh() + "接续",
                    l.fromName() + " " + event.en() + ", and its superior unit (competent department), " + to.en()
                            + ", took its place");
        };
    }

    /**
     * The chain walked, step by step with dates and the clauses each step follows: 第1步，金水区青年志愿者协会于
     * 2025年3月1日并入郑州市青年志愿者协会（ZZ-2.5、MCA-2015-3）；第2步，… / step 1: 金水区青年志愿者协会 merged
     * into 郑州市青年志愿者协会 on 1 March 2025 (ZZ-2.5, MCA-2015-3); step 2: …; or null when there was no
     * succession, so that a message leaves it out.
     */
    public static Labelled chain(List<ChainLink> chain, CertificateCase c) {
        if (chain.isEmpty()) {
            return null;
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (ChainLink l : chain) {
            Bilingual s = step(l, c);
            zh.add("第" + l.step() + "步，" + s.zh() + "（" + String.join("、", l.clauses()) + "）");
            en.add("step " + l.step() + ": " + s.en() + " (" + String.join(", ", l.clauses()) + ")");
        }
        return new Bilingual(String.join("；", zh), String.join("; ", en));
    }

    /**
     * The chain as the certificate's succession section prints it, one step a line in Chinese with the
     * clauses it follows (金水区青年志愿者协会于2025年3月1日并入郑州市青年志愿者协会（ZZ-2.5、MCA-2015-3）).
     */
    public static List<String> lines(List<ChainLink> chain, CertificateCase c) {
        return chain.stream().map(l -> step(l, c).zh() + "（" + String.join("、", l.clauses()) + "）").toList();
    }
}
