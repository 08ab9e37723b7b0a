package org.conductledger.model;

import java.util.Locale;
import java.util.Optional;

/** Where the ledger lives: the embedded, encrypted file in the data directory, or the organisation's PostgreSQL server. */
public enum ConnectionMode implements Labelled {
    EMBEDDED("connection.mode.embedded"),
    SERVER("connection.mode.server");

    private final String labelKey;

    ConnectionMode(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The value in {@code connection.properties}: {@code embedded} or {@code server}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConnectionMode> fromValue(String value) {
        for (ConnectionMode mode : values()) {
            if (mode.value().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
