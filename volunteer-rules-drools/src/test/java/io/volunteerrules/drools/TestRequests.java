package io.volunteerrules.drools;

import io.volunteerrules.core.model.Acceptance;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.model.Volunteer;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.core.ruleset.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Requests and rule-set copies for engine tests. */
final class TestRequests {

    private TestRequests() {
    }

    static Volunteer volunteer(String id, String name, LocalDate birthDate) {
        return new Volunteer(id, name, null, birthDate, false, null, null, null, null, null, null, List.of(), List.of());
    }

    /** Volunteers of the given birth dates, each assigned to the same one-day task on 2026-05-01. */
    static EvaluationRequest assignments(LocalDate... birthDates) {
        EvaluationRequest.Builder b = EvaluationRequest.builder(LocalDate.of(2026, 4, 20))
                .activity(new Activity("ACT1", "社区助老", "ORG1", null, ServiceField.ELDERLY_CARE, false,
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, null, null, false, false, false, false))
                .task(new Task("T1", "ACT1", "陪伴老人", null, null, null, null, null, null, true, List.of(), List.of(),
                        List.of(), List.of(), false));
        for (int i = 0; i < birthDates.length; i++) {
            String n = String.valueOf(i + 1);
            b.volunteer(volunteer("V" + n, "志愿者" + n, birthDates[i]))
                    .assignment(new Assignment("A" + n, "T1", "V" + n, LocalDate.of(2026, 4, 10), Acceptance.ACCEPTED,
                            LocalDate.of(2026, 4, 11), null))
                    .question(new AssignmentQuestion("A" + n));
        }
        return b.build();
    }

    /** Writes the engine's rule set out as a rules directory. */
    static Path copyRuleSet(VolunteerRules engine, Path dir) {
        try {
            for (RuleFile f : engine.files().files()) {
                Path target = dir.resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.write(target, f.content());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file of a rules directory. */
    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
