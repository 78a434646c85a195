package io.volunteerrules.store;

import io.volunteerrules.core.certificate.Canonical;
import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.certificate.CertificateRegister;
import io.volunteerrules.core.certificate.IssuedCertificate;
import io.volunteerrules.core.certificate.Verification;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The issuance register in a database. A certificate's number comes from the table's identity
 * column, so it is unique across every issuer, every thread, every process and every restart; the
 * entry, its number, its verification code and the id of the key that made the code are written in
 * one transaction, and a certificate returned to the caller is on disk (see {@link JdbcDatabase}).
 *
 * <pre>{@code
 * CertificateRegister register = JdbcCertificateRegister.open(
 *         JdbcDatabase.sqliteFile(Path.of("data/register.db")), CertificateKeys.fromConfiguration());
 * IssuedCertificate c = CertificateIssuer.issue(decision, register);
 * }</pre>
 *
 * <p>Codes are HMAC-SHA256 under {@link CertificateKeys}: the signing key signs, and every configured
 * key verifies what it signed. Thread-safe.
 */
public final class JdbcCertificateRegister implements CertificateRegister {

    private static final String COLUMNS = "number, issued_on, content, verification_code, key_id, volunteer_id, "
            + "activity_id, issuer_id";

    private final JdbcDatabase db;
    private final CertificateKeys keys;
    private final String prefix;

    private JdbcCertificateRegister(JdbcDatabase db, CertificateKeys keys, String prefix) {
        this.db = db;
        this.keys = keys;
        this.prefix = prefix;
    }

    /**
     * Opens the register, creating its table if missing. Numbers read {@code ZZZY-2026-00000001}.
     *
     * @throws StoreException if the table cannot be created or the database cannot be opened
     */
    public static JdbcCertificateRegister open(JdbcDatabase db, CertificateKeys keys) {
        return open(db, keys, "ZZZY");
    }

