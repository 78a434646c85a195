package io.volunteerrules.drools.lint;

import io.volunteerrules.core.ruleset.RuleFile;
import io.volunteerrules.core.ruleset.RuleSetFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects rule files that could harm the application they run in, or that hide policy in code.
 * Drools runs DRL as Java inside the host's JVM and, on Java 17 and later, has no sandbox: a rule
 * can call {@code System.exit}, start processes, read files or open sockets. Every rule file that
 * policy staff edit therefore passes this check before it is compiled into a live rule set.
 *
 * <p>It is an allowlist, not a blocklist of known attacks:
 * <ul>
 *   <li><b>import</b>: only the core's value types (not its file-reading parts: ruleset, json, audit,
 *       scenario), the derived facts, the rule-support helpers and a few value
 *       types of {@code java.util}, {@code java.time} and {@code java.math} may be imported;
 *       {@code import static} and {@code import function} only from those.</li>
 *   <li><b>qualified-name</b>: a fully qualified name in code ({@code java.io.File}) must name an
 *       allowed type too, so nothing reaches past the import check.</li>
 *   <li><b>call</b>: no identifier that leads out of the rules: {@code System}, {@code Runtime},
 *       {@code ProcessBuilder}, threads and executors, reflection and class loading ({@code Class},
 *       {@code getClass}, {@code forName}, {@code setAccessible}, {@code MethodHandles}), file and
 *       network IO ({@code File}, {@code Files}, {@code Path}, {@code Socket}, {@code URL},
 *       {@code HttpClient}), scripting, serialisation, the engine's runtime
 *       ({@code getKieRuntime}, {@code halt}), and no loops ({@code while}, {@code for}) that could
 *       hang the host.</li>
 *   <li><b>construct</b>: no {@code function}, {@code global}, {@code query}, {@code salience},
 *       non-Java {@code dialect}, and no {@code modify}/{@code update} (rules never change the facts
 *       they were given).</li>
 *   <li><b>escape</b>: no backslash-u (unicode) escapes anywhere, since Java turns them into code before
 *       reading comments and quotes.</li>
 *   <li><b>number</b>: no number other than 0 and 1 in a rule: a threshold, age or rate belongs in
 *       the area's parameter table, with its dates and source.</li>
 * </ul>
 * Comments and the texts inside quotes are not code and are not checked (a quoted {@code "System"}
 * in a message is harmless). Immutable and thread-safe.
 */
public final class RuleLinter {

    /** The core's value types (any package of it but those denied below), facts, helpers and java.time. */
    private static final List<String> ALLOWED_IMPORT_PACKAGES = List.of(
            "io.volunteerrules.core.",
            "io.volunteerrules.drools.facts.",
            "io.volunteerrules.drools.support.",
            "java.time.");

    private static final Set<String> ALLOWED_IMPORT_CLASSES = Set.of(
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection", "java.util.Collections",
            "java.util.Objects", "java.util.Optional", "java.util.ArrayList", "java.util.HashSet",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.TreeMap",
            "java.util.TreeSet", "java.util.Arrays", "java.util.EnumSet", "java.util.stream.Collectors",
            "java.util.stream.Stream", "java.math.BigDecimal",
            "java.math.BigInteger", "java.math.RoundingMode", "java.lang.String", "java.lang.Integer",
            "java.lang.Long", "java.lang.Boolean", "java.lang.Math");

    /** Packages no import may reach even under an allowed prefix. */
    private static final List<String> DENIED_IMPORT_PACKAGES = List.of("java.time.chrono.", "java.time.zone.",
            // parts of the core that read or write files or build engines
            "io.volunteerrules.core.ruleset.", "io.volunteerrules.core.json.", "io.volunteerrules.core.audit.",
            "io.volunteerrules.core.scenario.");

    /** Identifiers that lead out of the rules, with the reason given to the author. */
    private static final Map<String, String> DENIED = denied();

