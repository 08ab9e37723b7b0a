package org.conductledger.model;

import java.util.Optional;

/**
 * The PostgreSQL driver's {@code sslmode}, as far as a shared ledger should offer it. {@code verify-full} is
 * the default: with the server's disk encryption it stands in for the embedded file's encryption (ADR 0018).
 */
public enum TlsMode implements Labelled {
    DISABLE("disable", "connection.tls.disable", "connection.tls.disable.note"),
    REQUIRE("require", "connection.tls.require", "connection.tls.require.note"),
    VERIFY_CA("verify-ca", "connection.tls.verifyCa", "connection.tls.verifyCa.note"),
    VERIFY_FULL("verify-full", "connection.tls.verifyFull", "connection.tls.verifyFull.note");

    private final String value;
    private final String labelKey;
    private final String noteKey;

    TlsMode(String value, String labelKey, String noteKey) {
        this.value = value;
        this.labelKey = labelKey;
        this.noteKey = noteKey;
    }

    /** The driver's spelling, as in the URL and the settings file. */
    public String value() {
        return value;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** One sentence on what the mode protects against. */
    public String noteKey() {
        return noteKey;
    }

    /** Whether a root certificate is read (require reads one when given, and then checks the chain as verify-ca). */
    public boolean usesRootCertificate() {
        return this != DISABLE;
    }

    public static Optional<TlsMode> fromValue(String value) {
        for (TlsMode mode : values()) {
            if (mode.value.equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
