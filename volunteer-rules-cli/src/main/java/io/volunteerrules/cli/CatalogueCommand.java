package io.volunteerrules.cli;

import io.volunteerrules.core.clauses.Clause;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterRow;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.scenario.Expectation;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioLoader;
import io.volunteerrules.drools.RuleInfo;
import io.volunteerrules.drools.VolunteerRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalogue", description = {
    "Writes a static HTML page for staff and auditors about a rule set.",
    "For each clause: its text, the rules that implement it, the parameters they read (every dated row with its "
        + "source) and the scenarios that prove them.",
    "Exit codes: 0 written; 2 the rules cannot be used or the page cannot be written."})
final class CatalogueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    RulesOption rules;

    @Mixin
    ProgressOption progressOption;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        Progress progress = progressOption.progress();
        VolunteerRules engine = rules.load(spec.commandLine().getErr(), progress);
        if (engine == null) {
            return Main.UNUSABLE;
        }
        // the parameters each rule reads are recorded while the scenarios run
        String html = progress.phase("running the scenarios to record the parameters each rule reads",
                () -> render(engine, rules.describe()), page -> "catalogue ready");
        if (outFile.getParent() != null) {
            Files.createDirectories(outFile.getParent());
        }
        Files.writeString(outFile, html, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote the catalogue of " + engine.rules().names().size() + " rules to " + outFile);
        return Main.OK;
    }

    /** The page's style: fits a laptop screen (1366 pixels wide) without cut-off columns or broken dates. */
    static final String STYLE = """
            *{box-sizing:border-box}
            body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:15px;line-height:1.45;
              max-width:80rem;margin:1.5rem auto;padding:0 1.5rem;color:#222}
            h1{font-size:1.7rem;margin-bottom:.4rem}
            h2{font-size:1.3rem;border-bottom:2px solid #c33;padding-bottom:.2rem;margin-top:2.5rem}
            h3{font-size:1.05rem;margin:1rem 0 .3rem}
            table{border-collapse:collapse;table-layout:fixed;width:100%;margin:.3rem 0 1rem}
            td,th{border:1px solid #ccc;padding:.3rem .45rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
            th{background:#f4f4f4;font-weight:600}
            tr.param th{background:#eef3f8;font-weight:normal}
            code{background:#f6f6f6;padding:0 .2rem;overflow-wrap:anywhere;font-size:.9em}
            .date,.nowrap{white-space:nowrap}
            .file,.note{color:#666;font-size:.85rem}
            .kind{font-size:.8rem;font-weight:normal;border-radius:.6rem;padding:.05rem .5rem;margin-left:.4rem;white-space:nowrap}
            .kind-decides{background:#e3f0e3;color:#185c18}.kind-reports{background:#e6eef8;color:#1d4c7c}
            .kind-context{background:#eee;color:#555}
            .none{color:#b00}
            .legend{background:#fafaf5;border:1px solid #ddd;padding:.5rem 1rem;margin:1rem 0}
            .legend dt{font-weight:600;margin-top:.4rem}.legend dd{margin:0 0 0 1.5rem}
            nav{line-height:1.9}nav a{margin-right:.55rem;white-space:nowrap}
            ul.values{margin:0;padding-left:1.1rem}
            """;

    static String render(VolunteerRules engine, String origin) {
        RuleSources sources = new RuleSources(engine);
        Labels labels = Labels.ofModel();
        List<Scenario> scenarios = new ArrayList<>();
        for (RuleFile f : engine.files().scenarios()) {
            try {
                scenarios.addAll(ScenarioLoader.read(f.path(), f.text()));
            } catch (RuntimeException e) {
                // an unreadable scenario file proves nothing; test reports it
            }
        }
        MessageExamples examples = MessageExamples.of(engine, scenarios);
        Set<String> used = new LinkedHashSet<>();
        engine.rules().rules().values().forEach(r -> used.addAll(r.clauses()));
        engine.parameters().parameters().values().forEach(p -> p.rows().forEach(r -> used.addAll(r.clauses())));

        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>规则目录 · Rule catalogue</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>规则目录 · Rule catalogue</h1>\n<p>Rule set <code>").append(esc(engine.ruleSetVersion()))
                .append("</code> from ").append(esc(origin)).append(": ").append(TestCommand.plural(engine.rules().names().size(), "rule"))
                .append(", ").append(TestCommand.plural(engine.parameters().parameters().size(), "parameter")).append(", ")
                .append(TestCommand.plural(scenarios.size(), "scenario")).append(".</p>\n");
        h.append(LEGEND);
        h.append("<nav>");
        List<Clause> clauses = engine.clauses().clauses().values().stream().filter(c -> used.contains(c.id())).toList();
        for (Clause c : clauses) {
            // a line break between the links lets the list wrap between them, never inside an id
            h.append("\n<a href=\"#").append(esc(c.id())).append("\">").append(esc(c.id())).append("</a>");
        }
        h.append("\n</nav>\n");

        for (Clause c : clauses) {
            h.append("<section id=\"").append(esc(c.id())).append("\">\n<h2>").append(esc(c.id())).append(kind(c.kind()))
                    .append("</h2>\n<p>").append(esc(c.text())).append("</p>\n");
            List<RuleInfo> implementing = engine.rules().rules().values().stream()
                    .filter(r -> r.clauses().contains(c.id())).sorted(java.util.Comparator.comparing(RuleInfo::name)).toList();
            h.append("<h3>规则 · Rules</h3>\n");
            if (implementing.isEmpty()) {
                h.append("<p class=\"none\">没有规则引用本条款 · No rule cites this clause.</p>\n");
            } else {
                h.append("<table class=\"rules\"><colgroup><col style=\"width:22%\"><col style=\"width:11%\">")
                        .append("<col style=\"width:45%\"><col style=\"width:22%\"></colgroup>\n")
                        .append("<tr><th>规则 · rule</th><th>条款 · clauses</th><th>说明 · message (中文 / English)</th>")
                        .append("<th>读取的参数 · parameters read</th></tr>\n");
                for (RuleInfo r : implementing) {
                    RuleSources.Source src = sources.of(r.name());
                    h.append("<tr><td><code>").append(esc(r.name())).append("</code>")
                            .append(src == null ? "" : "<div class=\"file\">" + esc(src.file() + ":" + src.line()) + "</div>")
                            .append("</td><td>").append(esc(String.join(", ", r.clauses()))).append("</td><td>")
                            .append(examples.cell(r)).append("</td><td>")
                            .append(codes(sources.parameters(r.name()))).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            Set<String> params = new TreeSet<>();
            implementing.forEach(r -> params.addAll(sources.parameters(r.name())));
            engine.parameters().parameters().values().stream()
                    .filter(p -> p.rows().stream().anyMatch(row -> row.clauses().contains(c.id()))).forEach(p -> params.add(p.key()));
            if (!params.isEmpty()) {
                h.append("<h3>参数 · Parameters</h3>\n<table class=\"parameters\"><colgroup><col style=\"width:15%\">")
                        .append("<col style=\"width:27%\"><col style=\"width:47%\"><col style=\"width:11%\"></colgroup>\n")
                        .append("<tr><th>有效期 · in force</th><th>取值 · value</th><th>依据 · source</th><th>条款 · clause</th></tr>\n");
                for (String key : params) {
                    Parameter p = engine.parameters().parameters().get(key);
                    h.append("<tr class=\"param\"><th colspan=\"4\"><code>").append(esc(key)).append("</code> ")
                            .append(esc(labels.inEnglish(p.description()))).append(" <span class=\"file\">(")
                            .append(esc(p.file())).append(")</span></th></tr>\n");
                    for (ParameterRow row : p.rows()) {
                        h.append("<tr><td><span class=\"date\">").append(row.from()).append("</span> –<br>")
                                .append(row.to() == null ? "<span class=\"note\">until changed · 至今</span>"
                                        : "<span class=\"date\">" + row.to() + "</span>")
                                .append("</td><td>").append(value(row.value(), p.unit(), labels))
                                .append("</td><td>").append(esc(row.source())).append("</td><td>").append(esc(String.join(", ", row.clauses())))
                                .append("</td></tr>\n");
                    }
                }
                h.append("</table>\n");
            }
            Set<String> ruleNames = new TreeSet<>();
            implementing.forEach(r -> ruleNames.add(r.name()));
            List<Scenario> proving = scenarios.stream().filter(s -> s.expectations().stream().anyMatch((Expectation x) ->
                    x.clauses().contains(c.id()) || x.rules().stream().anyMatch(ruleNames::contains))).toList();
            h.append("<h3>场景 · Scenarios</h3>\n");
            if (proving.isEmpty()) {
                h.append("<p class=\"none\">没有场景验证本条款 · No scenario proves this clause.</p>\n");
            } else {
                h.append("<ul>\n");
                for (Scenario s : proving) {
                    h.append("<li>").append(esc(s.name())).append(" <span class=\"file\">(").append(esc(s.file()))
                            .append(", as of <span class=\"date\">").append(s.asOf()).append("</span>: ")
                            .append(String.join(", ", s.expectations().stream().map(x -> outcome(x.outcome())).toList()))
                            .append(")</span></li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** How to read the page: the clause kinds, the outcomes, the columns. */
    static final String LEGEND = """
            <div class="legend">
            <p><strong>如何阅读 · How to read this page.</strong> Each section is one clause of the policy: its text, the
            rules that implement it, the parameter-table rows they read and the scenarios that prove them.</p>
            <dl>
            <dt><span class="kind kind-decides">判定 · decides</span></dt>
            <dd>规则可依据事实作出决定。A rule can decide this clause from the facts of a request: its rules answer a question
            with 允许 · allowed, 拒绝 · refused or 需人工审核 · needs review. Only a duty (应当, 必须, 不得) refuses.</dd>
            <dt><span class="kind kind-reports">统计 · reports</span></dt>
            <dd>条款要求的是数字或清单。The clause sets a target or asks for a figure or a checklist (the city's indicators
            report it), not a yes or no about one person or organisation; a rule may cite it beside the clause it decides
            on.</dd>
            <dt><span class="kind kind-context">背景 · context</span></dt>
            <dd>软件无法判定的背景条款。Background that software cannot decide.</dd>
            <dt>有效期 · in force</dt>
            <dd>Both days included; a row without an end applies until a later row starts. A decision uses the row in force
            on its as-of date.</dd>
            <dt>读取的参数 · parameters read</dt>
            <dd>The table keys the rule was seen reading while the scenarios ran; a rule no scenario reaches lists none.</dd>
            </dl>
            </div>
            """;

    private static String kind(String kind) {
        String zh = switch (kind) {
            case "decides" -> "判定";
            case "reports" -> "统计";
            case "context" -> "背景";
            default -> null;
        };
        return zh == null ? " <span class=\"kind\">" + esc(kind) + "</span>"
                : " <span class=\"kind kind-" + kind + "\">" + zh + " · " + kind + "</span>";
    }

    /** A scenario's expected outcome in both languages. */
    static String outcome(String status) {
        return switch (status == null ? "" : status) {
            case "ALLOWED" -> "允许 · allowed";
            case "REFUSED" -> "拒绝 · refused";
            case "NEEDS_REVIEW" -> "需人工审核 · needs review";
            default -> esc(String.valueOf(status));
        };
    }

    private static String codes(java.util.Collection<String> keys) {
        return String.join(", ", keys.stream().map(k -> "<code>" + esc(k) + "</code>").toList());
    }

    /**
     * A parameter's value for people: the model's names by their Chinese and English labels (the
     * name itself on hover), yes and no for booleans, a number with its unit.
     */
    static String value(Object value, String unit, Labels labels) {
        if (value instanceof java.util.Collection<?> list) {
            List<String> names = list.stream().map(String::valueOf).toList();
            java.util.Optional<List<io.volunteerrules.core.text.Labelled>> l = labels.of(names);
            if (l.isPresent()) {
                StringBuilder sb = new StringBuilder("<ul class=\"values\">");
                for (int i = 0; i < names.size(); i++) {
                    sb.append("<li title=\"").append(esc(names.get(i))).append("\">").append(esc(l.get().get(i).zh()))
                            .append(" · ").append(esc(l.get().get(i).en())).append("</li>");
                }
                return sb.append("</ul>").toString();
            }
            return codes(names);
        }
        if (value instanceof Boolean b) {
            return b ? "是 · yes" : "否 · no";
        }
        if (value instanceof java.time.LocalDate date) {
            return "<span class=\"date\">" + date + "</span>";
        }
        if (value instanceof String text) {
            return labels.of(text).map(l -> "<span title=\"" + esc(text) + "\">" + esc(l.zh()) + " · " + esc(l.en()) + "</span>")
                    .orElse(esc(text));
        }
        return esc(Labels.withUnit(value, unit));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
