package org.conductledger.model;

/** What the global search (Ctrl+K) finds, in the order its groups are shown. */
public enum SearchKind implements Labelled {
    MEMBER(Permission.MEMBER_READ),
    ACCOUNT(Permission.REGISTER_READ),
    GROUP(Permission.REGISTER_READ),
    FILING(Permission.REGISTER_READ),
    CASE(Permission.CASE_READ);

    private final Permission needs;

    SearchKind(Permission needs) {
        this.needs = needs;
    }

    /** The permission without which this kind is not searched at all. */
    public Permission needs() {
        return needs;
    }

    /** The register a register kind lives in; null for members and cases. */
    public RegisterKind registerKind() {
        return switch (this) {
            case ACCOUNT -> RegisterKind.ACCOUNT;
            case GROUP -> RegisterKind.GROUP;
            case FILING -> RegisterKind.FILING;
            case MEMBER, CASE -> null;
        };
    }

    @Override
    public String labelKey() {
        return "search.kind." + name();
    }
}
