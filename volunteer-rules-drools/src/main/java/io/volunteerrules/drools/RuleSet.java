package io.volunteerrules.drools;

import io.volunteerrules.core.calendar.CalendarException;
import io.volunteerrules.core.calendar.CalendarYear;
import io.volunteerrules.core.calendar.WorkingDayCalendar;
import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterTableException;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.util.ArrayList;
import java.util.Comparator;
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
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
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

    private static final java.util.concurrent.atomic.AtomicLong COMPILES = new java.util.concurrent.atomic.AtomicLong();

    /** The knowledge base declared in {@code META-INF/kmodule.xml}. */
    static final String KIE_BASE = "volunteer-rules";

    private final RuleSetFiles files;
    private final KieBase kieBase;
    private final RuleCatalogue rules;
    private final ParameterTables parameters;
    private final WorkingDayCalendar calendar;
    private final ClauseCatalogue clauses;
    private final List<ObjectType> matchedTypes;
    private final Map<Class<?>, Boolean> matched = new ConcurrentHashMap<>();

    /** Parameter tables and calendar as read, or the problems that kept them from being read. */
    private record Tables(ParameterTables tables, WorkingDayCalendar calendar, List<String> problems) {
        static Tables read(RuleSetFiles files) {
            List<String> problems = new ArrayList<>();
            ParameterTables tables = null;
            WorkingDayCalendar calendar = null;
            try {
                tables = parameters(files);
            } catch (ParameterTableException e) {
                problems.addAll(e.problems());
            }
            try {
                calendar = RuleSet.calendar(files);
            } catch (CalendarException e) {
                problems.addAll(e.problems());
            }
            return new Tables(tables, calendar, problems);
        }
    }

    private RuleSet(RuleSetFiles files, KieBase kieBase, ClauseCatalogue clauses) {
        this(files, kieBase, clauses, Tables.read(files));
    }

    private RuleSet(RuleSetFiles files, KieBase kieBase, ClauseCatalogue clauses, Tables read) {
        List<String> problems = new ArrayList<>(read.problems());
        ParameterTables tables = read.tables();
        if (tables != null) {
            // a row is in force from its source's effective date, never before (reading principle 5)
            problems.addAll(clauses.rowsBeforeTheirSource(tables.parameters().values()));
        }
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
        this.clauses = clauses;
        this.matchedTypes = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .map(ObjectTypeNode::getObjectType).toList();
    }

    /**
     * Whether some rule can match a fact of this class: whether the knowledge base has an object-type
     * node for it or for a type it extends. A fact that no rule can match cannot change a decision,
     * so the engine does not insert it.
     */
    boolean matched(Class<?> factClass) {
        return matched.computeIfAbsent(factClass, c -> matchedTypes.stream().anyMatch(t -> t.isAssignableFrom(c)));
    }

    /** The rules bundled on the class path, compiled to the executable model when the jar was built. */
    static RuleSet bundled(ClassLoader loader, Supplier<ClauseCatalogue> clauses) {
        // start-up: the knowledge base (loading the executable model's classes) is built on a second
        // thread while this one reads the rule files, the clause catalogue and the parameter tables
        CompletableFuture<KieBase> kieBase = CompletableFuture.supplyAsync(
                () -> KieServices.get().newKieClasspathContainer(loader).getKieBase(KIE_BASE));
        RuleSetFiles files = RuleSetFiles.fromClasspath(loader);
        ClauseCatalogue catalogue = clauses.get();
        Tables tables = Tables.read(files);
        try {
            return new RuleSet(files, kieBase.join(), catalogue, tables);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Compiles a rule set's DRL now, reporting every compile error of every file with its file and
     * line. A rules directory is compiled by Drools' classic DRL compiler: its errors name the DRL
     * file, line and rule (the executable model's name generated Java sources), and it compiles
     * several times faster, which matters for reloads and for tools that compile two rule sets. The
     * bundled rules run on the executable model compiled at build time; the same scenarios prove
     * both. Drools stops at the first file that does not parse, so the files that did parse are
     * compiled again without it, until every file's errors are known.
     */
    static RuleSet compile(RuleSetFiles files, ClauseCatalogue clauses) {
        KieServices ks = KieServices.get();
        // one release per compile, so concurrent compiles of the same files never share a repository entry
        ReleaseId releaseId = ks.newReleaseId("io.volunteerrules.runtime", "rules-" + files.version().substring(7, 19)
                + "-" + COMPILES.incrementAndGet(), "1.0.0");
        List<RuleFile> remaining = new ArrayList<>(files.rules());
        Map<String, List<String>> problemsByFile = new TreeMap<>();
        while (true) {
            KieBuilder builder = build(ks, releaseId, remaining);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (errors.isEmpty()) {
                break;
            }
            Set<String> failed = new HashSet<>();
            for (Message m : errors) {
                String path = path(m);
                failed.add(path);
                problemsByFile.computeIfAbsent(path, k -> new ArrayList<>()).add(describe(m));
            }
            int before = remaining.size();
            remaining.removeIf(f -> failed.contains(f.path()));
            if (remaining.isEmpty() || remaining.size() == before) {
                break;
            }
        }
        if (!problemsByFile.isEmpty()) {
            List<String> problems = new ArrayList<>();
            problemsByFile.values().forEach(list -> {
                list.sort(Comparator.comparingInt(RuleSet::lineOf));
                // "Parser returned a null Package" only repeats that the file did not parse
                List<String> useful = list.stream().filter(x -> !x.endsWith("Parser returned a null Package")).toList();
                problems.addAll(useful.isEmpty() ? list : useful);
            });
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(files.origin(), problems.stream().distinct().toList());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase(KIE_BASE);
        // the container holds what it needs; left in the shared repository, every reload would stay in memory
        ks.getRepository().removeKieModule(releaseId);
        return new RuleSet(files, kieBase, clauses);
    }

    /** The classic compiler names a rule's generated class {@code Rule_<name with $u45$ for ->digits}. */
    private static final Pattern RULE_CLASS = Pattern.compile(" for the type Rule_(\\S+?)\\d*$");

    private static String path(Message m) {
        return m.getPath() == null ? "" : m.getPath().replaceFirst("^(src/main/resources/)?rules/", "");
    }

    /** {@code file:line: what}, with Drools' generated class names taken out. */
    private static String describe(Message m) {
        String text = m.getText().strip();
        text = text.replaceFirst("^Rule Compilation error\\s*:?\\s*", "").replaceAll("\\s*\\n\\s*", "; ");
        Matcher rule = RULE_CLASS.matcher(text);
        if (rule.find()) {
            String name = rule.group(1).replace("$u45$", "-").replace("$u32$", " ");
            text = "rule \"" + name + "\": " + text.substring(0, rule.start());
        }
        return path(m) + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + text;
    }

    private static int lineOf(String problem) {
        Matcher m = Pattern.compile("^[^:]*:(\\d+):").matcher(problem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static KieBuilder build(KieServices ks, ReleaseId releaseId, List<RuleFile> drl) {
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
        return ks.newKieBuilder(kfs).buildAll();
    }

    private static ParameterTables parameters(RuleSetFiles files) {
        List<Parameter> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RuleFile f : files.parameterTables()) {
            try {
                all.addAll(ParameterTables.read(f.path(), f.content()));
            } catch (ParameterTableException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }
        return ParameterTables.of(all);
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

    RuleCatalogue rules() {
        return rules;
    }

    ParameterTables parameters() {
        return parameters;
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    ClauseCatalogue clauses() {
        return clauses;
    }
}
