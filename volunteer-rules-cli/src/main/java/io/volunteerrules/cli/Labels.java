package io.volunteerrules.cli;

import io.volunteerrules.core.model.RegistrationPlatform;
import io.volunteerrules.core.text.Labelled;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The Chinese and English labels of the model's enum values ({@code NATIONAL_SYSTEM} is
 * 全国志愿服务信息系统 / the national volunteer-service information system), for pages people read:
 * every {@link Labelled} enum of {@code io.volunteerrules.core.model}, found on the class path.
 *
 * <p>One name can belong to several enums ({@code OTHER}): a list of names is read as values of the
 * enums that have all of them, and labelled only when those enums label them alike; otherwise it
 * is left as it is.
 */
final class Labels {

    private static final String PACKAGE = RegistrationPlatform.class.getPackageName();

    private final List<Class<? extends Enum<?>>> enums;

    private Labels(List<Class<? extends Enum<?>>> enums) {
        this.enums = List.copyOf(enums);
    }

    /** The labelled enums of the core's model package. */
    static Labels ofModel() {
        List<Class<? extends Enum<?>>> out = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> c = Class.forName(PACKAGE + "." + name, false, Labels.class.getClassLoader());
                if (c.isEnum() && Labelled.class.isAssignableFrom(c)) {
                    @SuppressWarnings("unchecked")
                    Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) c;
                    out.add(e);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not a class we can label
            }
        }
        out.sort(java.util.Comparator.comparing(Class::getSimpleName));
        return new Labels(out);
    }

    /** The enums found, by simple name. */
    List<Class<? extends Enum<?>>> enums() {
        return enums;
    }

    /**
     * The labels of {@code names}, in their order, when some enum has them all and every enum that
     * has them all labels them alike; empty otherwise.
     */
    Optional<List<Labelled>> of(Collection<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<Labelled> found = null;
        for (Class<? extends Enum<?>> e : enums) {
            Map<String, Labelled> byName = new LinkedHashMap<>();
            for (Enum<?> constant : e.getEnumConstants()) {
                byName.put(constant.name(), (Labelled) constant);
            }
            if (byName.keySet().containsAll(names)) {
                List<Labelled> these = names.stream().map(byName::get).toList();
                if (found != null && !sameLabels(found, these)) {
                    return Optional.empty();    // two enums that label these names differently
                }
                found = found == null ? these : found;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean sameLabels(List<Labelled> a, List<Labelled> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).zh().equals(b.get(i).zh()) || !a.get(i).en().equals(b.get(i).en())) {
                return false;
            }
        }
        return true;
    }

    /** The label of one name, when the enums that have it agree on its label. */
    Optional<Labelled> of(String name) {
        return of(List.of(name)).map(l -> l.get(0));
    }

    /**
     * Replaces a parenthesised list of enum names in a text (a table's description says
     * {@code (NATIONAL_SYSTEM, ZHIYUAN_ZHENGZHOU, OTHER)}) by their English labels, when one enum
     * has them all.
     */
    String inEnglish(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([A-Z][A-Z0-9_]*(?:, *[A-Z][A-Z0-9_]*)*)\\)")
                .matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> names = List.of(m.group(1).split(", *"));
            String replacement = of(names).map(ls -> "(" + String.join(", ", ls.stream().map(Labelled::en).toList()) + ")")
                    .orElse(m.group());
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The simple names of the classes in the model package, from its directory or its jar. */
    private static List<String> classNames() {
        String dir = PACKAGE.replace('.', '/');
        List<String> out = new ArrayList<>();
        try {
            Path location = Path.of(RegistrationPlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> s = Files.list(location.resolve(dir))) {
                    s.map(p -> p.getFileName().toString()).forEach(n -> add(out, n));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0)
                            .forEach(n -> add(out, n.substring(dir.length() + 1)));
                }
            }
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            // no labels: the page shows the names
        }
        return out;
    }

    private static void add(List<String> out, String file) {
        if (file.endsWith(".class") && !file.contains("$")) {
            out.add(file.substring(0, file.length() - ".class".length()));
        }
    }

    /** {@code 1 hour}, {@code 2 hours}: a value with its table's unit, in the singular for exactly one. */
    static String withUnit(Object value, String unit) {
        String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
        if (unit == null || unit.isBlank()) {
            return text;
        }
        String u = unit;
        if (value instanceof Number n && new java.math.BigDecimal(n.toString()).compareTo(java.math.BigDecimal.ONE) == 0
                && u.endsWith("s") && !u.endsWith("ss")) {
            u = u.substring(0, u.length() - 1);
        }
        return text + " " + u;
    }
}
