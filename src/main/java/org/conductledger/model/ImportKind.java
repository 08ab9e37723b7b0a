package org.conductledger.model;

/** What a spreadsheet being imported holds: members, or one of the three registers. */
public enum ImportKind implements Labelled {
    MEMBERS(null),
    ACCOUNTS(RegisterKind.ACCOUNT),
    GROUPS(RegisterKind.GROUP),
    FILINGS(RegisterKind.FILING);

    private final RegisterKind registerKind;

    ImportKind(RegisterKind registerKind) {
        this.registerKind = registerKind;
    }

    /** The register this kind fills, or null for members. */
    public RegisterKind registerKind() {
        return registerKind;
    }

    public static ImportKind of(RegisterKind kind) {
        for (ImportKind k : values()) {
            if (k.registerKind == kind) {
                return k;
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
