package org.conductledger.report.forms;

/** Choices for one printout: the "内部资料" mark (null: the form's default). */
public record FormOptions(Boolean internal) {

    public static FormOptions defaults() {
        return new FormOptions(null);
    }

    public FormOptions withInternal(boolean on) {
        return new FormOptions(on);
    }

    boolean internalFor(FormKind kind) {
        return internal == null ? kind.internalByDefault() : internal;
    }
}
