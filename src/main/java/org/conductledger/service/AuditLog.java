package org.conductledger.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditEntry;
import org.conductledger.model.Session;
import org.conductledger.store.AuditRepository;
import org.conductledger.store.Database;
import org.conductledger.store.KeyFile;

/**
 * Appends audit entries inside the caller's transaction (so a change and its entry commit together or
 * not at all) and, once committed, moves the anchor in the key file to the newest entry — which is how
 * deleting the last entries is detected too.
 */
public final class AuditLog {

    private final Database database;
    private final AuditRepository entries;
    private final KeyFile keyFile;
    private final Clock clock;
    private final String host;

    public AuditLog(Database database, AuditRepository entries, KeyFile keyFile, Clock clock, String host) {
        this.database = database;
        this.entries = entries;
        this.keyFile = keyFile;
        this.clock = clock;
        this.host = host;
    }

    public void record(Session session, AuditAction action, String objectType, Object objectId, String summary) {
        append(session == null ? null : session.userId(), session == null ? null : session.username(),
                session == null ? null : session.orgId(), action.name(), objectType, objectId, summary, AuditEntry.SUCCESS,
                host, Instant.now(clock));
    }

    /**
     * Throws {@code error.access.deniedNeeds} unless the user's roles grant {@code permission}; a refusal is
     * itself audited (等保 2.0: attempts to exceed one's rights are security events). Call it outside the
     * transaction of the work it guards, so that the refusal's entry is not rolled back with it.
     */
    public void require(Session session, org.conductledger.model.Permission permission) {
        if (!session.has(permission)) {
            append(session.userId(), session.username(), session.orgId(), AuditAction.ACCESS_DENIED.name(), "permission",
                    permission.name(), "permission: " + permission.name(), AuditEntry.FAILURE, host, Instant.now(clock));
            throw new org.conductledger.model.LedgerException("error.access.deniedNeeds", permission);
        }
    }

    /** One entry of {@link #recordAll}: the object and what happened to it. */
    public record Item(Object objectId, String summary) {
    }

    /**
     * Many successful events of one kind by the session's user, inside the caller's transaction — each its own
     * entry of the chain, exactly as {@link #record} would append them one by one, but written as batches.
     */
    public void recordAll(Session session, AuditAction action, String objectType, java.util.List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        database.run(() -> {
            AuditEntry last = entries.last().orElse(null);
            long seq = last == null ? 0 : last.seq();
            String prev = last == null ? AuditEntry.GENESIS : last.hash();
            Instant when = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            java.util.List<AuditEntry> chained = new java.util.ArrayList<>(items.size());
            for (Item item : items) {
                String objectId = item.objectId() == null ? null : item.objectId().toString();
                AuditEntry draft = new AuditEntry(++seq, when, session.userId(), session.username(), session.orgId(), action.name(),
                        objectType, objectId, item.summary(), AuditEntry.SUCCESS, host, prev, "");
                AuditEntry entry = new AuditEntry(draft.seq(), when, session.userId(), session.username(), session.orgId(),
                        action.name(), objectType, objectId, item.summary(), AuditEntry.SUCCESS, host, prev, AuditChain.hash(draft));
                chained.add(entry);
                prev = entry.hash();
            }
            entries.appendAll(chained);
            AuditEntry newest = chained.get(chained.size() - 1);
            database.afterCommit(() -> {
                keyFile.setAnchor(new KeyFile.Anchor(newest.seq(), newest.hash()));
                keyFile.save();
            });
        });
    }

    /**
     * A successful event by a user named outside any session of this database: the restore, recorded into
     * the restored database, where the restoring user may have another id or none.
     */
    public void recordAs(Long userId, String username, Long orgId, AuditAction action, String objectType, Object objectId,
                         String summary) {
        append(userId, username, orgId, action.name(), objectType, objectId, summary, AuditEntry.SUCCESS, host, Instant.now(clock));
    }

    /** An event without a logged-in user, or one that failed (e.g. a wrong password). */
    public void recordFailure(String username, AuditAction action, String summary, String fromHost, Instant when) {
        append(null, username, null, action.name(), "user", username, summary, AuditEntry.FAILURE, fromHost, when);
    }

    private void append(Long userId, String username, Long orgId, String action, String objectType, Object objectId,
                        String summary, String result, String fromHost, Instant when) {
        database.run(() -> {
            AuditEntry last = entries.last().orElse(null);
            long seq = last == null ? 1 : last.seq() + 1;
            String prev = last == null ? AuditEntry.GENESIS : last.hash();
            AuditEntry draft = new AuditEntry(seq, when.truncatedTo(ChronoUnit.MILLIS), userId, username, orgId, action,
                    objectType, objectId == null ? null : objectId.toString(), summary, result, fromHost, prev, "");
            AuditEntry entry = new AuditEntry(draft.seq(), draft.occurredAt(), userId, username, orgId, action, objectType,
                    draft.objectId(), summary, result, fromHost, prev, AuditChain.hash(draft));
            entries.append(entry);
            database.afterCommit(() -> {
                keyFile.setAnchor(new KeyFile.Anchor(entry.seq(), entry.hash()));
                keyFile.save();
            });
        });
    }

    /**
     * A refused save of a record someone else changed meanwhile: both versions, and who saved the newer one
     * and when (from this log), for the "已被他人修改" dialog.
     */
    public org.conductledger.model.EditConflictException conflict(String objectType, long id, int currentVersion,
                                                                  java.util.Map<String, Object> saved,
                                                                  java.util.Map<String, Object> mine) {
        String savedBy = entries.lastAbout(objectType, String.valueOf(id))
                .map(e -> e.username() + "（" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(clock.getZone()).format(e.occurredAt()) + "）")
                .orElse(null);
        return new org.conductledger.model.EditConflictException(objectType, id, currentVersion, savedBy, saved, mine);
    }

    public String host() {
        return host;
    }
}
