package org.conductledger.model;

/** What a spreadsheet being imported holds: members, one of the three registers, or the organisation tree. */
public enum ImportKind implements Labelled {
    MEMBERS(null),
    ACCOUNTS(RegisterKind.ACCOUNT),
    GROUPS(RegisterKind.GROUP),
    FILINGS(RegisterKind.FILING),
    /** The party organisations (党组织) by code, each under its 上级党组织代码. */
    ORGS(null);

    private final RegisterKind registerKind;

    ImportKind(RegisterKind registerKind) {
        this.registerKind = registerKind;
    }

    /** The register this kind fills, or null for members and organisations. */
    public RegisterKind registerKind() {
        return registerKind;
    }

    public static ImportKind of(RegisterKind kind) {
        for (ImportKind k : values()) {
            if (kind != null && k.registerKind == kind) {
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