    /** As {@link #open(JdbcDatabase, CertificateKeys)}, with numbers starting {@code prefix}. */
    public static JdbcCertificateRegister open(JdbcDatabase db, CertificateKeys keys, String prefix) {
        Objects.requireNonNull(db, "database must not be null");
        Objects.requireNonNull(keys, "keys must not be null");
        Objects.requireNonNull(prefix, "prefix must not be null");
        db.runScript(JdbcCertificateRegister.class, "certificate-register");
        return new JdbcCertificateRegister(db, keys, prefix);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException naming the field, before anything is stored, if the volunteer's or
     *                                  issuer's id is missing or is not an id the store keeps (see
     *                                  {@link JdbcTimeBankLedger}), a text of the content holds half of a
     *                                  surrogate pair (stored, it would read back as other content than was
     *                                  signed and never verify), or {@code issuedOn} is outside years 1000 to 9999
     */
    @Override
    public IssuedCertificate register(CertificateContent content, LocalDate issuedOn) {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(issuedOn, "issuedOn must not be null");
        StorableText.requireId(content.volunteer().id(), "volunteer.id");
        StorableText.requireId(content.issuer().id(), "issuer.id");
        StorableText.requireOptionalId(content.activityId(), "activityId");
        StorableText.requireWellFormedTexts(content, "");
        if (issuedOn.getYear() < 1000 || issuedOn.getYear() > 9999) {
            throw new IllegalArgumentException("issuedOn must be a date from 1000-01-01 to 9999-12-31, was " + issuedOn);
        }
        String json = Canonical.json(content);
        String keyId = keys.signingId();
        byte[] key = keys.signingKey();
        return db.inTransaction("registering a certificate", c -> {
            long serial;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO certificate_register (issued_on, volunteer_id, activity_id, issuer_id, content, key_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                db.setDate(insert, 1, issuedOn);
                insert.setString(2, content.volunteer().id());
                insert.setString(3, content.activityId());
                insert.setString(4, content.issuer().id());
                insert.setString(5, json);
                insert.setString(6, keyId);
                insert.executeUpdate();
                try (ResultSet generated = insert.getGeneratedKeys()) {
                    if (!generated.next()) {
                        throw new SQLException("the database returned no serial for the new entry");
                    }
                    serial = generated.getLong(1);
                }
            }
            String number = String.format("%s-%d-%08d", prefix, issuedOn.getYear(), serial);
            String code = Canonical.code(key, number, issuedOn, content);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE certificate_register SET number = ?, verification_code = ? WHERE serial = ?")) {
                update.setString(1, number);
                update.setString(2, code);
                update.setLong(3, serial);
                update.executeUpdate();
            }
            return new IssuedCertificate(number, issuedOn, Canonical.read(json), code);
        });
    }

    @Override
    public Optional<IssuedCertificate> find(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return query("WHERE number = ?", number).stream().findFirst().map(JdbcCertificateRegister::readable);
    }

    @Override
    public List<IssuedCertificate> entries() {
        return query("WHERE number IS NOT NULL ORDER BY serial", null).stream().map(JdbcCertificateRegister::readable)
                .toList();
    }

    /**
     * Genuine only when the stored entry still carries the code its key gives its stored content, and the
     * content and code presented are the stored ones; see {@link CertificateRegister#verify}.
     */
    @Override
    public Verification verify(String number, CertificateContent presented, String verificationCode) {
        if (number == null || presented == null || verificationCode == null) {
            return Verification.NOT_GENUINE;
        }
        List<Stored> found = query("WHERE number = ?", number);
        return Verification.of(found.size() == 1 && intact(found.get(0))
                && Canonical.sameContent(found.get(0).certificate().content(), presented)
                && Canonical.sameCode(found.get(0).certificate().verificationCode(), verificationCode));
    }

    /**
     * Whether the stored entry with this number is as it was signed: its code is the one its key gives
     * its stored number, date and content. False for an unknown number, an entry changed in the
     * database, or one signed with a key no longer configured.
     */
    public boolean intact(String number) {
        List<Stored> found = number == null ? List.of() : query("WHERE number = ?", number);
        return found.size() == 1 && intact(found.get(0));
    }

    /** The number of registered certificates. */
    public long count() {
        return db.inTransaction("counting certificates", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM certificate_register");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** An entry as stored; {@code certificate} is null when its content no longer reads as a certificate. */
    private record Stored(IssuedCertificate certificate, String keyId, String volunteerId, String activityId,
            String issuerId) {
    }

    private static IssuedCertificate readable(Stored s) {
        if (s.certificate() == null) {
            throw new StoreException("a certificate register entry cannot be read as a certificate: it was changed "
                    + "in the database", null);
        }
        return s.certificate();
    }

    private boolean intact(Stored s) {
        if (s.certificate() == null || s.keyId() == null) {
            return false;
        }
        Optional<byte[]> key = keys.key(s.keyId());
        if (key.isEmpty()) {
            return false;
        }
        IssuedCertificate c = s.certificate();
        return Canonical.sameCode(Canonical.code(key.get(), c.number(), c.issuedOn(), c.content()), c.verificationCode())
                && Objects.equals(s.volunteerId(), c.content().volunteer().id())
                && Objects.equals(s.activityId(), c.content().activityId())
                && Objects.equals(s.issuerId(), c.content().issuer().id());
    }

    private List<Stored> query(String where, String parameter) {
        return db.inTransaction("reading the certificate register", c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM certificate_register " + where)) {
                if (parameter != null) {
                    s.setString(1, parameter);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Stored(certificate(rs), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    private IssuedCertificate certificate(ResultSet rs) throws SQLException {
        String number = rs.getString(1);
        String code = rs.getString(4);
        if (number == null || code == null) {
            return null;
        }
        try {
            return new IssuedCertificate(number, db.getDate(rs, 2), Canonical.read(rs.getString(3)), code);
        } catch (RuntimeException e) {   // content or date changed into something unreadable
            return null;
        }
    }
}
