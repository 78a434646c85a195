package io.volunteerrules.drools;

import io.volunteerrules.core.calendar.CalendarException;
import io.volunteerrules.core.calendar.CalendarYear;
import io.volunteerrules.core.calendar.WorkingDayCalendar;
import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterTableException;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.core.ruleset.DrlRules;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import io.volunteerrules.drools.internal.support.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import io.volunteerrules.drools.lint.SandboxClassLoader;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * A loaded rule set: the compiled knowledge base, its rules' metadata, its parameter tables, its
 * working-day calendar and the files it came from. Immutable once built.
 */
final class RuleSet {

    /** What rules directories are compiled and run with: only allowlisted types are visible. */
    private static final SandboxClassLoader SANDBOX = SandboxClassLoader.over(RuleSet.class.getClassLoader());
    /** What the classic compiler checks rules directories with (its build never runs). */
    private static final SandboxClassLoader CLASSIC_CHECK = SandboxClassLoader.forClassicCheck(RuleSet.class.getClassLoader());

    private static final java.util.concurrent.atomic.AtomicLong COMPILES = new java.util.concurrent.atomic.AtomicLong();

    /** The knowledge base declared in {@code META-INF/kmodule.xml}. */
    static final String KIE_BASE = "volunteer-rules";

    /**
     * Every rule gets its own join nodes: Drools 10 shares the join nodes of rules whose conditions
     * start alike, and with them shared, an {@code accumulate} over facts another rule derives later
     * in the same firing was, for some orders of the rules in a file, never brought up to date (a
     * candidate's open complaint went uncounted when the rules summing and deriving it sat in certain
     * orders). Decisions must not depend on where a rule sits in its file, so the rule base is built
     * without that sharing; alpha nodes (one fact's own constraints) are still shared.
     */
    static KieBaseConfiguration configuration(ClassLoader loader) {
        java.util.Properties options = new java.util.Properties();
        options.setProperty("drools.shareBetaNodes", "false");
        return KieServices.get().newKieBaseConfiguration(options, loader);
    }

    private final RuleSetFiles files;
    private final KieBase kieBase;
    private final RuleCatalogue rules;
    private final ParameterTables parameters;
    private final WorkingDayCalendar calendar;
    /** The rule set's own names over the bundled ones; null when it has no vocabulary file. */
    private final Vocabulary vocabulary;
    private final ClauseCatalogue clauses;
    /** Another copy of the whole rule base, made from the compiled rules without compiling again. */
    private final Supplier<KieBase> fresh;

    /**
     * Parameter tables, calendar and vocabulary as read (the vocabulary null when the rule set has none
     * of its own), or the problems that kept them from being read.
     */
    private record Tables(ParameterTables tables, WorkingDayCalendar calendar, Vocabulary vocabulary, List<String> problems) {
        static Tables read(RuleSetFiles files) {
            List<String> problems = new ArrayList<>();
            Vocabulary vocabulary = files.vocabulary()
                    .map(f -> Vocabulary.read(f.path(), f.text(), problems).over(Vocabulary.bundled()))
                    .orElse(null);
            ParameterTables tables = null;
            WorkingDayCalendar calendar = null;
            // every table is read, and the checks across tables run on those that could be, so one
            // run lists every problem of every table
            List<Parameter> all = new ArrayList<>();
            for (RuleFile f : files.parameterTables()) {
                try {
                    all.addAll(ParameterTables.read(f.path(), f.content()));
                } catch (ParameterTableException e) {
                    problems.addAll(e.problems());
                }
            }
            try {
                tables = ParameterTables.of(all);
            } catch (ParameterTableException e) {
                problems.addAll(e.problems());
            }
            try {
                calendar = RuleSet.calendar(files);
            } catch (CalendarException e) {
                problems.addAll(e.problems());
            }
            return new Tables(tables, calendar, vocabulary, problems);
        }

        /** Every problem of the tables and the calendar, with the rows that start before their source is in force. */
        List<String> problems(ClauseCatalogue clauses) {
            List<String> all = new ArrayList<>(problems);
            if (tables != null) {
                // a row is in force from its source's effective date, never before (reading principle 5)
                all.addAll(clauses.rowsBeforeTheirSource(tables.parameters().values()));
            }
            return all;
        }
    }

