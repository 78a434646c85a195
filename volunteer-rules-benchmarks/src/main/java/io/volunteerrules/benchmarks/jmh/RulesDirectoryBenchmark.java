package io.volunteerrules.benchmarks.jmh;

import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.drools.VolunteerRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Start-up, second half: loading a rules directory at run time (reading the files, compiling the DRL
 * to the executable model, checking the rules' metadata and parameter tables) in a JVM that is
 * already running. The directory is a copy of the bundled rule set. The other half, a fresh JVM to
 * its first decision, is measured by {@code Main startup}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulesDirectoryBenchmark {

    private Path directory;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = exportBundledRules();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A temporary copy of the bundled rule set, as a rules directory. */
    public static Path exportBundledRules() throws IOException {
        Path dir = Files.createTempDirectory("volunteer-rules-");
        for (RuleFile f : VolunteerRules.builder().build().files().files()) {
            Path target = dir.resolve(f.path());
            Files.createDirectories(target.getParent());
            Files.write(target, f.content());
        }
        return dir;
    }

    @Benchmark
    public VolunteerRules loadRulesDirectory() {
        return VolunteerRules.builder().rulesDirectory(directory).build();
    }
}
