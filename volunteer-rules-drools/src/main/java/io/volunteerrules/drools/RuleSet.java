package io.volunteerrules.drools;

import io.volunteerrules.core.clauses.ClauseCatalogue;
import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.ParameterTableException;
import io.volunteerrules.core.params.ParameterTables;
import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * A loaded rule set: the compiled knowledge base, its rules' metadata, its parameter tables and the
 * files it came from. Immutable once built.
 */
final class RuleSet {

    /** The knowledge base declared in {@code META-INF/kmodule.xml}. */
    static final String KIE_BASE = "volunteer-rules";

    private final RuleSetFiles files;
    private final KieBase kieBase;
    private final RuleCatalogue rules;
    private final ParameterTables parameters;
    private final ClauseCatalogue clauses;
    private final List<ObjectType> matchedTypes;
    private final Map<Class<?>, Boolean> matched = new ConcurrentHashMap<>();

    /** Parameter tables as read, or the problems that kept them from being read. */
    private record Tables(ParameterTables tables, List<String> problems) {
        static Tables read(RuleSetFiles files) {
            try {
                return new Tables(parameters(files), List.of());
            } catch (ParameterTableException e) {
                return new Tables(null, e.problems());
            }
        }
    }

    private RuleSet(RuleSetFiles files, KieBase kieBase, ClauseCatalogue clauses) {
        this(files, kieBase, clauses, Tables.read(files));
    }

    private RuleSet(RuleSetFiles files, KieBase kieBase, ClauseCatalogue clauses, Tables read) {
        List<String> problems = new ArrayList<>(read.problems());
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
     * Compiles a rule set's DRL now (to the executable model), reporting every compile error with
     * its file and line.
     */
    static RuleSet compile(RuleSetFiles files, ClauseCatalogue clauses) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.volunteerrules.runtime", "rules-" + files.version().substring(7, 19),
                "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="%s" packages="*" default="true"/>
                </kmodule>
                """.formatted(KIE_BASE));
        for (RuleFile f : files.rules()) {
            kfs.write("src/main/resources/rules/" + f.path(), f.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (Message m : errors) {
                String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/rules/", "");
                problems.add(path + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + m.getText().strip());
            }
            throw new RuleSetException(files.origin(), problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return new RuleSet(files, container.getKieBase(KIE_BASE), clauses);
    }

    private static ParameterTables parameters(RuleSetFiles files) {
        List<Parameter> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RuleFile f : files.parameterTables()) {
            try {
                if (f.path().endsWith(".yaml") || f.path().endsWith(".yml")) {
                    all.addAll(ParameterTables.readYaml(f.path(), f.text()));
                } else {
                    problems.add(f.path() + ": this kind of parameter table is not supported yet; use .parameters.yaml");
                }
            } catch (ParameterTableException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterTableException(problems);
        }
        return ParameterTables.of(all);
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

    ClauseCatalogue clauses() {
        return clauses;
    }
}