    private RuleSet(RuleSetFiles files, KieBase kieBase, Supplier<KieBase> fresh, ClauseCatalogue clauses) {
        this(files, kieBase, fresh, clauses, Tables.read(files));
    }

    private RuleSet(RuleSetFiles files, KieBase kieBase, Supplier<KieBase> fresh, ClauseCatalogue clauses, Tables read) {
        List<String> problems = new ArrayList<>(read.problems(clauses));
        ParameterTables tables = read.tables();
        RuleCatalogue catalogue = null;
        try {
            catalogue = RuleCatalogue.of(kieBase, clauses, files.origin());
        } catch (RuleSetException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(files.origin(), problems);
        }
        this.files = files;
        this.kieBase = kieBase;
        this.rules = catalogue;
        this.parameters = tables;
        this.calendar = read.calendar();
        this.vocabulary = read.vocabulary();
        this.clauses = clauses;
        this.fresh = fresh;
    }

    /**
     * Where the build put the list of the bundled rules' executable-model classes. The path holds this
     * jar's own group and artifact, so it is the same in this jar, in a shaded jar and in a Spring Boot
     * fat jar, whatever else is on the class path.
     */
    static final String MODEL_LIST = "META-INF/kie/io.volunteerrules/volunteer-rules-drools/drools-model";

    private static final String MODEL_VERSION_HEADER = "Drools-Model-Version:";

    /**
     * The rules bundled on the class path, compiled to the executable model when the jar was built.
     *
     * <p>The knowledge base is made straight from the generated model classes named in
     * {@value #MODEL_LIST}: neither {@code META-INF/kmodule.xml} nor any {@code pom.properties} is
     * read, so repackaging the jar, or an application with a kmodule of its own, cannot make Drools
     * pick another module or silently recompile the DRL.
     *
     * @param compileIfModelMissing compile the bundled DRL (seconds) when the model list is not on
     *                              the class path, instead of failing
     * @throws RuleSetException if the model or the rule files cannot be loaded, or the rule set fails
     *                          its checks
     */
    static RuleSet bundled(ClassLoader loader, Supplier<ClauseCatalogue> clauses, boolean compileIfModelMissing) {
        List<String> modelClasses = modelClasses(loader);
        if (modelClasses == null) {
            if (!compileIfModelMissing) {
                throw new RuleSetException("bundled", List.of("the executable model of the bundled rules is not on the "
                        + "class path (" + MODEL_LIST + " is missing): a repackaged jar must keep META-INF/kie/ and "
                        + "the generated classes under rules/ (see docs/embedding.md), or build the engine with "
                        + "VolunteerRules.builder().compileIfModelMissing(true) to compile the DRL at start-up instead"));
            }
            return compile(RuleSetFiles.fromClasspath(loader), clauses.get());
        }
        // start-up: the knowledge base (loading the executable model's classes) is built on a second
        // thread while this one reads the rule files, the clause catalogue and the parameter tables
        CompletableFuture<KieBase> kieBase = CompletableFuture.supplyAsync(() -> fromModel(loader, modelClasses));
        RuleSetFiles files = RuleSetFiles.fromClasspath(loader);
        ClauseCatalogue catalogue = clauses.get();
        Tables tables = Tables.read(files);
        KieBase base;
        try {
            base = kieBase.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new RuleSetException("bundled",
                    List.of("the executable model could not be loaded: " + e.getCause()), e.getCause());
        }
        return new RuleSet(files, base, () -> fromModel(loader, modelClasses), catalogue, tables);
    }

    /** The model classes listed in {@value #MODEL_LIST}, or null if the list is not on the class path. */
    private static List<String> modelClasses(ClassLoader loader) {
        URL list = loader.getResource(MODEL_LIST);
        if (list == null) {
            return null;
        }
        String text;
        try (InputStream in = list.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException("bundled", List.of("cannot read " + list + ": " + e.getMessage()), e);
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(MODEL_VERSION_HEADER) || lines.size() < 2) {
            throw new RuleSetException("bundled", List.of(list + " is not a Drools model list (expected a "
                    + MODEL_VERSION_HEADER + " line followed by class names)"));
        }
        return lines.subList(1, lines.size());
    }

