package io.volunteerrules.drools.lint;

import io.volunteerrules.core.request.Question;
import io.volunteerrules.drools.internal.facts.EngineMade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The types and methods a rule may name: our model and support packages, and a listed set of
 * {@code java.lang}, {@code java.util}, {@code java.time} and {@code java.math} types, each with the
 * methods rules may call on it. The {@link RuleLinter} checks rule files against it, and
 * {@link SandboxClassLoader} hides every other type from the compiler. Immutable, thread-safe.
 */
public final class Allowlist {

    /** Packages whose public types rules may use (their own public methods, by reflection). */
    static final List<String> OWN_PACKAGES = List.of(
            "io.volunteerrules.core.model",
            "io.volunteerrules.core.params",
            "io.volunteerrules.core.request",
            "io.volunteerrules.core.text",
            "io.volunteerrules.core.decision",
            "io.volunteerrules.core.calendar",
            "io.volunteerrules.drools.internal.facts",
            "io.volunteerrules.drools.internal.support");

    /** Types of the allowed packages that read tables or spreadsheets: not for rules. */
    static final Set<String> DENIED_OWN_TYPES = Set.of("io.volunteerrules.core.params.ParameterTables",
            "io.volunteerrules.core.params.SpreadsheetTables");

    /** Single value types of other core packages that facts hand to rules. */
    static final List<String> OWN_EXTRA_TYPES = List.of("io.volunteerrules.core.certificate.CertificateContent");

    /** The package whose helpers may be handed the rule's context ({@code kcontext}). */
    static final String SUPPORT_PACKAGE = "io.volunteerrules.drools.internal.support";

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");
    private static final Set<String> COMPARABLE = Set.of("compareTo");

    /** JDK types rules may name, with the methods (static or not) and fields they may use. */
    private static final Map<String, Set<String>> JDK = jdk();

