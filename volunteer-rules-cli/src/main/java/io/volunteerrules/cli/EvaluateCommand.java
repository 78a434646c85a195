package io.volunteerrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.volunteerrules.core.audit.DecisionLog;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.validation.InvalidRequestException;
import io.volunteerrules.core.validation.Violation;
import io.volunteerrules.drools.EvaluationLimitException;
import io.volunteerrules.drools.VolunteerRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", description = {
    "Answers the questions of a JSON request and prints the decisions as JSON.",
    "The request is a file, or standard input when the file is - or absent. A JSON array of requests gives an array "
        + "of decision lists. Each question of a request gets one decision.",
    "Exit codes: 0 the input was valid and every question was answered; 2 it was not, and every problem is printed "
        + "as {\"errors\": [{\"path\", \"message\"}]} (malformed JSON with its line and column); also 2 when the "
        + "file cannot be read, the rules cannot be used, or the evaluation was stopped by its bounds (the rules "
        + "fired too often or ran too long), with the reason."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    HelpOption help;

    @Mixin
    RulesOption rules;

    @Mixin
    ProgressOption progressOption;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REQUEST", description = "The request file (JSON); - or absent for standard input.")
    String request;

    @Option(names = "--decision-log", paramLabel = "FILE", description = "Append each decision to this JSON-lines audit log, personal data masked.")
    Path decisionLog;

    @Override
    public Integer call() throws IOException {
        String text = request == null || request.equals("-")
                ? new String(main.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(request));
        VolunteerRules engine = rules.load(spec.commandLine().getErr(), progressOption.progress());
        if (engine == null) {
            return Main.UNUSABLE;
        }
        DecisionLog log = decisionLog == null ? null : DecisionLog.builder().toFile(decisionLog).build();
        try {
            // a single request is read as it is, so its errors carry their line and column; a list
            // is read as a tree first and its requests one by one
            boolean list = text != null && text.stripLeading().startsWith("[");
            JsonNode tree = list ? Json.read(text, JsonNode.class, Json.mapper()) : null;
            Object out;
            if (tree != null && tree.isArray()) {
                List<EvaluationRequest> requests = new ArrayList<>();
                List<Violation> problems = new ArrayList<>();
                for (int i = 0; i < tree.size(); i++) {
                    try {
                        requests.add(Json.readRequest(tree.get(i).toString()));
                    } catch (InvalidRequestException e) {
                        for (Violation v : e.violations()) {
                            problems.add(new Violation("[" + i + "]" + (v.path().isEmpty() ? "" : "." + v.path()), v.message()));
                        }
                    }
                }
                if (!problems.isEmpty()) {
                    throw new InvalidRequestException(problems);
                }
                List<List<Decision>> all = engine.evaluateAll(requests);
                if (log != null) {
                    for (int i = 0; i < requests.size(); i++) {
                        log.record(requests.get(i), all.get(i));
                    }
                }
                out = all;
            } else {
                EvaluationRequest r = Json.readRequest(text);
                List<Decision> decisions = engine.evaluate(r);
                if (log != null) {
                    log.record(r, decisions);
                }
                out = decisions;
            }
            spec.commandLine().getOut().println(Json.write(out));
            return Main.OK;
        } catch (InvalidRequestException e) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (Violation v : e.violations()) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("path", v.path());
                m.put("message", v.message());
                errors.add(m);
            }
            spec.commandLine().getOut().println(Json.write(Map.of("errors", errors)));
            e.violations().forEach(v -> spec.commandLine().getErr().println("invalid request: " + v));
            return Main.UNUSABLE;
        } catch (EvaluationLimitException e) {
            // the rules looped or ran too long on this input: no decision, and the reason
            spec.commandLine().getOut().println(Json.write(Map.of("errors", List.of(Map.of("path", "",
                    "message", e.getMessage())))));
            spec.commandLine().getErr().println("stopped: " + e.getMessage());
            return Main.UNUSABLE;
        }
    }
}
