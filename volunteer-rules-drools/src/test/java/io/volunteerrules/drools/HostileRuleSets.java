package io.volunteerrules.drools;

import io.volunteerrules.core.model.Acceptance;
import io.volunteerrules.core.model.Activity;
import io.volunteerrules.core.model.Assignment;
import io.volunteerrules.core.model.ServiceField;
import io.volunteerrules.core.model.Task;
import io.volunteerrules.core.request.AssignmentQuestion;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The hostile rule sets of {@code src/test/resources/bounds/} and requests for them. */
final class HostileRuleSets {

    private HostileRuleSets() {
    }

    /** Copies the hostile rule set {@code name} into {@code dir} (replacing what is there) and returns {@code dir}. */
    static Path copy(String name, Path dir) {
        try {
            Path from = Path.of(HostileRuleSets.class.getResource("/bounds/" + name).toURI());
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(dir)) {
                        Files.delete(p);
                    }
                }
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path target = dir.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adults of the given names, each assigned to the same one-day task on 2026-05-01, one question each. */
    static EvaluationRequest assignments(String... names) {
        EvaluationRequest.Builder b = EvaluationRequest.builder(LocalDate.of(2026, 4, 20))
                .activity(new Activity("ACT1", "社区助老", "ORG1", null, ServiceField.ELDERLY_CARE, false,
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, null, null, false, false, false, false))
                .task(new Task("T1", "ACT1", "陪伴老人", null, null, null, null, null, null, true, List.of(), List.of(),
                        List.of(), List.of(), false));
        for (int i = 0; i < names.length; i++) {
            String n = String.valueOf(i + 1);
            b.volunteer(TestRequests.volunteer("V" + n, names[i], LocalDate.of(1990, 3, 2)))
                    .assignment(new Assignment("A" + n, "T1", "V" + n, LocalDate.of(2026, 4, 10), Acceptance.ACCEPTED,
                            LocalDate.of(2026, 4, 11), null))
                    .question(new AssignmentQuestion("A" + n));
        }
        return b.build();
    }

    /** {@code count} names of {@code length} characters: each costs the slow-consequence rules seconds. */
    static String[] longNames(int count, int length) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "王".repeat(length - 1) + (char) ('甲' + i);
        }
        return names;
    }
}
