package org.conductledger.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conductledger.model.AuditAction;
import org.conductledger.model.BackupManifest;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.Session;
import org.conductledger.model.ValidationException;
import org.conductledger.store.BackupArchive;
import org.conductledger.store.Database;
import org.conductledger.store.DatabaseLocation;
import org.conductledger.store.KeyFile;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.SettingRepository;
import org.conductledger.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the whole ledger (ADR 0012): to a file the user chooses (系统管理员, 组织部门), and once a day
 * into {@code backups/} beside the database, keeping the newest N. Each backup is one {@code .clbak}
 * file that restores on its own; each is audited.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final String KEEP_SETTING = "backups.keepDaily";
    public static final int DEFAULT_KEEP = 14;
    public static final int MAX_KEEP = 365;
    public static final String DIRECTORY = "backups";

    private final Session session;
    private final AuditLog audit;
    private final OpenLedger ledger;
    private final OrganisationRepository organisations;
    private final SettingRepository settings;
    private final Clock clock;

    public BackupService(Session session, AuditLog audit, OpenLedger ledger, OrganisationRepository organisations,
                         SettingRepository settings, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.ledger = ledger;
        this.organisations = organisations;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes a backup to {@code target} (replacing a file of that name); audited. */
    public BackupManifest backup(Path target) {
        audit.require(session, Permission.BACKUP);
        refuseOnServer();
        Path absolute = target.toAbsolutePath().normalize();
        DatabaseLocation location = database().location();
        if (Files.isDirectory(absolute)) {
            throw new LedgerException("error.backup.targetIsDirectory", absolute);
        }
        if (absolute.equals(location.file()) || absolute.equals(KeyFile.pathFor(location))) {
            throw new LedgerException("error.backup.targetIsLedger", absolute);
        }
        BackupManifest manifest = write(absolute);
        transactions().run(() -> audit.record(session, AuditAction.BACKUP, "backup", absolute.getFileName(),
                "file: " + absolute + "; createdAt: " + manifest.createdAt() + "; size: " + size(absolute)));
        return manifest;
    }

    /**
     * The automatic daily backup, run in the background after a login: writes today's file into
     * {@link #directory()} unless it already exists, then keeps only the newest {@link #keep()} of them.
     * A duty of the program rather than a user's choice, so it needs no permission; it is audited.
     * Returns the file written, if any.
     */
    public Optional<Path> dailyIfDue() {
        if (onServer()) {
            return Optional.empty();
        }
        Path directory = directory();
        LocalDate today = LocalDate.now(clock);
        Path target = directory.resolve(dailyName(today));
        if (Files.exists(target)) {
            return Optional.empty();
        }
        BackupManifest manifest = write(target);
        int keep = keep();
        List<Path> removed = prune(directory, keep);
        transactions().run(() -> audit.record(session, AuditAction.BACKUP, "backup", target.getFileName(),
                "automatic: true; createdAt: " + manifest.createdAt() + "; size: " + size(target) + "; keep: " + keep
                        + "; removed: " + removed.size()));
        return Optional.of(target);
    }

    /** Where the daily backups go: {@code backups/} beside the database (the data directory for the default one). */
    public Path directory() {
        refuseOnServer();
        return database().location().base().resolveSibling(DIRECTORY);
    }

    /**
     * True for a ledger on a PostgreSQL server: its backups are the server's (pg_dump, its administrator's
     * schedule; ADR 0018), not files this program writes.
     */
    public boolean onServer() {
        return database().isServer();
    }

    private void refuseOnServer() {
        if (onServer()) {
            throw new LedgerException("error.server.noFileBackup", database().location().describe());
        }
    }

    /** The daily backups, oldest first (none on a server). */
    public List<Path> dailyBackups() {
        return onServer() ? List.of() : dailyBackups(directory());
    }

    /**
     * The newest daily backup's date (from its name) and when the next is due: today if today's has not been
     * written yet (it is, just after a login), else tomorrow. Needs no permission, like the backup itself.
     */
    public org.conductledger.model.BackupState dailyState() {
        if (onServer()) {
            return org.conductledger.model.BackupState.BY_SERVER;
        }
        LocalDate today = LocalDate.now(clock);
        List<Path> daily = dailyBackups();
        LocalDate last = daily.isEmpty() ? null : dateOf(daily.get(daily.size() - 1));
        LocalDate next = last != null && !last.isBefore(today) ? today.plusDays(1) : today;
        return new org.conductledger.model.BackupState(last, next);
    }

    private static LocalDate dateOf(Path dailyFile) {
        String name = dailyFile.getFileName().toString();
        int end = name.length() - BackupArchive.EXTENSION.length();
        return LocalDate.parse(name.substring(end - 10, end));
    }

    public int keep() {
        return settings.get(KEEP_SETTING).map(Integer::parseInt).orElse(DEFAULT_KEEP);
    }

    /** How many daily backups to keep (1–365; system administrator; audited). */
    public void setKeep(int count) {
        audit.require(session, Permission.SETTINGS_MANAGE);
        if (count < 1 || count > MAX_KEEP) {
            throw new ValidationException(Problem.of(null, "validation.backup.keep", MAX_KEEP));
        }
        int before = keep();
        transactions().run(() -> {
            settings.put(KEEP_SETTING, Integer.toString(count));
            audit.record(session, AuditAction.SETTINGS_CHANGE, "setting", KEEP_SETTING, "backupKeep: " + before + " → " + count);
        });
    }

    private BackupManifest write(Path target) {
        Database database = database();
        Organisation root = organisations.firstRootAnywhere().orElseThrow();
        Path work = temporaryDirectory(target.getParent());
        try {
            Path databaseCopy = work.resolve("copy" + DatabaseLocation.H2_SUFFIX);
            Path keysCopy = work.resolve("copy" + KeyFile.SUFFIX);
            database.backupTo(databaseCopy, keysCopy);
            return BackupArchive.write(target, databaseCopy, keysCopy, new BackupArchive.ManifestDraft(database.schemaVersion(),
                    Instant.now(clock), root.name(), root.code(), session.username()));
        } finally {
            Staging.delete(work);
        }
    }

    private static Path temporaryDirectory(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, ".backup-");
        } catch (IOException e) {
            throw new LedgerException(e, "error.backup.writeFailed", parent);
        }
    }

    private String dailyName(LocalDate day) {
        return database().location().displayName() + "-" + day + BackupArchive.EXTENSION;
    }

    private Pattern dailyPattern() {
        return Pattern.compile(Pattern.quote(database().location().displayName()) + "-\\d{4}-\\d{2}-\\d{2}"
                + Pattern.quote(BackupArchive.EXTENSION));
    }

    private List<Path> dailyBackups(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Pattern daily = dailyPattern();
        try (Stream<Path> files = Files.list(directory)) {
            // The date in the name sorts as text: oldest first.
            return files.filter(f -> daily.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new LedgerException(e, "error.backup.writeFailed", directory);
        }
    }

    /** Deletes all but the newest {@code keep} daily backups; returns what was deleted. */
    private List<Path> prune(Path directory, int keep) {
        List<Path> all = dailyBackups(directory);
        List<Path> old = all.subList(0, Math.max(0, all.size() - keep));
        for (Path file : old) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", file, e);
            }
        }
        return old;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private Database database() {
        return ledger.database();
    }

    private Transactions transactions() {
        return ledger.database();
    }
}
