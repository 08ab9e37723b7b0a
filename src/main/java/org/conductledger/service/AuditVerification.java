package org.conductledger.service;

/**
 * The outcome of walking the audit chain: how many entries were checked and, if the chain is broken,
 * the sequence number of the first bad entry and what is wrong with it (a message key).
 */
public record AuditVerification(long checked, Long brokenAtSeq, String problemKey) {

    public boolean intact() {
        return brokenAtSeq == null;
    }
}
