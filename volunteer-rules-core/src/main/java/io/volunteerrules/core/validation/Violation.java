package io.volunteerrules.core.validation;

/**
 * One problem with a request: where it is and what is wrong, e.g.
 * {@code volunteers[2].birthDate: must not be null}.
 *
 * @param path    the field's path in the request, in JSON terms
 * @param message what is wrong, in lower case
 */
public record Violation(String path, String message) implements Comparable<Violation> {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    @Override
    public int compareTo(Violation other) {
        int byPath = PathOrder.compare(path, other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    /** Orders paths so that {@code volunteers[2]} comes before {@code volunteers[10]}. */
    static final class PathOrder {
        private PathOrder() {
        }

        static int compare(String a, String b) {
            String[] pa = a.split("(?=\\[)|\\.");
            String[] pb = b.split("(?=\\[)|\\.");
            for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
                int c = compareSegment(pa[i], pb[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(pa.length, pb.length);
        }

        private static int compareSegment(String a, String b) {
            if (a.startsWith("[") && b.startsWith("[")) {
                try {
                    return Integer.compare(Integer.parseInt(a.substring(1, a.length() - 1)),
                            Integer.parseInt(b.substring(1, b.length() - 1)));
                } catch (NumberFormatException e) {
                    return a.compareTo(b);
                }
            }
            return a.compareTo(b);
        }
    }
}
