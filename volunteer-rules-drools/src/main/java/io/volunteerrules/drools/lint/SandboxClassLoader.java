package io.volunteerrules.drools.lint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The class loader a rules directory is compiled and run with: the compiler sees only the types of
 * the {@link Allowlist} (with the types they extend, which the compiler needs to check calls on
 * them) and the few Drools types the generated code is written against, so a name the linter missed
 * still does not compile. {@code java.lang.ProcessBuilder}, {@code java.io.File} or
 * {@code java.lang.System} in a rule is "cannot be resolved to a type".
 *
 * <p>The Java compiler finds types by reading their {@code .class} resources through this loader;
 * those are filtered strictly. Loading classes is filtered too, but lets Drools' own packages through
 * (the engine loads its accumulate functions, evaluators and compiler by name through the loader it
 * is given) and the JDK's run-time support for the code the compiler generates (string
 * concatenation and lambdas). Thread-safe.
 */
public final class SandboxClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** JDK types the compiler needs for any code at all, though rules may not name them. */
    private static final Set<String> LANGUAGE = Set.of("java.lang.Object", "java.lang.String",
            "java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException", "java.lang.Error",
            "java.io.Serializable", "java.lang.Enum", "java.lang.Record", "java.lang.Comparable",
            "java.lang.CharSequence", "java.lang.Iterable", "java.lang.AutoCloseable", "java.lang.Cloneable",
            "java.lang.Number", "java.lang.Void", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte",
            "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.lang.StringBuilder", "java.lang.AbstractStringBuilder", "java.lang.invoke.StringConcatFactory",
            "java.lang.invoke.LambdaMetafactory", "java.lang.invoke.MethodHandles$Lookup",
            "java.lang.invoke.MethodHandle", "java.lang.invoke.MethodType", "java.lang.invoke.CallSite",
            "java.lang.Deprecated", "java.lang.FunctionalInterface", "java.lang.SafeVarargs",
            "java.lang.Override", "java.lang.annotation.Annotation", "java.lang.annotation.Retention",
            "java.lang.annotation.Target", "java.lang.annotation.Documented", "java.lang.annotation.Inherited",
            "java.lang.annotation.RetentionPolicy", "java.lang.annotation.ElementType",
            "java.lang.NullPointerException", "java.lang.ClassCastException", "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException", "java.lang.ArithmeticException",
            "java.lang.IndexOutOfBoundsException", "java.lang.UnsupportedOperationException",
            "java.util.function.Function", "java.util.function.Predicate", "java.util.function.Supplier",
            "java.util.function.Consumer", "java.util.function.BiFunction", "java.util.function.BiPredicate",
            "java.util.function.ToIntFunction", "java.util.function.ToLongFunction",
            "java.util.function.BinaryOperator", "java.util.function.UnaryOperator");

    /**
     * JDK types the code Drools generates for a rule needs (its metadata classes return
     * {@code Class<?>}; its lambdas are enums), though rules may not name them (the linter sees to that).
     */
    private static final Set<String> GENERATED = Set.of("java.lang.Class", "java.lang.constant.Constable",
            "java.lang.constant.ConstantDesc", "java.lang.Enum$EnumDesc", "java.util.Optional",
            "java.lang.constant.DynamicConstantDesc", "java.lang.reflect.Type", "java.lang.reflect.GenericDeclaration",
            "java.lang.reflect.AnnotatedElement", "java.lang.invoke.TypeDescriptor",
            "java.lang.invoke.TypeDescriptor$OfField", "java.io.Externalizable", "java.lang.invoke.MethodHandles",
            "java.time.format.DateTimeFormatter", "java.time.format.DateTimeFormatterBuilder", "java.util.Locale");

    /** Package prefixes of the engine, which Drools loads through this loader by name (loading, not compiling). */
    private static final List<String> ENGINE = List.of("org.drools.", "org.kie.", "org.mvel2.");

    private final Allowlist allowlist;
    private final Set<String> visible;
    private final List<String> alsoVisible;

    private SandboxClassLoader(ClassLoader parent, Allowlist allowlist, List<String> alsoVisible) {
        super("volunteer-rules-sandbox", parent);
        this.allowlist = allowlist;
        this.visible = Collections.unmodifiableSet(closure(allowlist, parent));
        this.alsoVisible = alsoVisible;
    }

    /** A sandbox in front of the class loader that holds this library and Drools. */
    public static SandboxClassLoader over(ClassLoader parent) {
        return new SandboxClassLoader(parent, Allowlist.standard(), List.of());
    }

    /**
     * The sandbox for Drools' classic compiler, whose generated invokers are written against its
     * MVEL support as well. What it compiles is only checked for errors, never run.
     */
    public static SandboxClassLoader forClassicCheck(ClassLoader parent) {
        return new SandboxClassLoader(parent, Allowlist.standard(), List.of("org.drools.mvel.", "org.mvel2."));
    }

    /** Whether rule code may be compiled against this type (binary name). */
    public boolean compilerSees(String binaryName) {
        return visible.contains(binaryName) || allowlist.allowsType(binaryName) || engineApi(binaryName)
                || alsoVisible.stream().anyMatch(binaryName::startsWith);
    }

    /**
     * The engine types the code Drools generates for a rule is written against: the executable
     * model's DSL and the rule context; rules may not name them (the linter sees to that).
     */
    private static boolean engineApi(String name) {
        return ENGINE_API.stream().anyMatch(name::startsWith) && ENGINE_HIDDEN.stream().noneMatch(name::startsWith)
                || GENERATED.contains(name);
    }

    /** The engine packages generated rule code is compiled against. */
    private static final List<String> ENGINE_API = List.of("org.drools.model.", "org.drools.modelcompiler.",
            "org.drools.compiler.kie.builder.MaterializedLambda", "org.drools.base.", "org.drools.core.",
            "org.drools.util.", "org.kie.api.", "org.kie.util.maven.support.");

    /**
     * Never visible to the compiler though under the packages above: the engine's implementation
     * (knowledge bases, sessions). MVEL ({@code org.mvel2}, {@code org.drools.mvel}), which evaluates
     * strings as code, and Drools' class loaders ({@code org.drools.wiring}) are not listed at all.
     */
    private static final List<String> ENGINE_HIDDEN = List.of("org.drools.core.impl.");

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (compilerSees(name) || ENGINE.stream().anyMatch(name::startsWith) || runtimeSupport(name)) {
            return super.loadClass(name, resolve);
        }
        throw new ClassNotFoundException(name + " is not available to rules");
    }

    /** What the JVM links generated code against (lambdas, string concatenation, boxing). */
    private static boolean runtimeSupport(String name) {
        return name.startsWith("java.lang.invoke.") || name.startsWith("java.util.function.");
    }

    @Override
    public URL getResource(String name) {
        return visibleResource(name) ? super.getResource(name) : null;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return visibleResource(name) ? super.getResourceAsStream(name) : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return visibleResource(name) ? super.getResources(name) : Collections.emptyEnumeration();
    }

    /** Class files only of visible types; other resources (Drools' configuration) as they are. */
    private boolean visibleResource(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        if (!n.endsWith(".class")) {
            return true;
        }
        return compilerSees(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
    }

    /** The allowed types with every type they extend or implement (the compiler reads those too). */
    private static Set<String> closure(Allowlist allowlist, ClassLoader loader) {
        Set<String> out = new HashSet<>(LANGUAGE);
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<String> start = new HashSet<>(allowlist.jdkTypes());
        start.addAll(allowlist.ownTypes());
        for (String name : start) {
            Allowlist.type(name).ifPresent(todo::add);
        }
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            out.add(c.getName());
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(List.of(c.getInterfaces()));
        }
        return out;
    }
}
