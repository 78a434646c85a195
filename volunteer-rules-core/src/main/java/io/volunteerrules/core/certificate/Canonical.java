package io.volunteerrules.core.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The canonical form of a certificate — compact JSON with properties and keys sorted, decimals
 * without trailing zeros — and the verification code over it: HMAC-SHA256 of number, issue date and
 * canonical content under the register's secret key. Changing any field changes the code; only the
 * key holder can make a matching one.
 */
public final class Canonical {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Canonical() {
    }

    /** The canonical JSON of a content. */
    public static String json(CertificateContent content) {
        try {
            return MAPPER.writeValueAsString(normalise(MAPPER.valueToTree(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("certificate content cannot be written as JSON", e);
        }
    }

    /** Reads a content back from its canonical JSON. */
    public static CertificateContent read(String json) {
        try {
            return MAPPER.readValue(json, CertificateContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a certificate content: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The verification code of a certificate: lower-case hex HMAC-SHA256.
     *
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     */
    public static String code(byte[] key, String number, java.time.LocalDate issuedOn, CertificateContent content) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("verification key must be at least 16 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String message = number + "\n" + issuedOn + "\n" + json(content);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether two contents are the same certificate content (same canonical JSON). */
    public static boolean sameContent(CertificateContent a, CertificateContent b) {
        return a != null && b != null && json(a).equals(json(b));
    }

    /**
     * Whether two verification codes are equal, compared in time independent of where they differ,
     * so that timing reveals nothing about the right code.
     */
    public static boolean sameCode(String a, String b) {
        return a != null && b != null && java.security.MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Decimals lose trailing zeros, so that 2.50 and 2.5 hours are the same certificate. */
    private static JsonNode normalise(JsonNode node) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            it.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                o.set(e.getKey(), normalise(e.getValue()));
            }
            return o;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode arr = (com.fasterxml.jackson.databind.node.ArrayNode) node;
            for (int i = 0; i < arr.size(); i++) {
                arr.set(i, normalise(arr.get(i)));
            }
            return arr;
        }
        if (node.isNumber()) {
            java.math.BigDecimal d = node.decimalValue().stripTrailingZeros();
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(
                    d.scale() < 0 ? d.setScale(0) : d);
        }
        return node;
    }
}