    private static Map<String, String> denied() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        String host = "can stop or take over the host application";
        String proc = "can run programs on the host";
        String thread = "can start threads in the host";
        String refl = "reflection and class loading reach past every other check";
        String io = "rules must not read or write files or the network";
        for (String s : List.of("System", "Runtime", "exit", "halt", "SecurityManager", "ProcessHandle",
                "loadLibrary", "getRuntime", "shutdownHooks", "addShutdownHook")) {
            m.put(s, host);
        }
        for (String s : List.of("ProcessBuilder", "Process", "exec", "ScriptEngine", "ScriptEngineManager", "Nashorn",
                "GroovyShell", "MVEL", "InitialContext", "JNDI")) {
            m.put(s, proc);
        }
        for (String s : List.of("Thread", "ThreadGroup", "Runnable", "Callable", "Executor", "Executors",
                "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask", "sleep", "wait",
                "notify", "notifyAll", "synchronized", "parallelStream", "parallel")) {
            m.put(s, thread);
        }
        for (String s : List.of("class", "Class", "ClassLoader", "URLClassLoader", "forName", "getClass", "getClassLoader",
                "getDeclaredMethod", "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField",
                "getDeclaredFields", "getField", "getFields", "getDeclaredConstructor", "getConstructor",
                "newInstance", "setAccessible", "invoke", "MethodHandles", "MethodHandle", "Lookup", "Proxy",
                "Unsafe", "reflect", "Introspector", "ServiceLoader", "defineClass", "ObjectInputStream",
                "ObjectOutputStream", "readObject", "XMLDecoder", "Instrumentation", "ModuleLayer", "Module")) {
            m.put(s, refl);
        }
        for (String s : List.of("File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream",
                "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "FileChannel", "PrintStream",
                "PrintWriter", "InputStream", "OutputStream", "Reader", "Writer", "Socket", "ServerSocket",
                "SocketChannel", "DatagramSocket", "URL", "URI", "URLConnection", "HttpURLConnection", "HttpClient",
                "HttpRequest", "InetAddress", "Desktop", "getenv", "getProperty", "setProperty", "getProperties",
                "Logger", "LoggerFactory")) {
            m.put(s, io);
        }
        for (String s : List.of("getKieRuntime", "getKnowledgeRuntime", "getKieBase", "getKieSession",
                "getChannels", "getWorkingMemory", "getEntryPoint", "getEntryPoints", "setGlobal", "getGlobals",
                "registerChannel", "getSessionClock")) {
            m.put(s, "rules must not reach into the engine's runtime");
        }
        m.put("while", "a loop can hang the host; use a helper in io.volunteerrules.drools.support");
        m.put("for", "a loop can hang the host; use a helper in io.volunteerrules.drools.support");
        m.put("do", "a loop can hang the host; use a helper in io.volunteerrules.drools.support");
        return Map.copyOf(m);
    }

    private static final Map<String, String> CONSTRUCTS = Map.of(
            "function", "functions in DRL run arbitrary Java; put helpers in io.volunteerrules.drools.support",
            "global", "globals hand host objects to rules; rules read facts and parameters only",
            "query", "queries are not part of a rule set",
            "salience", "precedence between rules is an explicit condition or a derived fact, not salience",
            "modify", "rules never change the facts they were given; derive a new fact with insertLogical",
            "update", "rules never change the facts they were given; derive a new fact with insertLogical",
            "dialect", "only the java dialect is allowed");

    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s+(static\\s+|function\\s+|accumulate\\s+)?([\\w.$*]+)\\s*(\\w+\\s*)?;?");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])((?:java|javax|jdk|sun|com|org|net|io|kotlin|groovy|scala)(?:\\.[A-Za-z_$][\\w$]*)+)");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w$.])(\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)[lLdDfFbB]?(?![\\w$])|(?<![\\w$\\d])(\\.\\d+)");

    private RuleLinter() {
    }

    /** The checks described above. */
    public static RuleLinter standard() {
        return new RuleLinter();
    }

    /** Lints every DRL file of a rule set; an empty list means every file passed. */
    public List<LintFinding> lint(RuleSetFiles files) {
        List<LintFinding> out = new ArrayList<>();
        for (RuleFile f : files.rules()) {
            out.addAll(lint(f.path(), f.text()));
        }
        return out;
    }

    /** Lints one DRL file's text; an empty list means it passed. */
    public List<LintFinding> lint(String file, String drl) {
        List<LintFinding> out = new ArrayList<>();
        String code = blankCommentsAndStrings(drl);

        // Java reads \\u escapes before anything else: \\u0053ystem is System, \\u000a ends a comment
        Matcher escape = Pattern.compile("\\\\u+[0-9a-fA-F]{4}").matcher(drl);
        while (escape.find()) {
            out.add(new LintFinding(file, line(drl, escape.start()), "escape", escape.group()
                    + ": unicode escapes are not allowed anywhere in a rule file (Java reads them as code, even in"
                    + " comments and quotes); write the character itself"));
        }

        // dialect is checked on the raw text: its value is in quotes
        Matcher dialect = Pattern.compile("\\bdialect\\s+\"([^\"]*)\"").matcher(stripComments(drl));
        while (dialect.find()) {
            if (!dialect.group(1).equals("java")) {
                out.add(new LintFinding(file, line(drl, dialect.start()), "construct",
                        "dialect \"" + dialect.group(1) + "\": " + CONSTRUCTS.get("dialect")));
            }
        }

        List<int[]> importSpans = new ArrayList<>();
        Matcher imp = IMPORT.matcher(code);
        while (imp.find()) {
            importSpans.add(new int[] {imp.start(), imp.end()});
            String kind = imp.group(1) == null ? "" : imp.group(1).trim();
            String target = imp.group(2);
            if (kind.equals("accumulate")) {
                out.add(new LintFinding(file, line(code, imp.start()), "import",
                        "import accumulate " + target + " is not allowed: custom accumulate functions run arbitrary Java"));
                continue;
            }
            String type = kind.isEmpty() ? target : target.substring(0, Math.max(0, target.lastIndexOf('.')));
            if (!importAllowed(type)) {
                out.add(new LintFinding(file, line(code, imp.start()), "import", "import " + (kind.isEmpty() ? "" : kind + " ")
                        + target + " is outside the allowlist (" + String.join(", ", ALLOWED_IMPORT_PACKAGES)
                        + " and a few java.util/java.math value types)"));
            }
        }

        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            if (inside(importSpans, q.start()) || isPackageDeclaration(code, q.start())) {
                continue;
            }
            String name = q.group(1);
            if (!qualifiedAllowed(name)) {
                out.add(new LintFinding(file, line(code, q.start()), "qualified-name",
                        name + ": a fully qualified name outside the import allowlist"));
            }
        }

        Matcher id = IDENT.matcher(code);
        while (id.find()) {
            if (inside(importSpans, id.start()) || isPackageDeclaration(code, id.start())) {
                continue;
            }
            String word = id.group();
            String why = DENIED.get(word);
            if (why != null && !isMetadata(code, id.start())) {
                out.add(new LintFinding(file, line(code, id.start()), "call", word + ": " + why));
            }
            String construct = CONSTRUCTS.get(word);
            if (construct != null && !word.equals("dialect") && !isMemberName(code, id.start())) {
                out.add(new LintFinding(file, line(code, id.start()), "construct", word + ": " + construct));
            }
        }

        Matcher n = NUMBER.matcher(code);
        while (n.find()) {
            if (inside(importSpans, n.start())) {
                continue;
            }
            String number = n.group(1) != null ? n.group(1) : n.group(2);
            if (!number.matches("0+|0*1|0*\\.0+|1\\.0+")) {
                out.add(new LintFinding(file, line(code, n.start()), "number", "the number " + number
                        + " belongs in the area's parameter table (with its dates and source), not in the rule"));
            }
        }
        out.sort(Comparator.comparingInt(LintFinding::line));
        return out;
    }

    private static boolean importAllowed(String type) {
        if (DENIED_IMPORT_PACKAGES.stream().anyMatch(type::startsWith)) {
            return false;
        }
        if (ALLOWED_IMPORT_CLASSES.contains(type)) {
            return true;
        }
        for (String p : ALLOWED_IMPORT_PACKAGES) {
            if (type.startsWith(p)) {
                String rest = type.substring(p.length());
                // a type (or all types with *) in the package; the core's own packages one level down
                String sub = p.equals("io.volunteerrules.core.") ? "([a-z][a-z0-9]*\\.)" : "()";
                return rest.matches(sub + "(\\*|[A-Z][\\w$]*(\\.[A-Z][\\w$]*)*)");
            }
        }
        return false;
    }

    private static boolean qualifiedAllowed(String name) {
        if (name.startsWith("io.volunteerrules.rules.")) {
            return true;
        }
        // the longest prefix that is a type must be allowed; members after it are checked as identifiers
        String[] parts = name.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part);
            if (Character.isUpperCase(part.charAt(0))) {
                return importAllowed(sb.toString());
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, int pos) {
        return spans.stream().anyMatch(s -> pos >= s[0] && pos < s[1]);
    }

    private static boolean isPackageDeclaration(String code, int pos) {
        int start = code.lastIndexOf('\n', pos) + 1;
        return code.substring(start, pos).trim().equals("package") || code.substring(start).startsWith("package ");
    }

    /** {@code @clause(...)}: a metadata name, not code. */
    private static boolean isMetadata(String code, int pos) {
        return pos > 0 && code.charAt(pos - 1) == '@';
    }

    /** {@code x.update} or {@code update:} as a field name is not the DRL keyword. */
    private static boolean isMemberName(String code, int pos) {
        return pos > 0 && code.charAt(pos - 1) == '.';
    }

    private static int line(String text, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String stripComments(String drl) {
        return blank(drl, false);
    }

    /** Comments and quoted texts replaced by spaces (newlines kept, so lines and offsets stay true). */
    static String blankCommentsAndStrings(String drl) {
        return blank(drl, true);
    }

    private static String blank(String drl, boolean strings) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        int n = drl.length();
        while (i < n) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/') {
                while (i < n && drl.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (; i < end; i++) {
                    out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (strings && (c == '"' || c == '\'')) {
                out.append(c);
                i++;
                while (i < n && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    if (drl.charAt(i) == '\\' && i + 1 < n) {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < n) {
                    out.append(drl.charAt(i));
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
