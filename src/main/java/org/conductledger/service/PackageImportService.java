package org.conductledger.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.AuditAction;
import org.conductledger.model.LedgerException;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.PackageItem;
import org.conductledger.model.PackageManifest;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.store.PackageRepository;
import org.conductledger.store.Transactions;

/**
 * Imports a data package at the receiving organisation department. Before anything is written: the
 * signature over the manifest, the data's hash, the sender's key (registered, or trusted now by an explicit
 * fingerprint confirmation), the receiver, and the sequence (the next one; the same package again changes
 * nothing; an older or skipped one is refused). Then, in one transaction, each record is created, updated
 * (if unchanged here since its last import) or — changed on both sides — listed as a conflict for a person.
 * Imported records keep their origin (sender and id there).
 */
public final class PackageImportService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PackageRepository packages;
    private final OrganisationService organisations;
    private final MemberService members;
    private final RegisterService registers;
    private final Clock clock;

    public PackageImportService(Session session, AuditLog audit, Transactions transactions, PackageRepository packages,
                                OrganisationService organisations, MemberService members, RegisterService registers,
                                Clock clock) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.packages = packages;
        this.organisations = organisations;
        this.members = members;
        this.registers = registers;
        this.clock = clock;
    }

    /** What an import did: whether the package had been imported before, and the records by outcome. */
    public record Report(PackageManifest manifest, boolean alreadyImported, boolean senderTrustedNow, int created,
                         int updated, int unchanged, List<org.conductledger.model.PackageConflict> conflicts) {
    }

    private void requireAllowed() {
        audit.require(session, Permission.ORG_WRITE);
        audit.require(session, Permission.MEMBER_WRITE);
        audit.require(session, Permission.REGISTER_WRITE);
    }

    /** Reads and checks the manifest and signature only (for showing the sender and fingerprint first). */
    public PackageManifest inspect(PackageCodec.Parts parts) {
        requireAllowed();
        PackageManifest manifest = PackageCodec.manifest(parts.manifest());
        verifyIntegrity(parts, manifest);
        return manifest;
    }

    /** Imports {@code parts}; {@code trustFingerprint} accepts an unknown sender whose key has that fingerprint. */
    public Report importPackage(PackageCodec.Parts parts, String trustFingerprint, String statusReason) {
        PackageManifest manifest = inspect(parts);
        String fileHash = Sm2.sm3(parts.manifest());
        if (organisations.all().stream().noneMatch(o -> o.code().equals(manifest.receiverCode()))) {
            throw new LedgerException("package.error.notForUs", manifest.receiverCode(), manifest.senderOrgName());
        }
        return transactions.inTransaction(() -> {
            boolean trustedNow = false;
            Optional<PackageRepository.Sender> known = packages.sender(manifest.senderInstall(), manifest.senderOrgCode());
            String fingerprint = Sm2.fingerprint(manifest.publicKey());
            PackageRepository.Sender sender;
            if (known.isPresent()) {
                sender = known.get();
                if (!java.util.Arrays.equals(sender.publicKey(), manifest.publicKey())) {
                    throw new LedgerException("package.error.wrongKey", manifest.senderOrgName(), sender.fingerprint(), fingerprint);
                }
            } else {
                if (trustFingerprint == null || !normalise(trustFingerprint).equals(normalise(fingerprint))) {
                    throw new LedgerException("package.error.unknownSender", manifest.senderOrgName(), manifest.senderOrgCode(),
                            fingerprint);
                }
                long id = packages.insertSender(manifest.senderInstall(), manifest.senderOrgCode(), manifest.senderOrgName(),
                        manifest.publicKey(), fingerprint, Instant.now(clock), session.userId());
                audit.record(session, AuditAction.PACKAGE_TRUST, "package_sender", id,
                        "org: " + manifest.senderOrgCode() + "; fingerprint: " + fingerprint);
                sender = packages.sender(manifest.senderInstall(), manifest.senderOrgCode()).orElseThrow();
                trustedNow = true;
            }
            Optional<String> seen = packages.receivedHash(sender.id(), manifest.seq());
            if (seen.isPresent()) {
                if (seen.get().equals(fileHash)) {
                    return new Report(manifest, true, false, 0, 0, 0, List.of());
                }
                throw new LedgerException("package.error.replayed", manifest.seq(), manifest.senderOrgName());
            }
            if (manifest.seq() <= sender.lastSeq()) {
                throw new LedgerException("package.error.replayed", manifest.seq(), manifest.senderOrgName());
            }
            if (manifest.seq() != sender.lastSeq() + 1) {
                throw new LedgerException("package.error.gap", manifest.senderOrgName(), sender.lastSeq() + 1, manifest.seq());
            }
            byte[] data = plain(manifest, parts.data());
            long receivedId = packages.insertReceived(sender.id(), manifest.seq(), fileHash, Instant.now(clock),
                    session.userId(), manifest.itemCount());
            Report report = apply(manifest, PackageCodec.data(data), sender.id(), receivedId, statusReason, trustedNow);
            packages.setLastSeq(sender.id(), manifest.seq());
            audit.record(session, AuditAction.PACKAGE_IMPORT, "package", manifest.seq(), "from: " + manifest.senderOrgCode()
                    + "; seq: " + manifest.seq() + "; created: " + report.created() + "; updated: " + report.updated()
                    + "; unchanged: " + report.unchanged() + "; conflicts: " + report.conflicts().size());
            return report;
        });
    }

    /** The data part as plain text: decrypted with this installation's key when it was encrypted for it. */
    private byte[] plain(PackageManifest manifest, byte[] data) {
        if (manifest.encryption() == null) {
            return data;
        }
        PackageRepository.Installation me = packages.installation()
                .orElseThrow(() -> new LedgerException("package.error.notOurKey", manifest.senderOrgName()));
        if (!PackageCipher.SCHEME.equals(manifest.encryption().scheme())
                || !me.installId().equals(manifest.encryption().receiverInstall())) {
            throw new LedgerException("package.error.notOurKey", manifest.senderOrgName());
        }
        return PackageCipher.open(me.privateKey(), data, manifest.encryption().wrappedKey(), manifest.encryption().nonce())
                .orElseThrow(() -> new LedgerException("package.error.notOurKey", manifest.senderOrgName()));
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static void verifyIntegrity(PackageCodec.Parts parts, PackageManifest manifest) {
        if (manifest.format() != PackageManifest.FORMAT) {
            throw new LedgerException("package.error.format", manifest.format());
        }
        if (!Sm2.verify(manifest.publicKey(), parts.manifest(), parts.signature())) {
            throw new LedgerException("package.error.signature");
        }
        if (!Sm2.sm3(parts.data()).equals(manifest.dataHash())) {
            throw new LedgerException("package.error.dataHash");
        }
    }

    private Report apply(PackageManifest manifest, List<PackageItem> items, long senderId, long receivedId,
                         String statusReason, boolean trustedNow) {
        PackageApplier applier = new PackageApplier(organisations, members, registers, statusReason, LocalDate.now(clock));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Long> conflictIds = new ArrayList<>();
        for (PackageItem item : items) {
            String incomingHash = PackageItems.hash(item);
            Optional<PackageRepository.Origin> origin = packages.origin(item.type(), senderId, item.originId());
            if (origin.isPresent()) {
                long localId = origin.get().localId();
                if (incomingHash.equals(origin.get().contentHash())) {
                    unchanged++;
                    continue;
                }
                String localHash = PackageItems.hash(local(applier, item.type(), localId));
                if (!localHash.equals(origin.get().contentHash()) && !localHash.equals(incomingHash)) {
                    conflictIds.add(packages.insertConflict(receivedId, item.type(), localId, item.originId(),
                            item.canonical(), incomingHash));
                    continue;
                }
                long newId = localHash.equals(incomingHash) ? localId : update(applier, item, localId);
                packages.setOrigin(item.type(), newId, senderId, item.originId(), incomingHash);
                updated++;
                continue;
            }
            Optional<Long> existing = existing(applier, item);
            if (existing.isPresent()) {
                // Already here (entered by hand, or the receiver's own organisation): the same content links it,
                // different content is for a person to decide.
                if (PackageItems.hash(local(applier, item.type(), existing.get())).equals(incomingHash)
                        || PackageItem.ORG.equals(item.type())) {
                    packages.setOrigin(item.type(), existing.get(), senderId, item.originId(), incomingHash);
                    unchanged++;
                } else {
                    conflictIds.add(packages.insertConflict(receivedId, item.type(), existing.get(), item.originId(),
                            item.canonical(), incomingHash));
                }
                continue;
            }
            long localId = create(applier, item, manifest.receiverCode());
            packages.setOrigin(item.type(), localId, senderId, item.originId(), incomingHash);
            created++;
        }
        List<org.conductledger.model.PackageConflict> conflicts = packages.conflicts(true).stream()
                .filter(c -> conflictIds.contains(c.id())).toList();
        return new Report(manifest, false, trustedNow, created, updated, unchanged, conflicts);
    }

    private static PackageItem local(PackageApplier applier, String type, long id) {
        return switch (type) {
            case PackageItem.ORG -> applier.localOrg(id);
            case PackageItem.MEMBER -> applier.localMember(id);
            default -> applier.localRegister(id);
        };
    }

    private static Optional<Long> existing(PackageApplier applier, PackageItem item) {
        return switch (item.type()) {
            case PackageItem.ORG -> applier.orgByCode(OrganisationRules.normaliseCode(item.get("code")))
                    .map(o -> o.id());
            case PackageItem.MEMBER -> applier.memberByIdNumber(item.get("idNumber")).map(m -> m.id());
            default -> Optional.empty();
        };
    }

    private static long create(PackageApplier applier, PackageItem item, String receiverCode) {
        return switch (item.type()) {
            case PackageItem.ORG -> applier.createOrg(item, receiverCode);
            case PackageItem.MEMBER -> applier.createMember(item);
            case PackageItem.REGISTER -> applier.createRegister(item);
            default -> throw new LedgerException("package.error.damaged");
        };
    }

    private static long update(PackageApplier applier, PackageItem item, long localId) {
        return switch (item.type()) {
            case PackageItem.ORG -> localId;   // organisations are the receiver's to edit: linked, not overwritten
            case PackageItem.MEMBER -> applier.updateMember(localId, item);
            default -> applier.updateRegister(localId, item);
        };
    }

    /** Conflicts still waiting for a decision (or all). */
    public List<org.conductledger.model.PackageConflict> conflicts(boolean openOnly) {
        requireAllowed();
        return packages.conflicts(openOnly);
    }

    /** The fields in which the record here and the incoming content of conflict {@code conflictId} differ. */
    public List<org.conductledger.model.PackageFieldDiff> differences(long conflictId) {
        requireAllowed();
        org.conductledger.model.PackageConflict conflict = packages.conflicts(false).stream()
                .filter(c -> c.id() == conflictId).findFirst()
                .orElseThrow(() -> new LedgerException("package.error.noConflict", conflictId));
        PackageApplier applier = new PackageApplier(organisations, members, registers, "", LocalDate.now(clock));
        PackageItem here = local(applier, conflict.objectType(), conflict.localId());
        PackageItem incoming = parse(conflict);
        List<org.conductledger.model.PackageFieldDiff> diffs = new ArrayList<>();
        for (String field : incoming.fields().keySet()) {
            String a = here.fields().getOrDefault(field, "");
            String b = incoming.fields().getOrDefault(field, "");
            if (!a.equals(b)) {
                diffs.add(new org.conductledger.model.PackageFieldDiff(field, a, b));
            }
        }
        return diffs;
    }

    /**
     * Decides a conflict: keep the record as it is here, or take the incoming content. Either way the next
     * package compares with the incoming content.
     */
    public void decide(long conflictId, boolean takeIncoming, String statusReason) {
        requireAllowed();
        org.conductledger.model.PackageConflict conflict = packages.conflicts(true).stream().filter(c -> c.id() == conflictId).findFirst()
                .orElseThrow(() -> new LedgerException("package.error.noConflict", conflictId));
        transactions.run(() -> {
            long senderId = packages.senderOfReceived(conflict.receivedId());
            long localId = conflict.localId();
            if (takeIncoming) {
                PackageApplier applier = new PackageApplier(organisations, members, registers, statusReason, LocalDate.now(clock));
                localId = update(applier, parse(conflict), conflict.localId());
            }
            packages.setOrigin(conflict.objectType(), localId, senderId, conflict.originId(), conflict.incomingHash());
            packages.decideConflict(conflictId, takeIncoming ? "TOOK_INCOMING" : "KEPT_LOCAL", Instant.now(clock),
                    session.userId());
            audit.record(session, AuditAction.CONFLICT_DECIDE, "package_conflict", conflictId,
                    "decision: " + (takeIncoming ? "TOOK_INCOMING" : "KEPT_LOCAL"));
        });
    }

    private static PackageItem parse(org.conductledger.model.PackageConflict conflict) {
        String[] parts = conflict.incoming().split("\u001f", -1);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        return new PackageItem(parts[0], conflict.originId(), fields);
    }
}
