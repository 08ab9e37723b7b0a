package org.conductledger.service;

import org.conductledger.model.Session;

/** A successful login: the unlocked ledger and who is working. */
public record LoginResult(OpenLedger ledger, Session session, boolean mustChangePassword) {
}
