package org.conductledger.model;

/** Long work reports how far it got and asks whether to stop (the UI's cancel button). */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void step(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void step(int done, int total);

    boolean cancelled();

    /** Throws {@code error.report.cancelled} when the user asked to stop. */
    default void check() {
        if (cancelled()) {
            throw new LedgerException("error.report.cancelled");
        }
    }
}
