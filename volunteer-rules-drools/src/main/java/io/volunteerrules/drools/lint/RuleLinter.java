package io.volunteerrules.drools.lint;

import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * Rejects rule files that could harm the application they run in, or that hide policy in code.
 * Drools runs DRL as Java inside the host's JVM and, on Java 17 and later, has no sandbox: a rule
 * could call {@code System.exit}, start processes, read files or open sockets. Every rules
 * directory passes this check before anything of it is compiled (the engine's builder, the
 * command-line tool and {@code LiveRules} all call it), and the bundled rules pass it in the build.
 *
 * <p>It reads a file as the compiler does, not as text: Drools' own DRL parser gives the package,
 * imports, rules, attributes, metadata, patterns and consequences, and a Java parser reads every
 * constraint, binding, accumulate argument and consequence. What is allowed is listed; everything
 * else is a finding:
 * <ul>
 *   <li><b>encoding</b>: the file is UTF-8 text (a byte that is not is named by its line, never
 *       read as a replacement character);
 *       <b>character</b>: no control or invisible characters (only space, tab and line breaks);
 *       <b>escape</b>: no backslash-u escapes anywhere (Java reads them as code, even in comments).</li>
 *   <li><b>construct</b>: a file holds a {@code package} ({@code rules.*}), imports and rules, nothing
 *       else: no {@code function}, {@code query}, {@code declare}, {@code global}, entry points or
 *       windows, {@code import function}/{@code accumulate}. A rule has {@code @clause}, {@code @zh},
 *       {@code @en} (and {@code @nextZh}, {@code @nextEn}) metadata given as quoted text, and no attribute at all except
 *       {@code dialect "java"} (however quoted): no {@code salience}, no clock-reading
 *       {@code date-effective}, {@code date-expires}, {@code timer}, {@code calendars},
 *       {@code duration}, no agenda or activation groups. Conditions use patterns, {@code not},
 *       {@code exists}, {@code or}, {@code forall}, {@code eval} and {@code accumulate} with the
 *       built-in functions; not {@code from} an expression, entry points or windows. Consequences
 *       are statements and {@code if}s: no loops, {@code try}, {@code throw}, local classes,
 *       {@code switch} or text blocks.</li>
 *   <li><b>insert</b>: derived facts are inserted with {@code insertLogical(new X(...))} and findings
 *       and values with {@code Findings.refuse/review/pass/info/value(kcontext, ...)}, which insert
 *       logically themselves; a plain {@code insert}, {@code update}, {@code modify},
 *       {@code delete} or {@code retract} is rejected (its answer would depend on rule order).</li>
 *   <li><b>engine-fact</b>: questions and the case facts marked
 *       {@link io.volunteerrules.drools.internal.facts.EngineMade} are made only by the engine, from the
 *       request: a rule may match them, but neither {@code new} nor a static member of those types
 *       appears in a rule. The engine relies on it to run each request in a rule base without the rules
 *       that need such a fact the request does not bring.</li>
 *   <li><b>import</b>, <b>qualified-name</b>, <b>call</b>: every type, fully qualified name, method
 *       and field must be on the {@link Allowlist}: our model and support packages and a listed set
 *       of {@code java.lang}/{@code java.util}/{@code java.time}/{@code java.math} types and
 *       methods. {@code drools} only as {@code drools.getRule().getName()}; {@code kcontext} only as
 *       an argument to a helper of {@code io.volunteerrules.drools.internal.support}.</li>
 *   <li><b>message</b>: a rule's messages read as a citizen should read them and a rule that
 *       refuses or asks for review has a next step ({@link MessageCheck}); areas of the bundled
 *       rules still being rewritten are not checked yet.</li>
 *   <li><b>number</b>: no number other than 0 and 1 in a rule: a threshold, age or rate belongs in
 *       the area's parameter table, with its dates and source.</li>
 * </ul>
 * The compiler then resolves names through {@link SandboxClassLoader}, so a name this check missed
 * still does not compile. Immutable and thread-safe.
 */
public final class RuleLinter {

