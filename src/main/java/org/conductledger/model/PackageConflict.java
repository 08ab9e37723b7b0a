package org.conductledger.model;

/**
 * A record changed both here and at the sender since its last import: which package brought it (sender,
 * number), the local record, the sender's id for it, the incoming content (canonical line) and its hash, and
 * the decision so far (OPEN, KEPT_LOCAL, TOOK_INCOMING).
 */
public record PackageConflict(long id, long receivedId, String objectType, long localId, long originId, String incoming,
                              String incomingHash, String status, String senderOrgName, int seq) {
}
