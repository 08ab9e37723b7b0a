package org.conductledger.service;

import org.conductledger.model.AuditAction;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.Transactions;

/**
 * The rules around exports: full ID numbers only for users who may write members (they enter them anyway),
 * and every export recorded in the audit log — what, how many rows, in which format, with full numbers or not.
 */
public final class ExportService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;

    public ExportService(Session session, AuditLog audit, Transactions transactions) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Whether the user may choose full ID numbers (the choice is offered only then). */
    public boolean mayExportFullIds() {
        return session.has(Permission.MEMBER_WRITE);
    }

    /** Refuses (and audits the refusal) unless the user may export full ID numbers. */
    public void requireFullIds() {
        audit.require(session, Permission.MEMBER_WRITE);
    }

    /** Records a finished export of {@code rows} rows of {@code what} (an object type such as "register"). */
    public void recordExport(String what, String description, int rows, String format, boolean fullIds) {
        transactions.run(() -> audit.record(session, AuditAction.EXPORT, what, null,
                description + "; rows: " + rows + "; format: " + format + (fullIds ? "; fullIdNumbers: true" : "")));
    }
}
