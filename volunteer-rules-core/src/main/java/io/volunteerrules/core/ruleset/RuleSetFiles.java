package io.volunteerrules.core.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a rule set: a root folder holding one folder per rule area, each with its DRL rules,
 * parameter tables and scenarios side by side, the working-day calendar in {@code calendar/} (one
 * file a year), and a {@value #MARKER} at the root. The same layout
 * serves the rules bundled in the jar and a rules directory on disk.
 */
public final class RuleSetFiles {

    /** The file that marks the root of a rule set. */
    public static final String MARKER = "rule-set.yaml";

    /**
     * The file at the root of a rule set that names codes (skills, health conditions, qualifications,
     * fields) for its messages, adding to and replacing the engine's bundled names; optional.
     */
    public static final String VOCABULARY = "vocabulary.properties";

    /** Where the bundled rule set lives on the classpath. */
    public static final String BUNDLED_ROOT = "rules";

    private final String origin;
    private final List<RuleFile> files;
    private final String version;

    private RuleSetFiles(String origin, List<RuleFile> files) {
        this.origin = origin;
        this.files = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        this.version = hash(this.files);
    }

    /** A rule set made of the given files; {@code origin} says where they came from, for messages. */
    public static RuleSetFiles of(String origin, List<RuleFile> files) {
        return new RuleSetFiles(origin, files);
    }

    /**
     * Reads a rules directory. Every file in it must be a regular file inside it: a symbolic link (to
     * anywhere, even inside the directory) is refused, so nothing outside the directory is ever read
     * as part of a rule set.
     *
     * @throws IllegalArgumentException if it is not a directory, holds no {@value #MARKER}, or holds
     *     a symbolic link or anything else that is not a regular file or folder (all listed)
     * @throws UncheckedIOException if it cannot be read
     */
    public static RuleSetFiles fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("rules directory " + root + " does not exist or is not a directory");
        }
        if (!Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("rules directory " + root + " has no " + MARKER + " at its root"
                    + " (a regular file, not a link)");
        }
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules under " + root, e);
        }
        List<String> refused = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(real)) {
            for (Path p : paths.toList()) {
                String rel = real.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    refused.add(rel + " is a symbolic link; rule files must be regular files inside the directory");
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    refused.add(rel + " is not a regular file");
                } else if (!p.normalize().startsWith(real)) {
                    refused.add(rel + " lies outside the directory");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules under " + root, e);
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("rules directory " + root + ": " + String.join("; ", refused));
        }
        return new RuleSetFiles(root.toString(), walk(real));
    }

    /**
     * Reads the rule set bundled under {@value #BUNDLED_ROOT} on the class path, from a folder or
     * from inside a jar.
     *
     * @throws IllegalStateException if no bundled rule set is found
     */
    public static RuleSetFiles fromClasspath(ClassLoader loader) {
        URL marker = loader.getResource(BUNDLED_ROOT + "/" + MARKER);
        if (marker == null) {
            throw new IllegalStateException("no bundled rule set: " + BUNDLED_ROOT + "/" + MARKER + " is not on the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                }
                try {
                    return new RuleSetFiles(marker.toString(), walk(fs.provider().getPath(uri).getParent()));
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            }
            return new RuleSetFiles(marker.toString(), walk(Path.of(uri).getParent()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled rule set at " + marker, e);
        }
    }

    private static List<RuleFile> walk(Path root) {
        List<RuleFile> out = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !p.toString().endsWith(".class")).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                out.add(new RuleFile(rel, Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules under " + root, e);
        }
        return out;
    }

    /**
     * Writes every file of the rule set under {@code directory} (created if missing), in the layout
     * {@link #fromDirectory} reads: the way staff get the bundled rules out to edit them.
     *
     * @throws IllegalArgumentException if {@code directory} exists and is not empty
     * @throws UncheckedIOException if a file cannot be written
     */
    public void writeTo(Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> existing = Files.list(directory)) {
                    if (existing.findAny().isPresent()) {
                        throw new IllegalArgumentException("directory " + directory + " is not empty");
                    }
                }
            }
            for (RuleFile f : files) {
                Path target = directory.resolve(f.path()).normalize();
                if (!target.startsWith(directory.normalize())) {
                    throw new IllegalArgumentException("file " + f.path() + " would be written outside " + directory);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule set to " + directory, e);
        }
    }

    /** Where the files came from. */
    public String origin() {
        return origin;
    }

    /** Every file, by path. */
    public List<RuleFile> files() {
        return files;
    }

    /** The DRL files. */
    public List<RuleFile> rules() {
        return files.stream().filter(RuleFile::isRules).toList();
    }

    /** The parameter tables. */
    public List<RuleFile> parameterTables() {
        return files.stream().filter(RuleFile::isParameters).toList();
    }

    /** The years of the working-day calendar ({@code calendar/<year>.json}). */
    public List<RuleFile> calendar() {
        return files.stream().filter(RuleFile::isCalendar).toList();
    }

    /** The rule set's own vocabulary ({@value #VOCABULARY} at its root), if it has one. */
    public java.util.Optional<RuleFile> vocabulary() {
        return files.stream().filter(RuleFile::isVocabulary).findFirst();
    }

    /** The scenario files. */
    public List<RuleFile> scenarios() {
        return files.stream().filter(RuleFile::isScenarios).toList();
    }

    /**
     * The rule-set version: {@code sha256:} and the hash of every DRL file, parameter table, calendar
     * year and the vocabulary, paths included. Scenarios and documents do not change decisions and are
     * left out.
     */
    public String version() {
        return version;
    }

    private static String hash(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                if (f.isRules() || f.isParameters() || f.isCalendar() || f.isVocabulary()) {
                    sha.update(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(f.content());
                    sha.update((byte) 0);
                }
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