    private static KieBase fromModel(ClassLoader loader, List<String> classNames) {
        List<Model> models = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : classNames) {
            try {
                models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                problems.add("executable-model class " + name + " listed in " + MODEL_LIST + " cannot be loaded: " + e);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException("bundled", problems);
        }
        return KieBaseBuilder.createKieBaseFromModel(models, configuration(loader));
    }

    /**
     * Compiles a rule set's DRL now, reporting every compile error of every file with its file and
     * line. A rules directory runs on the executable model, compiled through a
     * {@link SandboxClassLoader}: every condition and consequence becomes Java compiled against the
     * allowlisted types only, so a name the linter missed does not compile. (Drools' classic
     * compiler evaluates conditions with MVEL, which finds {@code System} and other
     * {@code java.lang} classes without asking any class loader, so nothing it builds is run.) The
     * classic compiler does check the files first, in the same sandbox, because its errors name the
     * DRL file, line and rule; Drools stops at the first file that does not parse, so the files that
     * did parse are compiled again without it, until every file's errors are known.
     */
    static RuleSet compile(RuleSetFiles files, ClauseCatalogue clauses) {
        KieServices ks = KieServices.get();
        // one release per compile, so concurrent compiles of the same files never share a repository entry
        String release = "rules-" + files.version().substring(7, 19) + "-" + COMPILES.incrementAndGet();
        ReleaseId check = ks.newReleaseId("io.volunteerrules.runtime", release + "-check", "1.0.0");
        ReleaseId releaseId = ks.newReleaseId("io.volunteerrules.runtime", release, "1.0.0");
        // first the classic compiler, for its errors only (they name the DRL file, line and rule; the
        // executable model's name generated Java): nothing of this build ever runs
        List<String> problems = classicErrors(ks, check, files.rules());
        ks.getRepository().removeKieModule(check);
        if (!problems.isEmpty()) {
            // with the tables' problems, so one run lists everything there is to fix
            List<String> all = new ArrayList<>(problems);
            all.addAll(Tables.read(files).problems(clauses));
            throw new RuleSetException(files.origin(), all);
        }
        KieBuilder builder = build(ks, releaseId, files.rules(), ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(files.origin(), errors.stream().map(RuleSet::describeGenerated)
                    .filter(x -> x != null).distinct().toList());
        }
        KieContainer container = ks.newKieContainer(releaseId, SANDBOX);
        KieBase kieBase = container.newKieBase(KIE_BASE, configuration(SANDBOX));
        // the container holds what it needs; left in the shared repository, every reload would stay in memory
        ks.getRepository().removeKieModule(releaseId);
        return new RuleSet(files, kieBase, () -> container.newKieBase(KIE_BASE, configuration(SANDBOX)), clauses);
    }

