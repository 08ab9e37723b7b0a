package org.conductledger.model;

/** The fields of the outcome form, for placing validation messages. */
public enum OutcomeField {
    MEMBER, TYPES, DECIDED_ON, DECIDING_ORG, DOCUMENT_NO, EFFECTIVE_ON, NOTES, AUTHORITY
}
