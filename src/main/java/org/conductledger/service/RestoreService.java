package org.conductledger.service;

import java.nio.file.Path;
import java.time.Clock;
import org.conductledger.model.BackupManifest;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.BackupArchive;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseKey;
import org.conductledger.store.DatabaseLocation;

/**
 * Puts a backup back in place of the whole ledger (系统管理员 only; ADR 0012). Everything is checked on a
 * staged copy beside the database before anything is replaced: the file's hashes, its schema version,
 * that it opens with this ledger's key, that its key file's audit anchor matches its chain. The restore
 * is recorded in the restored chain (which moves its anchor), then the current database and key file
 * are swapped out by renames and kept as {@code *.before-restore}. The session ends: its database is closed.
 */
public final class RestoreService {

    public static final String KEPT_SUFFIX = ".before-restore";

    private final Session session;
    private final AuditLog audit;
    private final OpenLedger ledger;
    private final Clock clock;

    public RestoreService(Session session, AuditLog audit, OpenLedger ledger, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Reads a backup's manifest for the confirmation, refusing what restore would refuse at this stage. */
    public BackupManifest inspect(Path backup) {
        audit.require(session, Permission.RESTORE);
        refuseOnServer();
        try (BackupArchive archive = BackupArchive.open(backup)) {
            String problem = schemaProblem(archive.manifest());
            if (problem != null) {
                throw new LedgerException("error.backup.newerSchema", backup, archive.manifest().schemaVersion(), problem);
            }
            return archive.manifest();
        }
    }

    /**
     * Replaces the ledger with {@code backup}. A refused backup leaves the current files untouched (and
     * open); after success this session's database is closed and everyone logs in again.
     */
    public RestoreResult restore(Path backup) {
        audit.require(session, Permission.RESTORE);
        refuseOnServer();
        Database live = ledger.database();
        return new LedgerReplacement(clock, audit.host()).replace(live.location(), backup, this::schemaProblem, new LedgerReplacement.Access() {
                    @Override
                    public DatabaseKey key(DatabaseLocation staged) {
                        return ledger.key();   // a backup of this ledger opens with its key; another ledger's does not
                    }

                    @Override
                    public String username() {
                        return session.username();
                    }

                    @Override
                    public void authorise(Database staged, Path file) {
                        // checked above, on the session
                    }

                    @Override
                    public void beforeSwap() {
                        live.close();
                    }
                });
    }

    /** Null when this program knows the backup's schema; else the newest version it knows (for the message). */
    private String schemaProblem(BackupManifest manifest) {
        Database live = ledger.database();
        return live.knowsSchemaVersion(manifest.schemaVersion()) ? null : live.latestKnownVersion();
    }

    /** A server's history is its administrators' (point-in-time recovery, pg_restore; ADR 0018), not a backup file's. */
    private void refuseOnServer() {
        if (ledger.database().isServer()) {
            throw new LedgerException("error.server.noFileBackup", ledger.database().location().describe());
        }
    }

    /** Where the current database file is kept once a restore has replaced it. */
    public Path keptDatabase() {
        return LedgerReplacement.kept(ledger.database().location().file());
    }

    /** True once this session's database has been closed by a restore (the screens then return to the login). */
    public boolean sessionEnded() {
        return !ledger.database().isOpen();
    }
}
