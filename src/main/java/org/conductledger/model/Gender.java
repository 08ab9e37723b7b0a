package org.conductledger.model;

/** Sex as recorded on the resident identity card (odd sequence digit = male). */
public enum Gender implements Labelled {
    MALE,
    FEMALE;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
