package io.volunteerrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.core.scenario.Scenario;
import io.volunteerrules.core.scenario.ScenarioLoader;
import io.volunteerrules.core.validation.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The requests a diff runs: a folder of JSON requests, or the scenarios of a rule set. */
final class Corpus {

    /** One request and where it came from ({@code requests/a.json} or {@code file: scenario name}). */
    record Item(String label, EvaluationRequest request) {
    }

    private Corpus() {
    }

    /** Every {@code *.json} file under {@code dir} (an object, or an array of objects), sorted by path. */
    static List<Item> fromFolder(Path dir, List<String> problems) {
        List<Item> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + dir, e);
        }
        for (Path f : files) {
            String label = dir.relativize(f).toString().replace('\\', '/');
            String text;
            try {
                text = Files.readString(f);
            } catch (IOException e) {
                problems.add(label + ": " + Main.describe(e));
                continue;
            }
            JsonNode tree;
            try {
                // malformed JSON is named with its line and column, in words
                tree = Json.read(text, JsonNode.class, Json.mapper());
            } catch (InvalidRequestException e) {
                e.violations().forEach(v -> problems.add(label + ": " + v));
                continue;
            }
            if (tree.isArray()) {
                for (int i = 0; i < tree.size(); i++) {
                    add(out, label + "[" + i + "]", tree.get(i).toString(), problems);
                }
            } else {
                add(out, label, tree.toString(), problems);
            }
        }
        return out;
    }

    private static void add(List<Item> out, String label, String json, List<String> problems) {
        try {
            out.add(new Item(label, Json.readRequest(json)));
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> problems.add(label + ": " + v));
        }
    }

    /** The request of every scenario that expects decisions (scenarios that expect a rejection are left out). */
    static List<Item> fromScenarios(RuleSetFiles files, List<String> problems) {
        List<Item> out = new ArrayList<>();
        for (RuleFile f : files.scenarios()) {
            List<Scenario> scenarios;
            try {
                scenarios = ScenarioLoader.read(f.path(), f.text());
            } catch (RuntimeException e) {
                problems.add(f.path() + ": " + e.getMessage());
                continue;
            }
            for (Scenario s : scenarios) {
                if (s.expectsError()) {
                    continue;
                }
                try {
                    out.add(new Item(s.title(), Json.yamlMapper().treeToValue(s.request(), EvaluationRequest.class)));
                } catch (IOException e) {
                    problems.add(s.title() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }
}