    /** Every classic compile error of every file, by file and line. */
    private static List<String> classicErrors(KieServices ks, ReleaseId releaseId, List<RuleFile> files) {
        Map<String, RuleFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        List<RuleFile> remaining = new ArrayList<>(files);
        Map<String, List<String>> problemsByFile = new TreeMap<>();
        while (true) {
            KieBuilder builder = build(ks, releaseId, remaining, DrlProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (errors.isEmpty()) {
                break;
            }
            Set<String> failed = new HashSet<>();
            for (Message m : errors) {
                String path = path(m);
                failed.add(path);
                problemsByFile.computeIfAbsent(path, k -> new ArrayList<>()).add(describe(m, byPath.get(path)));
            }
            int before = remaining.size();
            remaining.removeIf(f -> failed.contains(f.path()));
            if (remaining.isEmpty() || remaining.size() == before) {
                break;
            }
        }
        List<String> problems = new ArrayList<>();
        problemsByFile.values().forEach(list -> {
            list.sort(Comparator.comparingInt(RuleSet::lineOf));
            // "Parser returned a null Package" only repeats that the file did not parse
            List<String> useful = list.stream().filter(x -> !x.endsWith("Parser returned a null Package")).toList();
            problems.addAll(useful.isEmpty() ? list : useful);
        });
        return problems.stream().distinct().toList();
    }

    /**
     * An executable-model error: a DRL file's own, or one in the Java generated for a rule package
     * ({@code rules/<area>: ...}, without the generated source, which Drools repeats in full).
     */
    private static String describeGenerated(Message m) {
        String text = m.getText().strip();
        if (text.startsWith("Java source of ")) {
            return null;
        }
        String path = m.getPath() == null ? "" : m.getPath();
        Matcher generated = Pattern.compile("^src/main/java/(rules(?:/[a-z0-9_]+)*?)/(?:P[0-9A-F]+/)?\\w+\\.java$")
                .matcher(path);
        if (generated.find()) {
            return generated.group(1).replaceFirst("^rules/", "") + " (in the sandbox): " + text.replaceAll("\\s*\\n\\s*", "; ");
        }
        return describe(m, null);
    }
    /** The classic compiler names a rule's generated class {@code Rule_<name with $u45$ for ->digits}. */
    private static final Pattern RULE_CLASS = Pattern.compile(" for the type Rule_(\\S+?)\\d*$");

    private static String path(Message m) {
        return m.getPath() == null ? "" : m.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
    }

    /**
     * {@code file:line: rule "name": what}, with Drools' generated class names taken out. The rule is
     * the one Drools names, or else the one whose text holds the line.
     */
    private static String describe(Message m, RuleFile file) {
        String text = m.getText().strip();
        text = text.replaceFirst("^Rule Compilation error\\s*:?\\s*", "").replaceAll("\\s*\\n\\s*", "; ");
        Matcher rule = RULE_CLASS.matcher(text);
        if (rule.find()) {
            String name = rule.group(1).replace("$u45$", "-").replace("$u32$", " ");
            text = "rule \"" + name + "\": " + text.substring(0, rule.start());
        } else if (file != null && m.getLine() > 0 && !text.startsWith("rule \"")) {
            String name = ruleAt(file, m.getLine());
            if (name != null) {
                text = "rule \"" + name + "\": " + text;
            }
        }
        return path(m) + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + text;
    }

    /** The rule whose text holds {@code line} (from its {@code rule} keyword to its {@code end}), if any. */
    private static String ruleAt(RuleFile file, int line) {
        List<DrlRules.Rule> rules;
        try {
            rules = DrlRules.parse(file.path(), file.text()).rules();
        } catch (IllegalArgumentException e) {
            return null;    // a rule without its end: the compile error says so
        }
        for (DrlRules.Rule r : rules) {
            // a rule's text starts with the comments above it; its own lines start at its keyword
            int keywordOffset = r.text().lines().toList().indexOf(
                    r.text().lines().filter(l -> l.stripLeading().startsWith("rule ")).findFirst().orElse(""));
            int last = r.line() - keywordOffset + (int) r.text().lines().count() - 1;
            if (line >= r.line() && line <= last) {
                return r.name();
            }
        }
        return null;
    }

    private static int lineOf(String problem) {
        Matcher m = Pattern.compile("^[^:]*:(\\d+):").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static KieBuilder build(KieServices ks, ReleaseId releaseId, List<RuleFile> drl,
            Class<? extends KieBuilder.ProjectType> project) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="%s" packages="*" default="true"/>
                </kmodule>
                """.formatted(KIE_BASE));
        for (RuleFile f : drl) {
            kfs.write("src/main/resources/rules/" + f.path(), f.content());
        }
        return ks.newKieBuilder(kfs, project == DrlProject.class ? CLASSIC_CHECK : SANDBOX).buildAll(project);
    }

    private static WorkingDayCalendar calendar(RuleSetFiles files) {
        List<CalendarYear> years = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RuleFile f : files.calendar()) {
            try {
                years.add(WorkingDayCalendar.read(f.path(), f.content()));
            } catch (CalendarException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(problems);
        }
        return WorkingDayCalendar.of(years);
    }

    RuleSetFiles files() {
        return files;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Another copy of the whole rule base, from the rules already compiled (tens of milliseconds). */
    Supplier<KieBase> freshKieBase() {
        return fresh;
    }

    RuleCatalogue rules() {
        return rules;
    }

    ParameterTables parameters() {
        return parameters;
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The rule set's own names of codes over the bundled ones, or null when it has no vocabulary file. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    ClauseCatalogue clauses() {
        return clauses;
    }
}
