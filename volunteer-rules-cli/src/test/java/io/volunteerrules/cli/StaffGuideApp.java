package io.volunteerrules.cli;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.LiveRules;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedding application of the policy-staff guide: the guide's Java snippets are the regions
 * of this file (the walk-through test checks they are the same text), and the test runs them.
 */
final class StaffGuideApp {

    private LiveRules live;

    // region start
    void start(Path rulesDirectory) {
        // checks the directory (lint, compile, scenarios) and serves it
        live = LiveRules.watching(rulesDirectory);
    }
    // endregion

    List<Decision> answer(EvaluationRequest request) {
        return live.evaluate(request);
    }

    // region reload
    LiveRules.Change reload() {
        LiveRules.Change change = live.reload();
        if (!change.accepted()) {
            // the rule set that was live keeps serving; tell the staff why the new one was refused
            change.problems().forEach(System.err::println);
        }
        return change;
    }
    // endregion

    // region restore
    void restore() {
        live.restorePrevious().ifPresent(c -> System.err.println("restored " + c.version()));
    }
    // endregion

    String version() {
        return live.version();
    }
}
