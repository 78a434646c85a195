package io.volunteerrules.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The labels of {@link Labelled} enums, read once per enum from {@code labels.properties} in the
 * enum's package. Keys are {@code <EnumSimpleName>.<CONSTANT>.zh} and {@code ….en}; the file is
 * UTF-8. {@link #problems(Class)} and {@link #labelledEnums(Path, ClassLoader)} let each module's
 * tests prove that every constant of every labelled enum it defines has both labels.
 */
public final class Labels {

    /** The resource every labelled enum's package keeps its labels in. */
    public static final String RESOURCE = "labels.properties";

    private static final ClassValue<Map<String, String>> TABLES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            return read(type);
        }
    };

    /** Per enum, its labels by language and ordinal (null where missing): a label read costs no lookup. */
    private static final ClassValue<String[][]> BY_ORDINAL = new ClassValue<>() {
        @Override
        protected String[][] computeValue(Class<?> type) {
            Map<String, String> table = TABLES.get(type);
            Object[] constants = type.getEnumConstants();
            String[][] labels = new String[Language.values().length][constants.length];
            for (Language language : Language.values()) {
                for (Object constant : constants) {
                    String label = table.get(key((Enum<?>) constant, language));
                    labels[language.ordinal()][((Enum<?>) constant).ordinal()] =
                            label == null || label.isBlank() ? null : label;
                }
            }
            return labels;
        }
    };

    private Labels() {
    }

    /** The key of one label: {@code InsuranceType.PERSONAL_ACCIDENT.zh}. */
    public static String key(Enum<?> constant, Language language) {
        return constant.getDeclaringClass().getSimpleName() + "." + constant.name() + "."
                + language.name().toLowerCase(Locale.ROOT);
    }

    static String label(Labelled value, Language language) {
        if (!(value instanceof Enum<?> constant)) {
            throw new IllegalStateException(value.getClass().getName()
                    + " is not an enum: it must override zh() and en() to give its labels");
        }
        Class<?> type = constant.getDeclaringClass();
        String label = BY_ORDINAL.get(type)[language.ordinal()][constant.ordinal()];
        if (label == null) {
            throw new IllegalStateException("no label " + key(constant, language) + " in " + resourceName(type));
        }
        return label;
    }

    /**
     * What is wrong with an enum's labels: a constant without a non-blank label in either language,
     * or a key in its package's bundle naming a constant the enum does not have. Empty when all is
     * well.
     */
    public static List<String> problems(Class<? extends Enum<?>> type) {
        Map<String, String> table = TABLES.get(type);
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            for (Language language : Language.values()) {
                String key = key(constant, language);
                expected.add(key);
                String label = table.get(key);
                if (label == null || label.isBlank()) {
                    problems.add("no label " + key + " in " + resourceName(type));
                }
            }
        }
        String prefix = type.getSimpleName() + ".";
        for (String key : new TreeSet<>(table.keySet())) {
            if (key.startsWith(prefix) && !expected.contains(key)) {
                problems.add("label " + key + " in " + resourceName(type) + " names no constant of "
                        + type.getName());
            }
        }
        return problems;
    }

    /**
     * Every enum implementing {@link Labelled} among the classes compiled under a class-output
     * directory (such as {@code target/classes}), loaded through the given class loader.
     *
     * @throws UncheckedIOException if the directory cannot be read
     * @throws IllegalStateException if a class file found there cannot be loaded
     */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends Enum<?>>> labelledEnums(Path classesDirectory, ClassLoader loader) {
        List<Class<? extends Enum<?>>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = classesDirectory.relativize(file).toString().replace('\\', '/');
                if (!relative.endsWith(".class") || relative.endsWith("module-info.class")) {
                    continue;
                }
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name + " found in " + classesDirectory, e);
                }
                if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                    found.add((Class<? extends Enum<?>>) type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + classesDirectory, e);
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    private static String resourceName(Class<?> type) {
        return type.getPackageName().replace('.', '/') + "/" + RESOURCE;
    }

    private static Map<String, String> read(Class<?> type) {
        Properties properties = new Properties();
        try (InputStream in = type.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName(type), e);
        }
        Map<String, String> table = new java.util.HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            table.put(name, properties.getProperty(name).strip());
        }
        return Map.copyOf(table);
    }
}
