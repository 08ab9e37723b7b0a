package org.conductledger.model;

/** The status of a register record; each kind has its own set, one of them the initial, some closed. */
public enum RegisterStatus implements Labelled {
    ACTIVE("ACCOUNT", false),      // 在用
    SUSPENDED("ACCOUNT", false),   // 停用
    CLOSED("ACCOUNT", true),       // 已注销
    NORMAL("GROUP", false),        // 正常
    WARNED("GROUP", false),        // 警示整改
    PAUSED("GROUP", false),        // 暂停发布
    DISSOLVED("GROUP", true),      // 已解散或关闭
    FILED("FILING", false),        // 已备案
    CHANGED("FILING", false),      // 已变更 (a newer version replaced it)
    CANCELLED("FILING", true);     // 已注销

    private final String kind;
    private final boolean closed;

    // The kind is named, not referenced: the two enums would otherwise initialise each other.
    RegisterStatus(String kind, boolean closed) {
        this.kind = kind;
        this.closed = closed;
    }

    public RegisterKind kind() {
        return RegisterKind.valueOf(kind);
    }

    /** Closed records no longer count as registrations (the account ID may be registered again). */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
