package org.conductledger.model;

/** The kinds of item on the 工作台's to-do list (issue 9), in the order the counts are shown. */
public enum TodoKind implements Labelled {
    /** An account or group not yet reported, overdue or due within the window. */
    REGISTER,
    /** An open 年审 round with members still unconfirmed. */
    ROUND,
    /** A case whose current stage has a time limit. */
    CASE_STAGE,
    /** A real-name reporter's acceptance or result notice (15 working days). */
    REPORTER_NOTICE,
    /** A decision not yet announced, filed or reported on (1 month / 6 months). */
    EXECUTION,
    /** An impact period ending within the horizon (30 days by default). */
    IMPACT_ENDING;

    @Override
    public String labelKey() {
        return "workbench.kind." + name();
    }
}
