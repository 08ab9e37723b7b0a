package org.conductledger.store;

import static org.conductledger.store.jooq.Tables.INSTALLATION;
import static org.conductledger.store.jooq.Tables.PACKAGE_CONFLICT;
import static org.conductledger.store.jooq.Tables.PACKAGE_RECEIVED;
import static org.conductledger.store.jooq.Tables.PACKAGE_RECEIVER;
import static org.conductledger.store.jooq.Tables.PACKAGE_SENDER;
import static org.conductledger.store.jooq.Tables.PACKAGE_SENT;
import static org.conductledger.store.jooq.Tables.PACKAGE_SENT_ITEM;
import static org.conductledger.store.jooq.Tables.RECORD_ORIGIN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conductledger.model.PackageConflict;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The bookkeeping of data packages: this installation's key, what was sent to whom (and each record's
 * content as last sent), the accepted senders, what was received, where imported records came from, and
 * the conflicts waiting for a decision. Department-level data: guarded by the service's permissions.
 */
public final class PackageRepository {

    private final Database database;

    public PackageRepository(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    public record Installation(String installId, byte[] publicKey, byte[] privateKey) {
    }

    public record Sender(long id, String installId, String orgCode, String orgName, byte[] publicKey, String fingerprint,
                         int lastSeq) {
    }

    public record Origin(long localId, String contentHash) {
    }

    private static OffsetDateTime at(Instant when) {
        return when.atOffset(ZoneOffset.UTC);
    }

    public Optional<Installation> installation() {
        return dsl().selectFrom(INSTALLATION).orderBy(INSTALLATION.ID).limit(1)
                .fetchOptional(r -> new Installation(r.getInstallId(), r.getPublicKey(), r.getPrivateKey()));
    }

    public void insertInstallation(String installId, byte[] publicKey, byte[] privateKey) {
        dsl().insertInto(INSTALLATION).set(INSTALLATION.INSTALL_ID, installId).set(INSTALLATION.PUBLIC_KEY, publicKey)
                .set(INSTALLATION.PRIVATE_KEY, privateKey).execute();
    }

    public int nextSeq(String receiverCode) {
        Integer last = dsl().select(DSL.max(PACKAGE_SENT.SEQ)).from(PACKAGE_SENT)
                .where(PACKAGE_SENT.RECEIVER_CODE.eq(receiverCode)).fetchOne().value1();
        return last == null ? 1 : last + 1;
    }

    /** "type:id" → content hash of each record as last sent to {@code receiverCode}. */
    public Map<String, String> sentItems(String receiverCode) {
        Map<String, String> sent = new HashMap<>();
        dsl().selectFrom(PACKAGE_SENT_ITEM).where(PACKAGE_SENT_ITEM.RECEIVER_CODE.eq(receiverCode))
                .forEach(r -> sent.put(r.getObjectType() + ":" + r.getLocalId(), r.getContentHash()));
        return sent;
    }

    public void recordSent(String receiverCode, int seq, long senderOrgId, Instant createdAt, String fileHash, int items,
                           Long userId) {
        dsl().insertInto(PACKAGE_SENT).set(PACKAGE_SENT.RECEIVER_CODE, receiverCode).set(PACKAGE_SENT.SEQ, seq)
                .set(PACKAGE_SENT.SENDER_ORG_ID, senderOrgId).set(PACKAGE_SENT.CREATED_AT, at(createdAt))
                .set(PACKAGE_SENT.FILE_HASH, fileHash).set(PACKAGE_SENT.ITEM_COUNT, items).set(PACKAGE_SENT.CREATED_BY, userId)
                .execute();
    }

    public void recordSentItem(String receiverCode, String type, long localId, String hash) {
        int updated = dsl().update(PACKAGE_SENT_ITEM).set(PACKAGE_SENT_ITEM.CONTENT_HASH, hash)
                .where(PACKAGE_SENT_ITEM.RECEIVER_CODE.eq(receiverCode).and(PACKAGE_SENT_ITEM.OBJECT_TYPE.eq(type))
                        .and(PACKAGE_SENT_ITEM.LOCAL_ID.eq(localId))).execute();
        if (updated == 0) {
            dsl().insertInto(PACKAGE_SENT_ITEM).set(PACKAGE_SENT_ITEM.RECEIVER_CODE, receiverCode)
                    .set(PACKAGE_SENT_ITEM.OBJECT_TYPE, type).set(PACKAGE_SENT_ITEM.LOCAL_ID, localId)
                    .set(PACKAGE_SENT_ITEM.CONTENT_HASH, hash).execute();
        }
    }

    public Optional<Sender> sender(String installId, String orgCode) {
        return dsl().selectFrom(PACKAGE_SENDER).where(PACKAGE_SENDER.INSTALL_ID.eq(installId)
                        .and(PACKAGE_SENDER.ORG_CODE.eq(orgCode)))
                .fetchOptional(r -> new Sender(r.getId(), r.getInstallId(), r.getOrgCode(), r.getOrgName(), r.getPublicKey(),
                        r.getFingerprint(), r.getLastSeq()));
    }

    public List<Sender> senders() {
        return dsl().selectFrom(PACKAGE_SENDER).orderBy(PACKAGE_SENDER.ORG_CODE)
                .fetch(r -> new Sender(r.getId(), r.getInstallId(), r.getOrgCode(), r.getOrgName(), r.getPublicKey(),
                        r.getFingerprint(), r.getLastSeq()));
    }

    public long insertSender(String installId, String orgCode, String orgName, byte[] publicKey, String fingerprint,
                             Instant trustedAt, Long userId) {
        return dsl().insertInto(PACKAGE_SENDER).set(PACKAGE_SENDER.INSTALL_ID, installId).set(PACKAGE_SENDER.ORG_CODE, orgCode)
                .set(PACKAGE_SENDER.ORG_NAME, orgName).set(PACKAGE_SENDER.PUBLIC_KEY, publicKey)
                .set(PACKAGE_SENDER.FINGERPRINT, fingerprint).set(PACKAGE_SENDER.TRUSTED_AT, at(trustedAt))
                .set(PACKAGE_SENDER.TRUSTED_BY, userId).returning(PACKAGE_SENDER.ID).fetchOne().getId();
    }

    public void setLastSeq(long senderId, int seq) {
        dsl().update(PACKAGE_SENDER).set(PACKAGE_SENDER.LAST_SEQ, seq).where(PACKAGE_SENDER.ID.eq(senderId)).execute();
    }

    /** The file hash of package {@code seq} from {@code senderId}, if it was imported. */
    public Optional<String> receivedHash(long senderId, int seq) {
        return dsl().select(PACKAGE_RECEIVED.FILE_HASH).from(PACKAGE_RECEIVED)
                .where(PACKAGE_RECEIVED.SENDER_ID.eq(senderId).and(PACKAGE_RECEIVED.SEQ.eq(seq))).fetchOptional(r -> r.value1());
    }

    public long insertReceived(long senderId, int seq, String fileHash, Instant when, Long userId, int items) {
        return dsl().insertInto(PACKAGE_RECEIVED).set(PACKAGE_RECEIVED.SENDER_ID, senderId).set(PACKAGE_RECEIVED.SEQ, seq)
                .set(PACKAGE_RECEIVED.FILE_HASH, fileHash).set(PACKAGE_RECEIVED.RECEIVED_AT, at(when))
                .set(PACKAGE_RECEIVED.RECEIVED_BY, userId).set(PACKAGE_RECEIVED.ITEM_COUNT, items)
                .returning(PACKAGE_RECEIVED.ID).fetchOne().getId();
    }

    public Optional<Origin> origin(String type, long senderId, long originId) {
        return dsl().select(RECORD_ORIGIN.LOCAL_ID, RECORD_ORIGIN.CONTENT_HASH).from(RECORD_ORIGIN)
                .where(RECORD_ORIGIN.OBJECT_TYPE.eq(type).and(RECORD_ORIGIN.SENDER_ID.eq(senderId))
                        .and(RECORD_ORIGIN.ORIGIN_ID.eq(originId)))
                .fetchOptional(r -> new Origin(r.value1(), r.value2()));
    }

    public void setOrigin(String type, long localId, long senderId, long originId, String hash) {
        int updated = dsl().update(RECORD_ORIGIN).set(RECORD_ORIGIN.LOCAL_ID, localId).set(RECORD_ORIGIN.CONTENT_HASH, hash)
                .where(RECORD_ORIGIN.OBJECT_TYPE.eq(type).and(RECORD_ORIGIN.SENDER_ID.eq(senderId))
                        .and(RECORD_ORIGIN.ORIGIN_ID.eq(originId))).execute();
        if (updated == 0) {
            dsl().insertInto(RECORD_ORIGIN).set(RECORD_ORIGIN.OBJECT_TYPE, type).set(RECORD_ORIGIN.LOCAL_ID, localId)
                    .set(RECORD_ORIGIN.SENDER_ID, senderId).set(RECORD_ORIGIN.ORIGIN_ID, originId)
                    .set(RECORD_ORIGIN.CONTENT_HASH, hash).execute();
        }
    }

    public long insertConflict(long receivedId, String type, long localId, long originId, String incoming, String hash) {
        return dsl().insertInto(PACKAGE_CONFLICT).set(PACKAGE_CONFLICT.RECEIVED_ID, receivedId)
                .set(PACKAGE_CONFLICT.OBJECT_TYPE, type).set(PACKAGE_CONFLICT.LOCAL_ID, localId)
                .set(PACKAGE_CONFLICT.ORIGIN_ID, originId).set(PACKAGE_CONFLICT.INCOMING, incoming)
                .set(PACKAGE_CONFLICT.INCOMING_HASH, hash).returning(PACKAGE_CONFLICT.ID).fetchOne().getId();
    }

    public List<PackageConflict> conflicts(boolean openOnly) {
        var query = dsl().select(PACKAGE_CONFLICT.fields()).select(PACKAGE_SENDER.ORG_NAME, PACKAGE_RECEIVED.SEQ)
                .from(PACKAGE_CONFLICT).join(PACKAGE_RECEIVED).on(PACKAGE_RECEIVED.ID.eq(PACKAGE_CONFLICT.RECEIVED_ID))
                .join(PACKAGE_SENDER).on(PACKAGE_SENDER.ID.eq(PACKAGE_RECEIVED.SENDER_ID))
                .where(openOnly ? PACKAGE_CONFLICT.STATUS.eq("OPEN") : DSL.noCondition()).orderBy(PACKAGE_CONFLICT.ID);
        return query.fetch(r -> new PackageConflict(r.get(PACKAGE_CONFLICT.ID), r.get(PACKAGE_CONFLICT.RECEIVED_ID),
                r.get(PACKAGE_CONFLICT.OBJECT_TYPE), r.get(PACKAGE_CONFLICT.LOCAL_ID), r.get(PACKAGE_CONFLICT.ORIGIN_ID),
                r.get(PACKAGE_CONFLICT.INCOMING), r.get(PACKAGE_CONFLICT.INCOMING_HASH), r.get(PACKAGE_CONFLICT.STATUS),
                r.get(PACKAGE_SENDER.ORG_NAME), r.get(PACKAGE_RECEIVED.SEQ)));
    }

    public long senderOfReceived(long receivedId) {
        return dsl().select(PACKAGE_RECEIVED.SENDER_ID).from(PACKAGE_RECEIVED).where(PACKAGE_RECEIVED.ID.eq(receivedId))
                .fetchOne().value1();
    }

    public boolean decideConflict(long id, String status, Instant when, Long userId) {
        return dsl().update(PACKAGE_CONFLICT).set(PACKAGE_CONFLICT.STATUS, status).set(PACKAGE_CONFLICT.DECIDED_AT, at(when))
                .set(PACKAGE_CONFLICT.DECIDED_BY, userId)
                .where(PACKAGE_CONFLICT.ID.eq(id).and(PACKAGE_CONFLICT.STATUS.eq("OPEN"))).execute() == 1;
    }

    /** A receiver's registered public key: packages for it are encrypted. */
    public record ReceiverKey(String receiverCode, String installId, byte[] publicKey, String fingerprint) {
    }

    public Optional<ReceiverKey> receiverKey(String receiverCode) {
        return dsl().selectFrom(PACKAGE_RECEIVER).where(PACKAGE_RECEIVER.RECEIVER_CODE.eq(receiverCode))
                .fetchOptional(r -> new ReceiverKey(r.getReceiverCode(), r.getInstallId(), r.getPublicKey(), r.getFingerprint()));
    }

    public void setReceiverKey(ReceiverKey key, Instant when, Long userId) {
        dsl().deleteFrom(PACKAGE_RECEIVER).where(PACKAGE_RECEIVER.RECEIVER_CODE.eq(key.receiverCode())).execute();
        dsl().insertInto(PACKAGE_RECEIVER).set(PACKAGE_RECEIVER.RECEIVER_CODE, key.receiverCode())
                .set(PACKAGE_RECEIVER.INSTALL_ID, key.installId()).set(PACKAGE_RECEIVER.PUBLIC_KEY, key.publicKey())
                .set(PACKAGE_RECEIVER.FINGERPRINT, key.fingerprint()).set(PACKAGE_RECEIVER.REGISTERED_AT, at(when))
                .set(PACKAGE_RECEIVER.REGISTERED_BY, userId).execute();
    }
}
