package io.volunteerrules.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.decision.Reason;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An audit log of decisions, one JSON object per line and per decision:
 *
 * <pre>{@code
 * {"requestDigest":"sha256:…","asOf":"2026-05-01","question":"assignment:A1","ruleSetVersion":"sha256:…",
 *  "outcome":"REFUSED","reasons":[{"rule":"guardian-consent-missing","clauses":["HN-8","CC-19"],
 *  "effect":"REFUSE","en":"王* is 15 on 2026-05-01, …","zh":"…"}],"values":{}}
 * }</pre>
 *
 * <p>Personal data never reaches the log: the request itself is only a digest (SHA-256 of its JSON),
 * and every text written is masked — the values of the personal fields of the request (by default
 * the names of volunteers, guardians and contacts, ID, phone and policy numbers; see
 * {@link Builder#personalFields}) wherever they appear, the free-text fields of the request
 * (comments, summaries, content, places, see {@link Builder#freeTextFields}: a person may write a
 * name, a phone number or an address into them) wherever they appear, and anything shaped like a
 * mainland ID number or mobile phone number. A masked value is {@value #MASK} by default, so
 * neither a surname nor a length is kept ({@link Builder#nameMasking} can keep the first
 * character); a free text is {@value #FREE_TEXT}.
 *
 * <p>Writes through SLF4J (logger {@value #LOGGER}, level INFO) or to a file created readable and
 * writable by its owner only ({@code rw-------} where the file system has POSIX permissions), or to
 * any line consumer. Masking costs time linear in the text written. Thread-safe: each call writes its
 * lines whole.
 */
public final class DecisionLog {

    /** The SLF4J logger the log writes to by default. */
    public static final String LOGGER = "io.volunteerrules.decisions";

    /** Fields whose values are personal data, wherever they occur in a request. */
    public static final Set<String> DEFAULT_PERSONAL_FIELDS = Set.of("name@volunteers", "guardianName",
            "accompanyingGuardian", "idNumber", "volunteerNumber", "phone", "personInCharge", "handler", "contact",
            "recipientName", "policyNumber", "number@qualifications", "residenceArea");

    /** Fields of free text, wherever they occur in a request: left out of the log wherever they appear. */
    public static final Set<String> DEFAULT_FREE_TEXT_FIELDS = Set.of("comment", "summary", "content", "place",
            "demand", "risks", "emergencyCommand");

    /** What a masked personal value becomes. */
    public static final String MASK = "***";
    /** What a free text becomes. */
    public static final String FREE_TEXT = "[free text withheld]";

    /** How the values of personal fields are masked. */
    public enum NameMasking {
        /** {@value DecisionLog#MASK}, whatever the value: the default. */
        FULL,
        /** The first character kept, the rest starred ({@code 王**}): the surname stays readable. */
        KEEP_FIRST_CHARACTER
    }

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8,11}([0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private final Consumer<String> out;
    private final Set<String> personalFields;
    private final Set<String> freeTextFields;
    private final NameMasking nameMasking;
    private final ObjectMapper mapper = Json.mapper();

    private DecisionLog(Consumer<String> out, Set<String> personalFields, Set<String> freeTextFields,
            NameMasking nameMasking) {
        this.out = out;
        this.personalFields = Set.copyOf(personalFields);
        this.freeTextFields = Set.copyOf(freeTextFields);
        this.nameMasking = nameMasking;
    }

    /** Starts configuring a log; by default it writes to SLF4J and masks {@link #DEFAULT_PERSONAL_FIELDS}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Writes one line per decision. Never throws for the content of a decision. */
    public void record(EvaluationRequest request, List<Decision> decisions) {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(decisions, "decisions must not be null");
        JsonNode requestJson = mapper.valueToTree(request);
        String digest = digest(requestJson);
        Masker personal = masker(requestJson);
        StringBuilder lines = new StringBuilder();
        for (Decision d : decisions) {
            ObjectNode line = mapper.createObjectNode();
            line.put("requestDigest", digest);
            line.put("asOf", d.asOf().toString());
            line.put("question", d.question().subject());
            line.put("ruleSetVersion", d.ruleSetVersion());
            line.put("outcome", d.outcome().status());
            ArrayNode reasons = line.putArray("reasons");
            for (Reason r : d.allReasons()) {
                ObjectNode rn = reasons.addObject();
                rn.put("rule", r.rule());
                ArrayNode clauses = rn.putArray("clauses");
                r.clauses().forEach(clauses::add);
                rn.put("effect", r.effect().name());
                rn.put("en", r.en());
                rn.put("zh", r.zh());
            }
            line.set("values", mapper.valueToTree(d.values()));
            mask(line, personal);
            // the digests are hashes, not personal data, and are written as they are: a run of their
            // digits can look like a phone number (sha256:628ac142560511…) and would be masked
            line.put("requestDigest", digest);
            line.put("ruleSetVersion", d.ruleSetVersion());
            try {
                lines.append(mapper.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a decision as JSON", e);
            }
        }
        if (!lines.isEmpty()) {
            synchronized (this) {
                out.accept(lines.substring(0, lines.length() - 1));
            }
        }
    }

    /**
     * Masks personal data in one text: the given personal values (fully, {@value #MASK}), ID numbers
     * and phone numbers.
     */
    public static String mask(String text, List<String> personalValues) {
        Masker masker = new Masker();
        personalValues.forEach(v -> masker.add(v, MASK));
        return mask(text, masker);
    }

    private static String mask(String text, Masker masker) {
        String s = masker.apply(text);
        s = ID_NUMBER.matcher(s).replaceAll(m -> m.group(1) + "*".repeat(m.group().length() - 7) + m.group(2));
        s = PHONE.matcher(s).replaceAll(m -> m.group(1) + "****" + m.group(2));
        return s;
    }

    private String masked(String value) {
        if (nameMasking == NameMasking.FULL) {
            return MASK;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    private void mask(JsonNode node, Masker personal) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(mask(e.getValue().asText(), personal)));
                } else {
                    mask(e.getValue(), personal);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, TextNode.valueOf(mask(a.get(i).asText(), personal)));
                } else {
                    mask(a.get(i), personal);
                }
            }
        }
    }

    /** The values of the personal and free-text fields in the request, each with what replaces it. */
    private Masker masker(JsonNode request) {
        Masker masker = new Masker();
        collect(request, "", masker);
        return masker;
    }

    private void collect(JsonNode node, String list, Masker masker) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                String key = e.getKey();
                if (v.isTextual() && !v.asText().isBlank()) {
                    String text = v.asText().trim();
                    if (freeTextFields.contains(key) || freeTextFields.contains(key + "@" + list)) {
                        masker.add(text, FREE_TEXT);
                    } else if (personalFields.contains(key) || personalFields.contains(key + "@" + list)) {
                        masker.add(text, masked(text));
                    }
                } else if (v.isArray()) {
                    v.forEach(item -> collect(item, key, masker));
                } else if (v.isObject()) {
                    collect(v, list, masker);
                }
            });
        }
    }

    /**
     * Replaces many values in a text in one pass: the values are indexed by their first two
     * characters and, under those, by their length, and at each position the longest value starting
     * there wins (so a free text containing a name goes whole, and a full name before a part of it).
     * A position costs one lookup per distinct length of the values that start like it, however many
     * values there are; a value shorter than two characters is not masked.
     */
    private static final class Masker {
        /** First two characters → length → value → replacement; lengths in descending order. */
        private final Map<Integer, java.util.NavigableMap<Integer, Map<String, String>>> byStart = new HashMap<>();

        void add(String value, String replacement) {
            if (value.length() < 2) {
                return;
            }
            Map<String, String> sameLength = byStart
                    .computeIfAbsent(key(value, 0), k -> new java.util.TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(value.length(), k -> new HashMap<>());
            // a value that is both personal and free text is withheld whole
            sameLength.merge(value, replacement, (a, b) -> FREE_TEXT.equals(a) || FREE_TEXT.equals(b) ? FREE_TEXT : a);
        }

        String apply(String text) {
            if (byStart.isEmpty() || text.length() < 2) {
                return text;
            }
            StringBuilder sb = null;
            int copied = 0;
            for (int i = 0; i + 1 < text.length();) {
                java.util.NavigableMap<Integer, Map<String, String>> lengths = byStart.get(key(text, i));
                String value = null;
                String replacement = null;
                if (lengths != null) {
                    for (Map.Entry<Integer, Map<String, String>> e : lengths.entrySet()) {
                        int end = i + e.getKey();
                        if (end <= text.length()) {
                            String candidate = text.substring(i, end);
                            replacement = e.getValue().get(candidate);
                            if (replacement != null) {
                                value = candidate;
                                break;
                            }
                        }
                    }
                }
                if (value == null) {
                    i++;
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder(text.length());
                }
                sb.append(text, copied, i).append(replacement);
                i += value.length();
                copied = i;
            }
            return sb == null ? text : sb.append(text, copied, text.length()).toString();
        }

        private static int key(String s, int i) {
            return (s.charAt(i) << 16) | s.charAt(i + 1);
        }
    }

    private String digest(JsonNode request) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(request);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the request", e);
        }
    }

    /** Where the log goes and what it masks. */
    public static final class Builder {
        private Consumer<String> out;
        private Set<String> personalFields = DEFAULT_PERSONAL_FIELDS;
        private Set<String> freeTextFields = DEFAULT_FREE_TEXT_FIELDS;
        private NameMasking nameMasking = NameMasking.FULL;

        private Builder() {
        }

        /** Writes each line at INFO to the SLF4J logger of that name (the default is {@value #LOGGER}). */
        public Builder toLogger(String name) {
            Logger logger = LoggerFactory.getLogger(Objects.requireNonNull(name, "logger name must not be null"));
            this.out = lines -> lines.lines().forEach(logger::info);
            return this;
        }

        /**
         * Appends the lines to a file, UTF-8. A missing file is created readable and writable by its
         * owner only ({@code rw-------}) where the file system has POSIX permissions; an existing
         * file keeps its permissions.
         */
        public Builder toFile(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            this.out = lines -> {
                try {
                    createOwnerOnly(file);
                    Files.writeString(file, lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the decision log " + file, e);
                }
            };
            return this;
        }

        private static void createOwnerOnly(Path file) throws IOException {
            if (Files.exists(file)) {
                return;
            }
            try {
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException e) {
                // another writer created it first
            }
        }

        /** Writes the lines to a writer, flushing after each call. */
        public Builder toWriter(Writer writer) {
            Objects.requireNonNull(writer, "writer must not be null");
            this.out = lines -> {
                try {
                    writer.write(lines + "\n");
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the decision log", e);
                }
            };
            return this;
        }

        /**
         * The request fields whose values are personal data: a field name ({@code phone}) anywhere,
         * or {@code field@list} for a field of one fact list only ({@code name@volunteers}, since an
         * activity's name is not personal).
         */
        public Builder personalFields(Set<String> fields) {
            this.personalFields = Set.copyOf(Objects.requireNonNull(fields, "fields must not be null"));
            return this;
        }

        /**
         * The request fields of free text (the default is {@link #DEFAULT_FREE_TEXT_FIELDS}), in the
         * same {@code field} or {@code field@list} form as {@link #personalFields}: their values
         * become {@value #FREE_TEXT} wherever they appear in the log.
         */
        public Builder freeTextFields(Set<String> fields) {
            this.freeTextFields = Set.copyOf(Objects.requireNonNull(fields, "fields must not be null"));
            return this;
        }

        /** How personal values are masked: {@link NameMasking#FULL} unless chosen otherwise. */
        public Builder nameMasking(NameMasking masking) {
            this.nameMasking = Objects.requireNonNull(masking, "name masking must not be null");
            return this;
        }

        public DecisionLog build() {
            return new DecisionLog(out != null ? out : new Builder().toLogger(LOGGER).out, personalFields,
                    freeTextFields, nameMasking);
        }
    }
}
