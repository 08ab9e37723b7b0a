package org.conductledger.model;

/** What a print-log entry records: a document sent to a printer, or written to a file. */
public enum PrintAction implements Labelled {
    PRINT, EXPORT;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
