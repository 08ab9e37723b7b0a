package org.conductledger.service;

import java.time.Clock;
import java.util.Map;
import org.conductledger.model.AuditAction;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.KeyFile;
import org.conductledger.store.LedgerCopy;
import org.conductledger.store.ServerConnection;

/**
 * Moving up (ADR 0018): copies the logged-in embedded ledger into an empty PostgreSQL database — every
 * table, the users' password checks and lockouts — then checks the copy: the same rows in every table and
 * an intact audit chain. The move itself is audited in the embedded ledger, and so travels with the copy.
 */
public final class MigrationService {

    /** What was copied, and the audit chain's length on the server afterwards. */
    public record Result(String server, Map<String, Integer> rows, long auditEntries) {

        public int totalRows() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Session session;
    private final AuditLog audit;
    private final OpenLedger ledger;
    private final Clock clock;

    public MigrationService(Session session, AuditLog audit, OpenLedger ledger, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Result migrateTo(ServerConnection server) {
        audit.require(session, Permission.RESTORE);
        Database source = ledger.database();
        if (source.isServer()) {
            throw new LedgerException("error.migrate.sourceIsServer", source.location().describe());
        }
        try (Database target = Database.open(DatabaseLocation.server(server))) {
            LedgerCopy copy = new LedgerCopy(source, target);
            if (!copy.targetIsEmpty()) {
                throw new LedgerException("error.migrate.targetNotEmpty", server.displayName());
            }
            source.run(() -> audit.record(session, AuditAction.MIGRATE_TO, "database", server.displayName(),
                    "from: " + source.location().describe() + "; to: " + server.displayName()));
            Map<String, Integer> rows = copy.copy();
            ledger.keyFile().copyInto(KeyFile.onServer(target, clock));
            Map<String, Integer> copied = LedgerCopy.counts(target);
            if (!copied.equals(rows)) {
                throw new LedgerException("error.migrate.countsDiffer", server.displayName(), differences(rows, copied));
            }
            AuditVerification chain = AuditService.verify(new AuditRepository(target), KeyFile.onServer(target, clock));
            if (!chain.intact()) {
                throw new LedgerException("error.migrate.chainBroken", server.displayName(), chain.brokenAtSeq());
            }
            return new Result(server.displayName(), rows, chain.checked());
        }
    }

    private static String differences(Map<String, Integer> expected, Map<String, Integer> actual) {
        StringBuilder text = new StringBuilder();
        expected.forEach((table, count) -> {
            if (!count.equals(actual.get(table))) {
                text.append(text.length() == 0 ? "" : "; ").append(table).append(' ').append(count).append(" → ").append(actual.get(table));
            }
        });
        return text.toString();
    }
}
