package org.conductledger.model;

/** What started a 澄清正名: the handling department's proposal or the member's written application. */
public enum ClarificationTrigger implements Labelled {
    PROPOSAL, APPLICATION;

    @Override
    public String labelKey() {
        return Labelled.keyOf(this);
    }
}
