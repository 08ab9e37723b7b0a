package org.conductledger.model;

/** The inputs of the connection settings, used to attach validation problems to the dialog's fields. */
public enum ConnectionField implements Labelled {
    HOST("connection.field.host"),
    PORT("connection.field.port"),
    DATABASE("connection.field.database"),
    USER("connection.field.user");

    private final String labelKey;

    ConnectionField(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
