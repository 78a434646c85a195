package io.volunteerrules.store;

import io.volunteerrules.core.certificate.Canonical;
import io.volunteerrules.core.certificate.CertificateContent;
import io.volunteerrules.core.certificate.CertificateRegister;
import io.volunteerrules.core.certificate.IssuedCertificate;
import java.sql.Connection;
import java.sql.Date;
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
 * column, so it is unique across every issuer, every thread and every restart; the entry, its number
 * and its verification code are written in one transaction.
 *
 * <pre>{@code
 * CertificateRegister register = JdbcCertificateRegister.open(JdbcDatabase.h2File(Path.of("data/register")), key);
 * IssuedCertificate c = CertificateIssuer.issue(decision, register);
 * }</pre>
 *
 * <p>The key signs verification codes (HMAC-SHA256); keep it secret and the same across restarts, or
 * earlier certificates no longer verify. Thread-safe.
 */
public final class JdbcCertificateRegister implements CertificateRegister {

    private final JdbcDatabase db;
    private final byte[] key;
    private final String prefix;

    private JdbcCertificateRegister(JdbcDatabase db, byte[] key, String prefix) {
        this.db = db;
        this.key = key.clone();
        this.prefix = prefix;
    }

    /**
     * Opens the register, creating its table if missing. Numbers read {@code ZZZY-2026-00000001}.
     *
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     * @throws StoreException           if the table cannot be created
     */
    public static JdbcCertificateRegister open(JdbcDatabase db, byte[] key) {
        return open(db, key, "ZZZY");
    }

    /** As {@link #open(JdbcDatabase, byte[])}, with numbers starting {@code prefix}. */
    public static JdbcCertificateRegister open(JdbcDatabase db, byte[] key, String prefix) {
        Objects.requireNonNull(db, "database must not be null");
        Objects.requireNonNull(prefix, "prefix must not be null");
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("verification key must be at least 16 bytes");
        }
        db.runScript(JdbcCertificateRegister.class, "certificate-register");
        return new JdbcCertificateRegister(db, key, prefix);
    }

    @Override
    public IssuedCertificate register(CertificateContent content, LocalDate issuedOn) {
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(issuedOn, "issuedOn must not be null");
        String json = Canonical.json(content);
        return db.inTransaction("registering a certificate", c -> {
            long serial;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO certificate_register (issued_on, volunteer_id, activity_id, issuer_id, content) "
                            + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setDate(1, Date.valueOf(issuedOn));
                insert.setString(2, content.volunteer().id());
                insert.setString(3, content.activityId());
                insert.setString(4, content.issuer().id());
                insert.setString(5, json);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned no serial for the new entry");
                    }
                    serial = keys.getLong(1);
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
        List<IssuedCertificate> found = query("SELECT number, issued_on, content, verification_code FROM certificate_register "
                + "WHERE number = ?", number);
        return found.stream().findFirst();
    }

    @Override
    public List<IssuedCertificate> entries() {
        return query("SELECT number, issued_on, content, verification_code FROM certificate_register "
                + "WHERE number IS NOT NULL ORDER BY serial", null);
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

    /** Whether {@code code} is the code this register's key gives the certificate (no database needed). */
    public boolean codeMatches(IssuedCertificate certificate) {
        return Canonical.code(key, certificate.number(), certificate.issuedOn(), certificate.content())
                .equals(certificate.verificationCode());
    }

    private List<IssuedCertificate> query(String sql, String parameter) {
        return db.inTransaction("reading the certificate register", c -> {
            List<IssuedCertificate> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (parameter != null) {
                    s.setString(1, parameter);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IssuedCertificate(rs.getString(1), rs.getDate(2).toLocalDate(),
                                Canonical.read(rs.getString(3)), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }
}
