package io.volunteerrules.smoke;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.drools.VolunteerRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An application as a user would write it: builds the engine from the bundled rules, evaluates the
 * request in the file named by its argument and prints the decisions as JSON on stdout. On stderr it
 * names the application's own knowledge bases, to show that its kmodule.xml survived beside ours.
 */
public final class App {

    private App() {
    }

    public static void main(String[] args) throws IOException {
        String request = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        VolunteerRules rules = VolunteerRules.builder().build();
        List<Decision> decisions = rules.evaluate(Json.readRequest(request));
        System.out.println(Json.write(decisions));
        System.err.println("app: engine built and request answered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        System.err.println("app: own kmodule " + new String(App.class.getResourceAsStream("/META-INF/kmodule.xml")
                .readAllBytes(), StandardCharsets.UTF_8).contains("smoke-app-rules"));
    }
}