    private static Map<String, Set<String>> jdk() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("java.lang.Object", Set.of());
        m.put("java.lang.String", Set.of("length", "isEmpty", "isBlank", "equalsIgnoreCase", "contains",
                "startsWith", "endsWith", "substring", "trim", "strip", "toLowerCase", "toUpperCase", "indexOf",
                "lastIndexOf", "charAt", "join", "valueOf", "replace", "concat", "compareTo"));
        m.put("java.lang.CharSequence", Set.of("length", "isEmpty", "charAt"));
        Set<String> boxed = Set.of("valueOf", "intValue", "longValue", "compare", "max", "min", "sum", "compareTo",
                "MAX_VALUE", "MIN_VALUE", "booleanValue", "doubleValue", "parseInt", "parseLong", "parseBoolean");
        m.put("java.lang.Integer", boxed);
        m.put("java.lang.Long", boxed);
        m.put("java.lang.Boolean", Set.of("valueOf", "booleanValue", "compare", "logicalAnd", "logicalOr", "TRUE",
                "FALSE", "compareTo"));
        m.put("java.lang.Double", Set.of("valueOf", "doubleValue", "intValue", "longValue", "compare", "compareTo"));
        m.put("java.lang.Number", Set.of("intValue", "longValue", "doubleValue"));
        m.put("java.lang.Comparable", COMPARABLE);
        m.put("java.lang.Iterable", Set.of());
        m.put("java.lang.Math", Set.of("min", "max", "abs", "floorDiv", "floorMod", "addExact", "subtractExact",
                "multiplyExact", "toIntExact", "signum", "round", "floor", "ceil"));
        Set<String> collection = Set.of("size", "isEmpty", "contains", "containsAll", "stream", "of", "copyOf",
                "add", "addAll", "remove");
        m.put("java.util.Collection", collection);
        m.put("java.util.List", union(collection, Set.of("get", "indexOf", "subList", "getFirst", "getLast")));
        m.put("java.util.Set", collection);
        m.put("java.util.Map", Set.of("size", "isEmpty", "get", "getOrDefault", "containsKey", "containsValue",
                "keySet", "values", "entrySet", "of", "copyOf", "put", "putAll", "entry"));
        m.put("java.util.Map$Entry", Set.of("getKey", "getValue"));
        m.put("java.util.ArrayList", m.get("java.util.List"));
        m.put("java.util.LinkedHashSet", collection);
        m.put("java.util.HashSet", collection);
        m.put("java.util.TreeSet", union(collection, Set.of("first", "last")));
        m.put("java.util.HashMap", m.get("java.util.Map"));
        m.put("java.util.LinkedHashMap", m.get("java.util.Map"));
        m.put("java.util.TreeMap", union(m.get("java.util.Map"), Set.of("firstKey", "lastKey")));
        m.put("java.util.EnumSet", union(collection, Set.of("noneOf", "allOf", "range")));
        m.put("java.util.Collections", Set.of("emptyList", "emptySet", "emptyMap", "unmodifiableList",
                "unmodifiableSet", "unmodifiableMap", "max", "min", "frequency", "disjoint", "singletonList"));
        m.put("java.util.Arrays", Set.of("asList"));
        m.put("java.util.Objects", Set.of("equals", "isNull", "nonNull", "requireNonNullElse", "hash", "toString"));
        m.put("java.util.Optional", Set.of("of", "ofNullable", "empty", "isPresent", "isEmpty", "get", "orElse",
                "map", "filter", "orElseThrow"));
        m.put("java.util.Comparator", Set.of("comparing", "naturalOrder", "reverseOrder", "reversed",
                "thenComparing"));
        m.put("java.util.stream.Stream", Set.of("filter", "map", "mapToInt", "mapToLong", "anyMatch", "allMatch",
                "noneMatch", "collect", "toList", "sorted", "distinct", "findFirst", "findAny", "min", "max", "count",
                "limit", "skip", "of", "concat", "reduce"));
        m.put("java.util.stream.Collectors", Set.of("toList", "toSet", "toMap", "groupingBy", "counting",
                "joining", "toUnmodifiableList", "toUnmodifiableSet", "partitioningBy", "mapping"));
        m.put("java.math.BigDecimal", Set.of("valueOf", "add", "subtract", "multiply", "divide", "compareTo",
                "signum", "setScale", "min", "max", "negate", "abs", "intValue", "longValue", "intValueExact",
                "stripTrailingZeros", "toPlainString", "scale", "ZERO", "ONE", "TEN"));
        m.put("java.math.BigInteger", Set.of("valueOf", "add", "subtract", "multiply", "compareTo", "signum",
                "intValue", "longValue", "ZERO", "ONE", "TEN"));
        m.put("java.math.RoundingMode", Set.of("UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN",
                "HALF_EVEN", "UNNECESSARY"));
        // java.time: every method and constant of these value types except now(), which reads the clock
        for (String t : List.of("LocalDate", "LocalDateTime", "LocalTime", "YearMonth", "Year", "MonthDay", "Month",
                "DayOfWeek", "Period", "Duration", "temporal.ChronoUnit")) {
            m.put("java.time." + t, null);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Never callable, whatever type declares them: they lead to reflection, threads or the clock. */
    static final Set<String> DENIED_MEMBERS = Set.of("getClass", "getDeclaringClass", "describeConstable",
            "wait", "notify", "notifyAll", "now", "clone", "finalize", "getInteger", "getLong", "getBoolean");

    private static final Allowlist STANDARD = new Allowlist();

    private final Set<String> ownTypes;
    private final Set<String> memberNames;

    private Allowlist() {
        this.ownTypes = Collections.unmodifiableSet(scan(Allowlist.class.getClassLoader()));
        Set<String> names = new HashSet<>(OBJECT_METHODS);
        names.addAll(COMPARABLE);
        for (String t : ownTypes) {
            type(t).ifPresent(c -> names.addAll(members(c)));
        }
        for (Map.Entry<String, Set<String>> e : JDK.entrySet()) {
            if (e.getValue() != null) {
                names.addAll(e.getValue());
            } else {
                type(e.getKey()).ifPresent(c -> names.addAll(members(c)));
            }
        }
        names.removeAll(DENIED_MEMBERS);
        this.memberNames = Collections.unmodifiableSet(names);
    }

    /** The allowlist of this build. */
    public static Allowlist standard() {
        return STANDARD;
    }

    /**
     * Whether facts of this type are made only by the engine or the request, never by a rule: the
     * questions, and the case facts marked {@link EngineMade}. A rule may match them but not make
     * them ({@code new}, or a static factory); the engine relies on it to leave out of a request's
     * rule base the rules that need such a fact the request does not bring.
     */
    public static boolean engineMade(Class<?> type) {
        return Question.class.isAssignableFrom(type) || type.isAnnotationPresent(EngineMade.class);
    }

    /** {@link #engineMade(Class)} by binary name; false for a name that is not a class of ours. */
    boolean engineMade(String binaryName) {
        return binaryName.startsWith("io.volunteerrules.") && type(binaryName).map(Allowlist::engineMade).orElse(false);
    }

    /** Whether a rule may name this type (binary name for nested types: {@code java.util.Map$Entry}). */
    public boolean allowsType(String binaryName) {
        return JDK.containsKey(binaryName) || ownTypes.contains(binaryName);
    }

    /** The JDK types rules may name. */
    Set<String> jdkTypes() {
        return JDK.keySet();
    }

    /** Our own types rules may name. */
    Set<String> ownTypes() {
        return ownTypes;
    }

    /** Whether a member (method, field or property) of this allowed type may be used. */
    boolean allowsMember(String type, String member) {
        if (DENIED_MEMBERS.contains(member)) {
            return false;
        }
        if (OBJECT_METHODS.contains(member)) {
            return true;
        }
        Set<String> listed = JDK.get(type);
        if (listed != null) {
            return listed.contains(member);
        }
        return type(type).map(c -> members(c).contains(member)).orElse(false);
    }

    /**
     * Whether a method or field of this name may be used on a value whose type the linter does not
     * track: it must belong to some allowed type. (The compiler's class resolver then refuses any
     * value whose type is not allowed.)
     */
    boolean allowsMemberName(String name) {
        return memberNames.contains(name);
    }

    /** The public methods, fields and bean properties of a type, minus the denied ones. */
    static Set<String> members(Class<?> c) {
        Set<String> out = new TreeSet<>();
        for (Method m : c.getMethods()) {
            if (m.getReturnType() == Class.class || DENIED_MEMBERS.contains(m.getName())) {
                continue;
            }
            out.add(m.getName());
            String n = m.getName();
            if (m.getParameterCount() == 0 && n.length() > 3 && n.startsWith("get")) {
                out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (m.getParameterCount() == 0 && n.length() > 2 && n.startsWith("is")) {
                out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            }
        }
        for (Field f : c.getFields()) {
            if (Modifier.isPublic(f.getModifiers())) {
                out.add(f.getName());
            }
        }
        out.removeAll(DENIED_MEMBERS);
        return out;
    }

    /** The class, if this (allowed or not) name is one on our class path. */
    static Optional<Class<?>> type(String binaryName) {
        try {
            return Optional.of(Class.forName(binaryName, false, Allowlist.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    /** Every public top-level or nested class of our allowed packages, found on the class path. */
    private static Set<String> scan(ClassLoader loader) {
        Set<String> out = new TreeSet<>();
        for (String pkg : OWN_PACKAGES) {
            String dir = pkg.replace('.', '/');
            try {
                Enumeration<URL> urls = loader.getResources(dir);
                while (urls.hasMoreElements()) {
                    for (String file : list(urls.nextElement(), dir)) {
                        if (file.endsWith(".class") && !file.contains("/")) {
                            String name = pkg + "." + file.substring(0, file.length() - ".class".length());
                            if (DENIED_OWN_TYPES.stream().anyMatch(d -> name.equals(d) || name.startsWith(d + "$"))) {
                                continue;
                            }
                            type(name).filter(c -> Modifier.isPublic(c.getModifiers())).ifPresent(c -> out.add(name));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the classes of " + pkg, e);
            }
        }
        for (String extra : OWN_EXTRA_TYPES) {
            type(extra).ifPresent(c -> {
                out.add(c.getName());
                for (Class<?> nested : c.getClasses()) {
                    out.add(nested.getName());
                }
            });
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no class of the rule packages " + OWN_PACKAGES + " found on the class path");
        }
        return out;
    }

    private static List<String> list(URL url, String dir) throws IOException {
        List<String> out = new ArrayList<>();
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                s.forEach(p -> out.add(p.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if ("jar".equals(url.getProtocol())) {
            JarURLConnection conn = (JarURLConnection) url.openConnection();
            conn.setUseCaches(false);
            try (JarFile jar = conn.getJarFile()) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(dir + "/"))
                        .forEach(n -> out.add(n.substring(dir.length() + 1)));
            }
        }
        return out;
    }
}
