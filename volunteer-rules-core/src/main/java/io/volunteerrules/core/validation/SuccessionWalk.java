package io.volunteerrules.core.validation;

import io.volunteerrules.core.model.Organisation;
import io.volunteerrules.core.model.OrganisationStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The length of the longest issuer-succession walk among a request's organisations, for
 * {@link RequestLimits#maxSuccessionSteps()}. A body that is not active on the as-of date hands over
 * to the one body that continues it (the body it merged into, or the one body that took over its
 * work) or, when none did, to its superior unit; the certificate rules walk these hand-overs until an
 * active body. Linear in the organisations: each body's walk length is worked out once.
 */
final class SuccessionWalk {

    private SuccessionWalk() {
    }

    static void longest(List<Organisation> organisations, LocalDate asOf, int limit, List<Violation> out) {
        if (organisations == null || organisations.size() <= limit) {
            return; // a walk never visits a body twice, so it cannot be longer than the bodies
        }
        Map<String, Organisation> byId = new HashMap<>();
        Map<String, TreeSet<String>> claimers = new HashMap<>();
        for (Organisation o : organisations) {
            if (o == null || o.id() == null) {
                continue;
            }
            byId.putIfAbsent(o.id(), o);
            for (String claimed : o.tookOverWorkOfIds()) {
                if (claimed != null) {
                    claimers.computeIfAbsent(claimed, k -> new TreeSet<>()).add(o.id());
                }
            }
        }
        Map<String, Integer> steps = new HashMap<>();
        for (int i = 0; i < organisations.size(); i++) {
            Organisation start = organisations.get(i);
            if (start == null || start.id() == null) {
                continue;
            }
            int n = walk(start.id(), byId, claimers, asOf, steps);
            if (n > limit) {
                out.add(new Violation("organisations[" + i + "]", "its succession runs " + n
                        + " steps, more than the limit of " + limit + " (RequestLimits.maxSuccessionSteps)"));
                return;
            }
        }
    }

    /** Steps from {@code id} to the end of its walk; iterative, so a long chain cannot overflow the stack. */
    private static int walk(String id, Map<String, Organisation> byId, Map<String, TreeSet<String>> claimers,
            LocalDate asOf, Map<String, Integer> steps) {
        java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
        java.util.HashSet<String> onPath = new java.util.HashSet<>();
        String at = id;
        int tail = 0;
        while (true) {
            Integer known = steps.get(at);
            if (known != null) {
                tail = known;
                break;
            }
            if (!onPath.add(at)) {
                tail = 0; // a cycle: the rules stop there
                break;
            }
            path.push(at);
            String next = next(byId.get(at), claimers, asOf);
            if (next == null) {
                tail = 0;
                path.pop();
                steps.put(at, 0);
                break;
            }
            at = next;
        }
        while (!path.isEmpty()) {
            tail++;
            steps.put(path.pop(), tail);
        }
        return steps.getOrDefault(id, tail);
    }

    private static String next(Organisation o, Map<String, TreeSet<String>> claimers, LocalDate asOf) {
        if (o == null || o.statusOn(asOf) == OrganisationStatus.ACTIVE) {
            return null;
        }
        TreeSet<String> takers = new TreeSet<>(claimers.getOrDefault(o.id(), new TreeSet<>()));
        if (o.workTakenOverById() != null && !o.workTakenOverById().isBlank()) {
            takers.add(o.workTakenOverById());
        }
        if (o.status() == OrganisationStatus.MERGED) {
            o.successorIds().stream().filter(s -> s != null && !s.isBlank()).forEach(takers::add);
        }
        if (takers.size() == 1) {
            return takers.first();
        }
        return takers.isEmpty() ? o.superiorUnitId() : null;
    }
}