    private static final Pattern PACKAGE = Pattern.compile("(io\\.volunteerrules\\.)?rules(\\.[a-z][a-z0-9_]*)*");
    private static final Set<String> METADATA = Set.of("clause", "zh", "en", "nextZh", "nextEn");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("collectList", "collectSet", "count", "sum",
            "min", "max", "average");
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("salience", "precedence between rules is an explicit condition or a derived fact, not salience"),
            Map.entry("date-effective", "it reads the machine's clock; compare dates in the facts with asOf instead"),
            Map.entry("date-expires", "it reads the machine's clock; compare dates in the facts with asOf instead"),
            Map.entry("timer", "timers read the machine's clock and fire on their own"),
            Map.entry("calendars", "calendars read the machine's clock"),
            Map.entry("duration", "durations read the machine's clock"),
            Map.entry("enabled", "its value is evaluated as code"));
    /** {@code $x : field} inside a pattern's constraints (not the {@code :=} of unification). */
    private static final Pattern INLINE_BINDING = Pattern.compile("\\s*([$\\w]+)\\s*:(?!=)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");

    private final Allowlist allowlist;

    private RuleLinter(Allowlist allowlist) {
        this.allowlist = allowlist;
    }

    /** The checks described above. */
    public static RuleLinter standard() {
        return new RuleLinter(Allowlist.standard());
    }

    /** Lints every DRL file of a rule set; an empty list means every file passed. */
    public List<LintFinding> lint(RuleSetFiles files) {
        List<LintFinding> out = new ArrayList<>();
        for (RuleFile f : files.rules()) {
            int undecodable = io.volunteerrules.core.ruleset.Utf8.firstLineNotUtf8(f.content());
            if (undecodable > 0) {
                // read leniently, the bytes would become U+FFFD and a message or name would change unseen
                out.add(new LintFinding(f.path(), undecodable, "encoding", io.volunteerrules.core.ruleset.Utf8.REASON));
            }
            out.addAll(lint(f.path(), f.text()));
        }
        return out;
    }

    /** Lints one DRL file's text; an empty list means it passed. */
    public List<LintFinding> lint(String file, String drl) {
        Findings out = new Findings(file);
        characters(drl, out);
        DrlParser parser = new DrlParser();
        PackageDescr pkg = null;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            out.add(0, "parse", "the file does not parse as DRL: " + e.getMessage());
        }
        for (DroolsError e : parser.getErrors()) {
            int[] lines = e.getLines();
            out.add(lines.length > 0 ? Math.max(lines[0], 0) : 0, "parse", "the file does not parse as DRL: "
                    + e.getMessage());
        }
        if (pkg != null && !parser.hasErrors()) {
            new FileCheck(pkg, out).run();
        }
        return out.sorted();
    }

    /** Control and invisible characters, and backslash-u escapes. */
    private static void characters(String drl, Findings out) {
        int line = 1;
        Set<Integer> reported = new HashSet<>();
        for (int i = 0; i < drl.length(); ) {
            int cp = drl.codePointAt(i);
            if (cp == '\n') {
                line++;
            } else if (!allowedCharacter(cp) && reported.add(line)) {
                out.add(line, "character", String.format("U+%04X (%s): control and invisible characters are not allowed"
                        + " in a rule file; they can hide code from a reader", cp, Character.getName(cp)));
            }
            i += Character.charCount(cp);
        }
        Matcher escape = ESCAPE.matcher(drl);
        while (escape.find()) {
            out.add(lineOf(drl, escape.start()), "escape", escape.group()
                    + ": unicode escapes are not allowed anywhere in a rule file (Java reads them as code, even in"
                    + " comments and quotes); write the character itself");
        }
    }

    private static boolean allowedCharacter(int cp) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    static int lineOf(String text, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The findings of one file. */
    static final class Findings {
        private final String file;
        private final List<LintFinding> list = new ArrayList<>();

        Findings(String file) {
            this.file = file;
        }

        void add(int line, String check, String message) {
            LintFinding f = new LintFinding(file, Math.max(line, 0), check, message);
            if (!list.contains(f)) {
                list.add(f);
            }
        }

        List<LintFinding> sorted() {
            list.sort(Comparator.comparingInt(LintFinding::line));
            return List.copyOf(list);
        }
    }

    /** The checks of one parsed file. */
    private final class FileCheck {
        private final PackageDescr pkg;
        private final Findings out;
        /** Simple name to binary name of every type the file may use by simple name. */
        private final Map<String, String> types = new HashMap<>();

        FileCheck(PackageDescr pkg, Findings out) {
            this.pkg = pkg;
            this.out = out;
        }

        void run() {
            if (!PACKAGE.matcher(pkg.getName()).matches()) {
                out.add(pkg.getLine(), "construct", "package " + pkg.getName() + ": a rule package is rules.<area>"
                        + " (lower case), so it cannot share a package with the host's classes");
            }
            for (AttributeDescr a : pkg.getAttributes()) {
                attribute(a);
            }
            pkg.getFunctions().forEach(d -> out.add(d.getLine(), "construct", "function " + d.getName()
                    + ": functions in DRL run arbitrary Java; put helpers in io.volunteerrules.drools.internal.support"));
            pkg.getGlobals().forEach(d -> out.add(d.getLine(), "construct", "global " + d.getIdentifier()
                    + ": globals hand host objects to rules; rules read facts and parameters only"));
            pkg.getTypeDeclarations().forEach(d -> out.add(d.getLine(), "construct", "declare " + d.getTypeName()
                    + ": rules may not declare types (a declared type can shadow ours); facts are the model's records"));
            pkg.getEnumDeclarations().forEach(d -> out.add(d.getLine(), "construct", "declare enum "
                    + d.getTypeName() + ": rules may not declare types"));
            pkg.getEntryPointDeclarations().forEach(d -> out.add(d.getLine(), "construct", "entry point "
                    + d.getEntryPointId() + ": facts reach rules through the engine only"));
            pkg.getWindowDeclarations().forEach(d -> out.add(d.getLine(), "construct", "window " + d.getName()
                    + ": windows are not part of a rule set"));
            pkg.getFunctionImports().forEach(d -> out.add(d.getLine(), "import", "import function " + d.getTarget()
                    + ": call helpers of io.volunteerrules.drools.internal.support by their class instead"));
            pkg.getAccumulateImports().forEach(d -> out.add(d.getLine(), "import", "import accumulate "
                    + d.getTarget() + ": custom accumulate functions run arbitrary Java"));
            if (pkg.getUnit() != null) {
                out.add(pkg.getUnit().getLine(), "construct", "unit " + pkg.getUnit().getTarget()
                        + ": rule units are not part of a rule set");
            }
            imports();
            for (RuleDescr r : pkg.getRules()) {
                rule(r);
            }
        }

        private void imports() {
            types.put("Object", "java.lang.Object");
            for (String t : allowlist.jdkTypes()) {
                if (t.startsWith("java.lang.") && t.indexOf('.', "java.lang.".length()) < 0) {
                    types.put(t.substring("java.lang.".length()), t);
                }
            }
            for (ImportDescr i : pkg.getImports()) {
                String target = i.getTarget();
                if (target.endsWith(".*")) {
                    String p = target.substring(0, target.length() - 2);
                    List<String> inPackage = allowedTypes().stream()
                            .filter(t -> t.startsWith(p + ".") && t.indexOf('.', p.length() + 1) < 0).toList();
                    if (inPackage.isEmpty() || !Allowlist.OWN_PACKAGES.contains(p)) {
                        out.add(i.getLine(), "import", "import " + target + " is outside the allowlist: import each"
                                + " type by name from " + String.join(", ", Allowlist.OWN_PACKAGES)
                                + " or a listed java.util/java.time/java.math type");
                    } else {
                        inPackage.forEach(t -> types.put(simpleName(t), t));
                    }
                    continue;
                }
                Optional<String> binary = binaryName(target);
                if (binary.isEmpty() || !allowlist.allowsType(binary.get())) {
                    out.add(i.getLine(), "import", "import " + target + " is outside the allowlist (our model and"
                            + " support packages " + String.join(", ", Allowlist.OWN_PACKAGES)
                            + ", and listed java.util/java.time/java.math types)");
                } else {
                    types.put(simpleName(binary.get()), binary.get());
                }
            }
        }

        private Set<String> allowedTypes() {
            Set<String> all = new HashSet<>(allowlist.ownTypes());
            all.addAll(allowlist.jdkTypes());
            return all;
        }

        private void attribute(AttributeDescr a) {
            String name = a.getName();
            if (name.equals("dialect")) {
                String value = a.getValue() == null ? "" : a.getValue().replaceAll("^[\"']|[\"']$", "").trim();
                if (!value.equals("java")) {
                    out.add(a.getLine(), "construct", "dialect " + a.getValue()
                            + ": only the java dialect is allowed (MVEL resolves classes past every check)");
                }
                return;
            }
            String why = ATTRIBUTES.getOrDefault(name, "rules need no attributes; order and timing come from facts");
            out.add(a.getLine(), "construct", name + ": " + why);
        }

        private void rule(RuleDescr r) {
            if (r.isQuery()) {
                out.add(r.getLine(), "construct", "query " + r.getName() + ": queries are not part of a rule set");
                return;
            }
            r.getAttributes().values().forEach(this::attribute);
            if (r.hasParent()) {
                out.add(r.getLine(), "construct", "rule \"" + r.getName() + "\" extends " + r.getParentName()
                        + ": a rule states all its conditions itself");
            }
            if (r.getUnit() != null) {
                out.add(r.getLine(), "construct", "rule units are not part of a rule set");
            }
            if (!r.getNamedConsequences().isEmpty()) {
                out.add(r.getLine(), "construct", "named consequences are not allowed: one rule, one consequence");
            }
            metadata(r);
            messages(r);
            Scope scope = new Scope(types);
            bindings(r.getLhs(), scope);
            lhs(r.getLhs(), scope);
            Object consequence = r.getConsequence();
            if (consequence instanceof String text) {
                new JavaCheck(allowlist, scope, out).consequence(text, r.getConsequenceLine());
            }
        }

        /** The {@link MessageCheck} of the rule's templates. */
        private void messages(RuleDescr r) {
            String zh = metadataText(r, "zh");
            String en = metadataText(r, "en");
            if (zh == null || en == null) {
                return;
            }
            String consequence = r.getConsequence() instanceof String text ? text.replaceAll("\\s+", "") : "";
            boolean decides = consequence.contains("Findings.refuse(") || consequence.contains("Findings.review(");
            for (String problem : MessageCheck.templateProblems(zh, en, metadataText(r, "nextZh"),
                    metadataText(r, "nextEn"), decides)) {
                out.add(r.getLine(), "message", "rule \"" + r.getName() + "\": " + problem);
            }
        }

        private static String metadataText(RuleDescr r, String key) {
            AnnotationDescr a = r.getAnnotation(key);
            if (a == null || !(a.getValue() instanceof String s) || !isQuotedText(s)) {
                return null;
            }
            String text = s.substring(1, s.length() - 1).replace("\\\"", "\"");
            return text.isBlank() ? null : text;
        }

        private void metadata(AnnotatedBaseDescr d) {
            for (AnnotationDescr a : d.getAnnotations()) {
                if (!METADATA.contains(a.getName())) {
                    out.add(a.getLine() > 0 ? a.getLine() : d.getLine(), "construct", "@" + a.getName()
                            + ": a rule carries @clause, @zh, @en, @nextZh and @nextEn metadata only");
                    continue;
                }
                Object value = a.getValue();
                if (!(value instanceof String s) || !isQuotedText(s)) {
                    out.add(a.getLine() > 0 ? a.getLine() : d.getLine(), "construct", "@" + a.getName()
                            + ": metadata is quoted text (an unquoted value is evaluated as code)");
                }
            }
        }

        /** Collects every name a rule's conditions bind. */
        private void bindings(BaseDescr d, Scope scope) {
            if (d instanceof PatternDescr p) {
                if (p.getIdentifier() != null) {
                    scope.bind(p.getIdentifier(), p.getObjectType());
                }
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof BindingDescr b) {
                        scope.bind(b.getVariable(), null);
                    } else if (c instanceof ExprConstraintDescr e) {
                        Matcher bind = INLINE_BINDING.matcher(e.getExpression());
                        if (bind.lookingAt()) {
                            scope.bind(bind.group(1), null);
                        }
                    }
                }
                if (p.getSource() instanceof AccumulateDescr acc) {
                    acc.getFunctions().stream().filter(f -> f.getBind() != null).forEach(f -> scope.bind(f.getBind(), null));
                    bindings(acc.getInput(), scope);
                } else if (p.getSource() instanceof CollectDescr col) {
                    bindings(col.getInputPattern(), scope);
                }
            } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                    || d instanceof ForallDescr) {
                for (Object c : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    bindings((BaseDescr) c, scope);
                }
            }
        }

        private void lhs(BaseDescr d, Scope scope) {
            if (d == null) {
                return;
            }
            if (d instanceof PatternDescr p) {
                pattern(p, scope);
            } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                    || d instanceof ForallDescr) {
                for (Object c : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                    lhs((BaseDescr) c, scope);
                }
            } else if (d instanceof EvalDescr e) {
                new JavaCheck(allowlist, scope, out).constraint(String.valueOf(e.getContent()), Math.max(e.getLine(), 0), null);
            } else {
                out.add(d.getLine(), "construct", describe(d) + " is not allowed in a rule's conditions");
            }
        }

        private void pattern(PatternDescr p, Scope scope) {
            if (p.isQuery()) {
                out.add(p.getLine(), "construct", "queries are not part of a rule set");
            }
            if (!p.getAnnotations().isEmpty()) {
                out.add(p.getLine(), "construct", "annotations on a pattern are not allowed");
            }
            if (p.getBehaviors() != null && !p.getBehaviors().isEmpty()) {
                out.add(p.getLine(), "construct", "sliding windows read the clock; they are not allowed");
            }
            Optional<Class<?>> type = patternType(p);
            PatternSourceDescr source = p.getSource();
            if (source instanceof AccumulateDescr acc) {
                accumulate(acc, scope);
            } else if (source instanceof CollectDescr col) {
                lhs(col.getInputPattern(), scope);
            } else if (source instanceof FromDescr from) {
                new JavaCheck(allowlist, scope, out).constraint(from.getExpression(),
                        from.getLine() > 0 ? from.getLine() : p.getLine(), null);
            } else if (source != null) {
                out.add(p.getLine(), "construct", describe(source) + ": a pattern matches facts the engine was given,"
                        + " an accumulate of them or values from an expression; not an entry point or window");
            }
            for (BaseDescr c : p.getDescrs()) {
                JavaCheck check = new JavaCheck(allowlist, scope, out);
                if (c instanceof ExprConstraintDescr e) {
                    check.constraint(e.getExpression(), e.getLine() > 0 ? e.getLine() : p.getLine(), type.orElse(null));
                } else if (c instanceof BindingDescr b) {
                    check.constraint(b.getExpression(), b.getLine() > 0 ? b.getLine() : p.getLine(), type.orElse(null));
                } else {
                    out.add(c.getLine(), "construct", describe(c) + " is not allowed in a pattern");
                }
            }
        }

        private Optional<Class<?>> patternType(PatternDescr p) {
            String name = p.getObjectType();
            Optional<String> binary = types.containsKey(name) ? Optional.of(types.get(name)) : binaryName(name);
            if (binary.isEmpty() || !allowlist.allowsType(binary.get())) {
                out.add(p.getLine(), name.contains(".") ? "qualified-name" : "import", "pattern type " + name
                        + " is not an imported type of the allowlist");
                return Optional.empty();
            }
            return Allowlist.type(binary.get());
        }

        private void accumulate(AccumulateDescr acc, Scope scope) {
            if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getReverseCode() != null
                    || acc.getResultCode() != null) {
                out.add(acc.getLine(), "construct", "accumulate with init/action/reverse/result code runs arbitrary"
                        + " Java; use the built-in functions " + ACCUMULATE_FUNCTIONS);
            }
            lhs(acc.getInput(), scope);
            for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
                if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                    out.add(acc.getLine(), "construct", "accumulate function " + f.getFunction()
                            + " is not one of " + ACCUMULATE_FUNCTIONS);
                }
                for (String param : f.getParams()) {
                    new JavaCheck(allowlist, scope, out).constraint(param, acc.getLine(), null);
                }
            }
        }

        private String describe(BaseDescr d) {
            String name = d.getClass().getSimpleName().replaceFirst("Descr$", "");
            return name.isEmpty() ? d.toString() : name.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code "..."} with no other quote inside: a single literal. */
    private static boolean isQuotedText(String s) {
        if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
            return false;
        }
        String inner = s.substring(1, s.length() - 1);
        return !inner.replace("\\\\", "").replace("\\\"", "").contains("\"");
    }

    /** The binary name of a dotted name ({@code java.util.Map.Entry} is {@code java.util.Map$Entry}), if a class. */
    static Optional<String> binaryName(String dotted) {
        String[] parts = dotted.split("\\.");
        for (int i = parts.length; i > 0; i--) {
            StringBuilder sb = new StringBuilder(String.join(".", java.util.Arrays.copyOfRange(parts, 0, i)));
            for (int j = i; j < parts.length; j++) {
                sb.append('$').append(parts[j]);
            }
            String candidate = sb.toString();
            if (Allowlist.type(candidate).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String simpleName(String binary) {
        String s = binary.substring(binary.lastIndexOf('.') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }

    /** The names a rule's code can see: types by simple name, and the rule's bindings. */
    static final class Scope {
        final Map<String, String> types;
        final Map<String, String> bindings = new HashMap<>();

        Scope(Map<String, String> types) {
            this.types = types;
        }

        void bind(String name, String type) {
            bindings.put(name, type);
        }
    }
}
