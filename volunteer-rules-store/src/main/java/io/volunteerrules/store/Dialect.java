package io.volunteerrules.store;

/** The database engines the stores run on; each has its own schema scripts where SQL differs. */
public enum Dialect {
    /** SQLite in a file: the default embedded engine. */
    SQLITE("sqlite"),
    /** H2 in a file. */
    H2("h2"),
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql");

    private final String scriptSuffix;

    Dialect(String scriptSuffix) {
        this.scriptSuffix = scriptSuffix;
    }

    /** The suffix of this engine's schema scripts: {@code certificate-register.sqlite.sql}. */
    public String scriptSuffix() {
        return scriptSuffix;
    }

    /** The dialect of a JDBC URL. @throws IllegalArgumentException for any other engine */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database \"" + jdbcUrl
                + "\": use jdbc:sqlite:, jdbc:postgresql: or jdbc:h2:");
    }
}
