package org.conductledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.Permission;
import org.conductledger.model.PrintAction;
import org.conductledger.model.PrintJob;
import org.conductledger.model.PrintLogEntry;
import org.conductledger.model.Session;
import org.conductledger.store.PrintLogRepository;
import org.conductledger.store.Transactions;

/**
 * The print log (打印登记): every print and every file written from the ledger leaves an entry — who, what,
 * which records, when — together with an audit entry in the same transaction, so the audit chain covers it.
 * Readable by 组织部门 and 审计 users for the subtree of their organisation.
 */
public final class PrintLogService {

    /** The most entries one query returns. */
    public static final int LIMIT = 5000;

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PrintLogRepository log;
    private final Clock clock;

    public PrintLogService(Session session, AuditLog audit, Transactions transactions, PrintLogRepository log, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.log = log;
        this.clock = clock;
    }

    /** Records a finished print or export; returns the entry's id. */
    public long record(PrintJob job) {
        return transactions.inTransaction(() -> {
            long id = log.append(job, session.userId(), session.username(), session.orgId(), clock.instant());
            audit.record(session, job.action() == PrintAction.PRINT ? AuditAction.PRINT : AuditAction.EXPORT, "print_log", id,
                    job.document() + "; format: " + job.format() + "; records: " + job.recordCount()
                            + (job.recordIds().isEmpty() ? "" : " [" + job.recordIdsText(200) + "]")
                            + (job.summary() == null || job.summary().isBlank() ? "" : "; " + job.summary()));
            return id;
        });
    }

    public boolean mayRead() {
        return session.has(Permission.PRINT_LOG_READ);
    }

    /** Entries in the period (inclusive; null ends are open), newest first, at most {@link #LIMIT}. */
    public List<PrintLogEntry> find(LocalDate from, LocalDate to) {
        audit.require(session, Permission.PRINT_LOG_READ);
        return transactions.inTransaction(() -> log.find(from, to, clock.getZone(), LIMIT));
    }
}
