package org.conductledger.report.registers;

/**
 * The registers (台账) the ledger prints: the three report/filing registers, cases, decisions and commendations.
 * The print log names each as {@code REGISTER_<TYPE>}.
 */
public enum RegisterType {
    ACCOUNTS, GROUPS, FILINGS, CASES, OUTCOMES, COMMENDATIONS;

    /** The document name in the print log, e.g. {@code REGISTER_CASES}. */
    public String document() {
        return "REGISTER_" + name();
    }
}
