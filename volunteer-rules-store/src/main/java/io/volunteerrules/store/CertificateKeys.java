package io.volunteerrules.store;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secret keys of the certificate register, each with an id: the first signs new certificates, and
 * every key verifies the certificates signed with it (the register stores the key id with each
 * certificate). Keys come from configuration, never from code:
 *
 * <pre>{@code
 * // VOLUNTEER_RULES_CERTIFICATE_KEYS="2027a:<base64 of 32 random bytes>,2026a:<base64 …>"
 * CertificateKeys keys = CertificateKeys.fromConfiguration();
 * CertificateRegister register = JdbcCertificateRegister.open(db, keys);
 * }</pre>
 *
 * <p>Rotation: put a new key first and keep the old ones after it; new certificates are signed with the
 * new key and earlier ones still verify. A key removed from the list no longer verifies the
 * certificates it signed. {@link #toString()} names the ids only, never a key. Immutable.
 */
public final class CertificateKeys {

    /** The environment variable {@link #fromConfiguration()} reads. */
    public static final String ENVIRONMENT_VARIABLE = "VOLUNTEER_RULES_CERTIFICATE_KEYS";

    /** The system property {@link #fromConfiguration()} reads first. */
    public static final String SYSTEM_PROPERTY = "volunteer-rules.certificate-keys";

    /** The fewest bytes a key may have. */
    public static final int MINIMUM_KEY_BYTES = 16;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final String signingId;
    private final Map<String, byte[]> keys;

    private CertificateKeys(Map<String, byte[]> keys) {
        this.keys = Collections.unmodifiableMap(keys);
        this.signingId = keys.keySet().iterator().next();
    }

    /**
     * One key, which signs and verifies.
     *
     * @throws IllegalArgumentException if the id is not 1–32 letters, digits, {@code . _ -}, or the key
     *                                  is shorter than {@value #MINIMUM_KEY_BYTES} bytes
     */
    public static CertificateKeys of(String id, byte[] key) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        put(keys, id, key);
        return new CertificateKeys(keys);
    }

    /**
     * These keys with one more, older key after them: it verifies what it signed but signs nothing.
     *
     * @throws IllegalArgumentException as {@link #of}, or if the id is already used
     */
    public CertificateKeys withOlder(String id, byte[] key) {
        Map<String, byte[]> more = new LinkedHashMap<>(keys);
        put(more, id, key);
        return new CertificateKeys(more);
    }

    /**
     * Keys written as {@code id:base64,id:base64,…}, the signing key first.
     *
     * @throws IllegalArgumentException naming the entry that is malformed (never its key)
     */
    public static CertificateKeys parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("certificate keys are empty: give id:base64-key[,id:base64-key…], "
                    + "the signing key first");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("certificate key " + (i + 1) + " has no id: write id:base64-key");
            }
            String id = entry.substring(0, colon).trim();
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("certificate key \"" + safeId(id) + "\" is not valid base64");
            }
            put(keys, id, key);
        }
        return new CertificateKeys(keys);
    }

    /**
     * The keys configured in the system property {@value #SYSTEM_PROPERTY} or, when it is not set, the
     * environment variable {@value #ENVIRONMENT_VARIABLE}, in the form {@link #parse} reads.
     *
     * @throws IllegalStateException    if neither is set
     * @throws IllegalArgumentException if the value is malformed
     */
    public static CertificateKeys fromConfiguration() {
        String spec = System.getProperty(SYSTEM_PROPERTY);
        if (spec == null || spec.isBlank()) {
            spec = System.getenv(ENVIRONMENT_VARIABLE);
        }
        if (spec == null || spec.isBlank()) {
            throw new IllegalStateException("no certificate keys configured: set " + ENVIRONMENT_VARIABLE
                    + " (or the system property " + SYSTEM_PROPERTY + ") to id:base64-key, for instance with "
                    + "a key from `head -c 32 /dev/urandom | base64`");
        }
        return parse(spec);
    }

    /** The id of the key that signs new certificates. */
    public String signingId() {
        return signingId;
    }

    /** The key that signs new certificates. */
    byte[] signingKey() {
        return keys.get(signingId).clone();
    }

    /** The key with this id, if it is configured. */
    Optional<byte[]> key(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id)).map(byte[]::clone);
    }

    /** Every key id, the signing one first. */
    public Set<String> ids() {
        return keys.keySet();
    }

    @Override
    public String toString() {
        return "CertificateKeys" + keys.keySet() + " (signing with " + signingId + ")";
    }

    private static void put(Map<String, byte[]> keys, String id, byte[] key) {
        Objects.requireNonNull(id, "key id must not be null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("certificate key id \"" + safeId(id)
                    + "\" must be 1 to 32 letters, digits, '.', '_' or '-'");
        }
        if (key == null || key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("certificate key \"" + id + "\" must be at least " + MINIMUM_KEY_BYTES
                    + " bytes (it has " + (key == null ? 0 : key.length) + ")");
        }
        if (keys.putIfAbsent(id, key.clone()) != null) {
            throw new IllegalArgumentException("certificate key id \"" + id + "\" is given twice");
        }
    }

    private static String safeId(String id) {
        String shown = id.length() > 32 ? id.substring(0, 32) + "…" : id;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
