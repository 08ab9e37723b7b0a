package org.conductledger.service;

import java.util.List;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.KeyFile;

/** Reading and verifying the audit log: for the 审计 role only. */
public final class AuditService {

    private final Session session;
    private final AuditRepository entries;
    private final KeyFile keyFile;

    public AuditService(Session session, AuditRepository entries, KeyFile keyFile) {
        this.session = session;
        this.entries = entries;
        this.keyFile = keyFile;
    }

    public List<AuditEntry> find(AuditRepository.Filter filter) {
        session.require(Permission.AUDIT_READ);
        return entries.find(filter);
    }

    public AuditVerification verify() {
        session.require(Permission.AUDIT_READ);
        return verify(entries, keyFile);
    }

    /**
     * Walks the chain in sequence order: every seq present (no gap), every entry linked to its
     * predecessor's hash, every hash matching the entry's content; then the anchor kept outside the
     * database must match (catches deletion of the newest entries).
     */
    static AuditVerification verify(AuditRepository entries, KeyFile keyFile) {
        long[] expected = {1};
        String[] previous = {AuditEntry.GENESIS};
        String[] hashAtAnchor = {null};
        AuditVerification[] broken = {null};
        long anchorSeq = keyFile.anchor().map(KeyFile.Anchor::seq).orElse(0L);
        entries.forEachInOrder(e -> {
            if (broken[0] != null) {
                return;
            }
            if (e.seq() != expected[0]) {
                broken[0] = new AuditVerification(expected[0] - 1, expected[0], "audit.verify.missing");
            } else if (!e.prevHash().equals(previous[0])) {
                broken[0] = new AuditVerification(expected[0] - 1, e.seq(), "audit.verify.link");
            } else if (!AuditChain.hash(e).equals(e.hash())) {
                broken[0] = new AuditVerification(expected[0] - 1, e.seq(), "audit.verify.content");
            } else {
                previous[0] = e.hash();
                if (e.seq() == anchorSeq) {
                    hashAtAnchor[0] = e.hash();
                }
                expected[0]++;
            }
        });
        if (broken[0] != null) {
            return broken[0];
        }
        long checked = expected[0] - 1;
        var anchor = keyFile.anchor();
        if (anchor.isPresent()) {
            if (anchor.get().seq() > checked) {
                return new AuditVerification(checked, checked + 1, "audit.verify.truncated");
            }
            if (!anchor.get().hash().equals(hashAtAnchor[0])) {
                return new AuditVerification(checked, anchor.get().seq(), "audit.verify.anchor");
            }
        }
        return new AuditVerification(checked, null, null);
    }
}
