package io.volunteerrules.benchmarks;

/** The commands of the benchmark module; see docs/performance.md. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "quick" -> QuickMeasure.run(args.length > 1 ? Integer.parseInt(args[1]) : 20_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 5);
            default -> System.out.println(HELP);
        }
    }

    static final String HELP = """
            usage: Main <command> [arguments]
              quick [volunteers] [rounds]   rough engine-vs-reference comparison, for profiling
            """;
}
