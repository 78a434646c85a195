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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
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
 * the names of volunteers, guardians and contacts, ID and phone numbers; see
 * {@link Builder#personalFields}) wherever they appear, and anything shaped like a mainland ID number
 * or mobile phone number. A masked value keeps its first character ({@code 王**}).
 *
 * <p>Writes through SLF4J (logger {@value #LOGGER}, level INFO) or to a file, or to any line
 * consumer. Thread-safe: each call writes its lines whole.
 */
public final class DecisionLog {

    /** The SLF4J logger the log writes to by default. */
    public static final String LOGGER = "io.volunteerrules.decisions";

    /** Fields whose values are personal data, wherever they occur in a request. */
    public static final Set<String> DEFAULT_PERSONAL_FIELDS = Set.of("name@volunteers", "guardianName",
            "accompanyingGuardian", "idNumber", "volunteerNumber", "phone", "personInCharge", "handler", "contact");

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8,11}([0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private final Consumer<String> out;
    private final Set<String> personalFields;
    private final ObjectMapper mapper = Json.mapper();

    private DecisionLog(Consumer<String> out, Set<String> personalFields) {
        this.out = out;
        this.personalFields = Set.copyOf(personalFields);
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
        List<String> personal = personalValues(requestJson);
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

    /** Masks personal data in one text: the given personal values, ID numbers and phone numbers. */
    public static String mask(String text, List<String> personalValues) {
        String s = text;
        for (String v : personalValues) {
            s = s.replace(v, masked(v));
        }
        s = ID_NUMBER.matcher(s).replaceAll(m -> m.group(1) + "*".repeat(m.group().length() - 7) + m.group(2));
        s = PHONE.matcher(s).replaceAll(m -> m.group(1) + "****" + m.group(2));
        return s;
    }

    private static String masked(String value) {
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    private void mask(JsonNode node, List<String> personal) {
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

    /** The values of personal fields in the request, longest first (so a full name masks before a part of it). */
    private List<String> personalValues(JsonNode request) {
        Set<String> values = new LinkedHashSet<>();
        collect(request, "", values);
        List<String> out = new ArrayList<>(values);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    private void collect(JsonNode node, String list, Set<String> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (v.isTextual() && !v.asText().isBlank()
                        && (personalFields.contains(e.getKey()) || personalFields.contains(e.getKey() + "@" + list))) {
                    values.add(v.asText().trim());
                } else if (v.isArray()) {
                    v.forEach(item -> collect(item, e.getKey(), values));
                } else if (v.isObject()) {
                    collect(v, list, values);
                }
            });
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

        private Builder() {
        }

        /** Writes each line at INFO to the SLF4J logger of that name (the default is {@value #LOGGER}). */
        public Builder toLogger(String name) {
            Logger logger = LoggerFactory.getLogger(Objects.requireNonNull(name, "logger name must not be null"));
            this.out = lines -> lines.lines().forEach(logger::info);
            return this;
        }

        /** Appends the lines to a file (created if missing), UTF-8. */
        public Builder toFile(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            this.out = lines -> {
                try {
                    Files.writeString(file, lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the decision log " + file, e);
                }
            };
            return this;
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

        public DecisionLog build() {
            return new DecisionLog(out != null ? out : new Builder().toLogger(LOGGER).out, personalFields);
        }
    }
}
