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
    "Writes a static HTML page for staff and auditors: each clause with its text, the rules that",
    "implement it, the parameters they read (every dated row with its source) and the scenarios that prove them."})
final class CatalogueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "the HTML file to write")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        VolunteerRules engine = rules.load(spec.commandLine().getErr());
        if (engine == null) {
            return Main.UNUSABLE;
        }
        String html = render(engine, rules.describe());
        if (outFile.getParent() != null) {
            Files.createDirectories(outFile.getParent());
        }
        Files.writeString(outFile, html, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote the catalogue of " + engine.rules().names().size() + " rules to " + outFile);
        return Main.OK;
    }

    static String render(VolunteerRules engine, String origin) {
        RuleSources sources = new RuleSources(engine);
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
        engine.parameters().parameters().values().forEach(p -> p.rows().forEach(r -> used.add(r.clause())));

        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Rule catalogue · 规则目录</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}\n")
                .append("h2{border-bottom:2px solid #c33;padding-bottom:.2rem;margin-top:2.5rem}h3{margin-bottom:.3rem}\n")
                .append("table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}\n")
                .append("th{background:#f4f4f4}.kind{font-size:.8rem;color:#666}.none{color:#b00}code{background:#f6f6f6;padding:0 .2rem}\n")
                .append("nav a{margin-right:.6rem}\n</style>\n</head>\n<body>\n");
        h.append("<h1>Rule catalogue · 规则目录</h1>\n<p>Rule set <code>").append(esc(engine.ruleSetVersion()))
                .append("</code> from ").append(esc(origin)).append(": ").append(engine.rules().names().size())
                .append(" rules, ").append(engine.parameters().parameters().size()).append(" parameters, ")
                .append(scenarios.size()).append(" scenarios.</p>\n<nav>");
        List<Clause> clauses = engine.clauses().clauses().values().stream().filter(c -> used.contains(c.id())).toList();
        for (Clause c : clauses) {
            h.append("<a href=\"#").append(esc(c.id())).append("\">").append(esc(c.id())).append("</a>");
        }
        h.append("</nav>\n");

        for (Clause c : clauses) {
            h.append("<section id=\"").append(esc(c.id())).append("\">\n<h2>").append(esc(c.id()))
                    .append(" <span class=\"kind\">").append(esc(c.kind())).append("</span></h2>\n<p>")
                    .append(esc(c.text())).append("</p>\n");
            List<RuleInfo> implementing = engine.rules().rules().values().stream()
                    .filter(r -> r.clauses().contains(c.id())).sorted(java.util.Comparator.comparing(RuleInfo::name)).toList();
            h.append("<h3>Rules · 规则</h3>\n");
            if (implementing.isEmpty()) {
                h.append("<p class=\"none\">No rule cites this clause.</p>\n");
            } else {
                h.append("<table><tr><th>rule</th><th>file</th><th>clauses</th><th>message (zh / en)</th><th>parameters read</th></tr>\n");
                for (RuleInfo r : implementing) {
                    RuleSources.Source src = sources.of(r.name());
                    h.append("<tr><td><code>").append(esc(r.name())).append("</code></td><td>")
                            .append(src == null ? "" : esc(src.file() + ":" + src.line())).append("</td><td>")
                            .append(esc(String.join(", ", r.clauses()))).append("</td><td>")
                            .append(examples.cell(r)).append("</td><td>")
                            .append(esc(String.join(", ", sources.parameters(r.name())))).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            Set<String> params = new TreeSet<>();
            implementing.forEach(r -> params.addAll(sources.parameters(r.name())));
            engine.parameters().parameters().values().stream()
                    .filter(p -> p.rows().stream().anyMatch(row -> row.clause().equals(c.id()))).forEach(p -> params.add(p.key()));
            if (!params.isEmpty()) {
                h.append("<h3>Parameters · 参数</h3>\n<table><tr><th>key</th><th>meaning</th><th>from</th><th>to</th>")
                        .append("<th>value</th><th>source</th><th>clause</th><th>table</th></tr>\n");
                for (String key : params) {
                    Parameter p = engine.parameters().parameters().get(key);
                    for (ParameterRow row : p.rows()) {
                        h.append("<tr><td><code>").append(esc(key)).append("</code></td><td>").append(esc(p.description()))
                                .append("</td><td>").append(row.from()).append("</td><td>")
                                .append(row.to() == null ? "" : row.to()).append("</td><td>")
                                .append(esc(String.valueOf(row.value()))).append(p.unit() == null ? "" : " " + esc(p.unit()))
                                .append("</td><td>").append(esc(row.source())).append("</td><td>").append(esc(row.clause()))
                                .append("</td><td>").append(esc(p.file())).append("</td></tr>\n");
                    }
                }
                h.append("</table>\n");
            }
            Set<String> ruleNames = new TreeSet<>();
            implementing.forEach(r -> ruleNames.add(r.name()));
            List<Scenario> proving = scenarios.stream().filter(s -> s.expectations().stream().anyMatch((Expectation x) ->
                    x.clauses().contains(c.id()) || x.rules().stream().anyMatch(ruleNames::contains))).toList();
            h.append("<h3>Scenarios · 场景</h3>\n");
            if (proving.isEmpty()) {
                h.append("<p class=\"none\">No scenario proves this clause.</p>\n");
            } else {
                h.append("<ul>\n");
                for (Scenario s : proving) {
                    h.append("<li>").append(esc(s.name())).append(" <span class=\"kind\">(").append(esc(s.file()))
                            .append(", as of ").append(s.asOf()).append(": ")
                            .append(esc(String.join(", ", s.expectations().stream().map(Expectation::outcome).toList())))
                            .append(")</span></li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
