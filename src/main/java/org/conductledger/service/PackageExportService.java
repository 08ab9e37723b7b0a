package org.conductledger.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.conductledger.model.AuditAction;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.PackageItem;
import org.conductledger.model.PackageManifest;
import org.conductledger.model.Permission;
import org.conductledger.model.Platform;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.Session;
import org.conductledger.store.PackageRepository;
import org.conductledger.store.Transactions;

/**
 * Makes the next data package (数据交换包) of the user's organisation for a receiving organisation: the
 * subtree's organisations, current members and register records whose content changed since the last
 * package to that receiver, numbered in that receiver's series, signed with this installation's SM2 key.
 * Cases never travel, so neither do reporters. The package is recorded as sent only if it was written.
 */
public final class PackageExportService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PackageRepository packages;
    private final OrganisationService organisations;
    private final MemberService members;
    private final RegisterService registers;
    private final Clock clock;

    public PackageExportService(Session session, AuditLog audit, Transactions transactions, PackageRepository packages,
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

    /** This installation's key, made on first use (its private half is kept in the encrypted database). */
    PackageRepository.Installation installation() {
        return packages.installation().orElseGet(() -> {
            Sm2.KeyPair pair = Sm2.generate(new SecureRandom());
            packages.insertInstallation(UUID.randomUUID().toString(), pair.publicKey(), pair.privateKey());
            return packages.installation().orElseThrow();
        });
    }

    /** The fingerprint the receiving department compares before trusting this installation's packages. */
    public String fingerprint() {
        audit.require(session, Permission.REGISTER_READ);
        return transactions.inTransaction(() -> Sm2.fingerprint(installation().publicKey()));
    }

    /** Whether packages for {@code receiverCode} are encrypted (its key card is registered here). No side effects. */
    public boolean encryptsFor(String receiverCode) {
        audit.require(session, Permission.REGISTER_READ);
        return packages.receiverKey(OrganisationRules.normaliseCode(receiverCode)).isPresent();
    }

    /** This organisation's public-key card, for its senders to register (their packages are then encrypted for it). */
    public PackageCodec.KeyCard keyCard() {
        audit.require(session, Permission.REGISTER_READ);
        return transactions.inTransaction(() -> {
            Organisation org = organisations.get(session.orgId());
            PackageRepository.Installation me = installation();
            return new PackageCodec.KeyCard(org.code(), org.name(), me.installId(), me.publicKey());
        });
    }

    /** Registers a receiver's key card: packages for that receiver code are encrypted from now on (audited). */
    public PackageCodec.KeyCard registerReceiver(PackageCodec.KeyCard card) {
        audit.require(session, Permission.REGISTER_READ);
        String code = OrganisationRules.normaliseCode(card.orgCode());
        transactions.run(() -> {
            packages.setReceiverKey(new PackageRepository.ReceiverKey(code, card.installId(), card.publicKey(), card.fingerprint()),
                    Instant.now(clock), session.userId());
            audit.record(session, AuditAction.PACKAGE_TRUST, "package_receiver", code,
                    "receiver: " + code + "; fingerprint: " + card.fingerprint());
        });
        return card;
    }

    /**
     * Builds the package for {@code receiverCode} and hands its parts to {@code write} (which writes the file);
     * returns its manifest. Nothing is recorded if writing fails.
     */
    public PackageManifest export(String receiverCode, Consumer<PackageCodec.Parts> write) {
        audit.require(session, Permission.MEMBER_READ);
        audit.require(session, Permission.REGISTER_READ);
        String receiver = OrganisationRules.normaliseCode(receiverCode);
        if (receiver == null || receiver.isEmpty() || receiver.length() > 32) {
            throw new LedgerException("package.error.receiver", receiverCode);
        }
        return transactions.inTransaction(() -> {
            PackageRepository.Installation me = installation();
            Organisation top = organisations.get(session.orgId());
            List<PackageItem> all = items(top);
            Map<String, String> sent = packages.sentItems(receiver);
            List<PackageItem> changed = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>(Map.of(PackageItem.ORG, 0, PackageItem.MEMBER, 0,
                    PackageItem.REGISTER, 0));
            for (PackageItem item : all) {
                String hash = PackageItems.hash(item);
                if (!hash.equals(sent.get(item.type() + ":" + item.originId()))) {
                    changed.add(item);
                    counts.merge(item.type(), 1, Integer::sum);
                    packages.recordSentItem(receiver, item.type(), item.originId(), hash);
                }
            }
            int seq = packages.nextSeq(receiver);
            byte[] data = PackageCodec.data(changed);
            PackageManifest.Encryption encryption = null;
            var receiverKey = packages.receiverKey(receiver);
            if (receiverKey.isPresent()) {
                PackageCipher.Sealed sealed = PackageCipher.seal(receiverKey.get().publicKey(), data);
                data = sealed.data();
                encryption = new PackageManifest.Encryption(PackageCipher.SCHEME, receiverKey.get().installId(),
                        sealed.wrappedKey(), sealed.nonce());
            }
            Instant now = Instant.now(clock);
            PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, seq, me.installId(), top.code(), top.name(),
                    receiver, now, counts, Sm2.sm3(data), me.publicKey(), encryption);
            byte[] manifestBytes = PackageCodec.manifest(manifest);
            PackageCodec.Parts parts = new PackageCodec.Parts(manifestBytes, data, Sm2.sign(me.privateKey(), manifestBytes));
            write.accept(parts);
            packages.recordSent(receiver, seq, top.id(), now, Sm2.sm3(manifestBytes), changed.size(), session.userId());
            audit.record(session, AuditAction.PACKAGE_EXPORT, "package", seq, "to: " + receiver + "; seq: " + seq
                    + "; orgs: " + counts.get(PackageItem.ORG) + "; members: " + counts.get(PackageItem.MEMBER)
                    + "; registers: " + counts.get(PackageItem.REGISTER));
            return manifest;
        });
    }

    /** Everything of {@code top}'s subtree as items: organisations (parents first), members, register records. */
    private List<PackageItem> items(Organisation top) {
        List<PackageItem> items = new ArrayList<>();
        Map<Long, Organisation> byId = new HashMap<>();
        List<Organisation> subtree = organisations.all().stream().filter(o -> o.isInSubtreeOf(top))
                .sorted(java.util.Comparator.comparingInt(Organisation::depth)).toList();
        subtree.forEach(o -> byId.put(o.id(), o));
        for (Organisation o : subtree) {
            Organisation parent = o.parentId() == null ? null : byId.get(o.parentId());
            items.add(PackageItems.org(o, o.id() == top.id() || parent == null ? null : parent.code()));
        }
        java.util.function.LongFunction<String> code = id -> byId.containsKey(id) ? byId.get(id).code()
                : organisations.all().stream().filter(o -> o.id() == id).map(Organisation::code).findFirst().orElse("");
        Map<Long, String> idNumbers = new HashMap<>();
        for (MemberSummary s : members.roster(top.id(), true, false)) {
            Member m = members.get(s.id());
            idNumbers.put(m.id(), m.idNumber());
            items.add(PackageItems.member(m, code));
        }
        Map<Long, String> platforms = new HashMap<>();
        registers.platforms().forEach((Platform p) -> platforms.put(p.id(), p.code()));
        Map<Long, String> categories = new HashMap<>();
        registers.groupCategories().forEach((GroupCategory c) -> categories.put(c.id(), c.code()));
        for (RegisterKind kind : RegisterKind.values()) {
            for (RegisterRecord r : registers.list(kind, top.id(), true)) {
                if (r.latest() && idNumbers.containsKey(r.memberId())) {
                    items.add(PackageItems.register(r, idNumbers.get(r.memberId()), platforms.get(r.form().platformId()),
                            r.form().categoryId() == null ? null : categories.get(r.form().categoryId())));
                }
            }
        }
        return items;
    }
}
