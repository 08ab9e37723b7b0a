package org.conductledger.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.PackageManifest;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.Role;
import org.conductledger.service.PackageCodec;
import org.conductledger.service.PackageImportService;
import org.conductledger.service.Registers;
import org.conductledger.service.TestLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two branches send signed packages to their department, which verifies, imports, refuses and lists conflicts. */
class PackageTest {

    @TempDir
    Path dir;
    TestLedger department;
    TestLedger branch1;
    TestLedger branch2;
    Services secretary1;
    Services secretary2;
    Organisation zb1;
    Organisation zb2;
    long zhang;

    @BeforeEach
    void open() throws IOException {
        department = TestLedger.open(Files.createDirectories(dir.resolve("dept")));
        branch1 = TestLedger.open(Files.createDirectories(dir.resolve("b1")));
        branch2 = TestLedger.open(Files.createDirectories(dir.resolve("b2")));
        zb1 = branch1.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = branch2.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        zhang = branch1.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id())).id();
        long li = branch1.services.members().create(TestLedger.member("李四", TestLedger.idBornIn(1985, 22), zb1.id())).id();
        branch1.services.registers().create(Registers.account(zhang, Registers.platform(branch1.services, "WB"), "qwxcb"));
        long wang = branch2.services.members().create(TestLedger.member("王五", TestLedger.idBornIn(1990, 33), zb2.id())).id();
        branch2.services.registers().create(Registers.group(wang, Registers.platform(branch2.services, "WX_PERSONAL"),
                Registers.category(branch2.services, "WORK"), "wxq-001"));
        branch2.services.registers().create(Registers.filing(wang, Registers.platform(branch2.services, "DY"), "ww-1",
                java.time.LocalDate.of(2026, 10, 1)));
        secretary1 = branch1.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY));
        secretary2 = branch2.loginAs("zb2", zb2, Set.of(Role.BRANCH_SECRETARY));
        assertTrue(li > 0);
    }

    @AfterEach
    void close() {
        department.close();
        branch1.close();
        branch2.close();
    }

    private Path export(Services from, String name) {
        Path file = dir.resolve(name);
        from.packageExport().export("ROOT", parts -> PackageFile.write(file, parts));
        return file;
    }

    private PackageImportService.Report importInto(Path file, String trust) {
        return department.services.packageImport().importPackage(PackageFile.read(file), trust, "数据交换包更新");
    }

    private String fingerprint(Services from) {
        return from.packageExport().fingerprint();
    }

    private int count(RegisterKind kind) {
        return department.services.registers().list(kind, department.root().id(), true).size();
    }

    private int members() {
        return department.services.members().roster(department.root().id(), true, false).size();
    }

    @Test
    void twoBranchesSumInTheDepartmentAndReimportingChangesNothing() {
        Path p1 = export(secretary1, "zb1-1.clp");
        Path p2 = export(secretary2, "zb2-1.clp");
        PackageImportService.Report r1 = importInto(p1, fingerprint(secretary1));
        assertTrue(r1.senderTrustedNow());
        assertEquals(4, r1.created(), "ZB1, two members, one account");
        importInto(p2, fingerprint(secretary2));
        assertEquals(3, members());
        assertEquals(1, count(RegisterKind.ACCOUNT));
        assertEquals(1, count(RegisterKind.GROUP));
        assertEquals(1, count(RegisterKind.FILING));
        assertTrue(department.services.organisations().all().stream().anyMatch(o -> o.code().equals("ZB2")
                && o.parentId() == department.root().id()), "the branch is placed under the receiver");
        PackageImportService.Report again = importInto(p1, null);
        assertTrue(again.alreadyImported());
        assertEquals(3, members());
        assertEquals(1, count(RegisterKind.ACCOUNT));
    }

    @Test
    void theNextPackageCarriesOnlyWhatChanged() {
        importInto(export(secretary1, "1.clp"), fingerprint(secretary1));
        Member m = secretary1.members().get(zhang);
        var form = m.toForm();
        secretary1.members().update(zhang, m.version(), new org.conductledger.model.MemberForm(form.name(), form.gender(),
                form.idNumber(), form.ethnicity(), form.birthDate(), form.category(), form.joinedOn(), form.confirmedOn(),
                form.orgId(), "区委宣传部 副部长", form.cadre(), form.rank(), form.managingOrgId(), form.phone()));
        Path second = export(secretary1, "2.clp");
        PackageManifest manifest = org.conductledger.service.PackageCodec.manifest(PackageFile.read(second).manifest());
        assertEquals(2, manifest.seq());
        assertEquals(1, manifest.itemCount(), "only 张三 changed");
        PackageImportService.Report r = importInto(second, null);
        assertEquals(1, r.updated());
        assertEquals("区委宣传部 副部长", department.services.members()
                .currentByIdNumber(m.idNumber()).orElseThrow().workUnitPost());
    }

    @Test
    void aTamperedByteAWrongKeyAReplayAndAGapAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path good = export(secretary1, "good.clp");
        PackageCodec.Parts parts = PackageFile.read(good);
        byte[] data = parts.data().clone();
        data[data.length / 2] ^= 1;
        Path tampered = dir.resolve("tampered.clp");
        PackageFile.write(tampered, new PackageCodec.Parts(parts.manifest(), data, parts.signature()));
        assertEquals("package.error.dataHash", refusal(tampered, fingerprint(secretary1)));
        byte[] manifest = parts.manifest().clone();
        manifest[manifest.length - 5] ^= 1;
        Path forgedManifest = dir.resolve("manifest.clp");
        PackageFile.write(forgedManifest, new PackageCodec.Parts(manifest, parts.data(), parts.signature()));
        String key = refusal(forgedManifest, fingerprint(secretary1));
        assertTrue(key.equals("package.error.signature") || key.equals("package.error.damaged"), key);
        Path garbage = dir.resolve("garbage.clp");
        Files.write(garbage, new byte[] {1, 2, 3});
        assertEquals("package.error.damaged", refusal(garbage, null));
        assertEquals(0, members(), "nothing written");

        assertEquals("package.error.unknownSender", refusal(good, null));
        assertEquals("package.error.unknownSender", refusal(good, "0000 0000"));
        importInto(good, fingerprint(secretary1));

        // Another installation claiming to be ZB1: its key is not the registered one.
        try (TestLedger impostor = TestLedger.open(Files.createDirectories(dir.resolve("fake")))) {
            Organisation fake = impostor.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            impostor.services.members().create(TestLedger.member("赵六", TestLedger.idBornIn(1970, 44), fake.id()));
            Services fakeSecretary = impostor.loginAs("zb1", fake, Set.of(Role.BRANCH_SECRETARY));
            Path forged = export(fakeSecretary, "forged.clp");
            assertEquals("package.error.unknownSender", refusal(forged, null), "another installation is another sender");
        }

        // A package that names the registered installation but is signed with another key.
        PackageManifest real = PackageCodec.manifest(parts.manifest());
        org.conductledger.service.Sm2.KeyPair other = org.conductledger.service.Sm2.generate(new java.security.SecureRandom());
        PackageManifest claimed = new PackageManifest(real.format(), 2, real.senderInstall(), real.senderOrgCode(),
                real.senderOrgName(), real.receiverCode(), real.createdAt(), real.counts(), real.dataHash(), other.publicKey(),
                real.encryption());
        byte[] claimedBytes = PackageCodec.manifest(claimed);
        Path wrongKey = dir.resolve("wrong-key.clp");
        PackageFile.write(wrongKey, new PackageCodec.Parts(claimedBytes, parts.data(),
                org.conductledger.service.Sm2.sign(other.privateKey(), claimedBytes)));
        assertEquals("package.error.wrongKey", refusal(wrongKey, null));

        Path second = export(secretary1, "2.clp");
        Path third = export(secretary1, "3.clp");
        assertEquals("package.error.gap", refusal(third, null));
        importInto(second, null);
        importInto(third, null);
        PackageCodec.Parts old = PackageFile.read(good);
        Path resigned = dir.resolve("replay.clp");
        Files.copy(good, resigned);
        assertTrue(importInto(resigned, null).alreadyImported(), "the same package again changes nothing");
        // The branch put back an old copy of its ledger and numbers a different package 3 again: a replay.
        branch1.services.database().withJdbc(c -> {
            try (var statement = c.createStatement()) {
                return statement.executeUpdate("DELETE FROM package_sent WHERE seq = 3");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Member m = secretary1.members().get(zhang);
        secretary1.members().update(zhang, m.version(), withPost(m.toForm(), "另一份 3 号包"));
        assertEquals("package.error.replayed", refusal(export(secretary1, "3-again.clp"), null));
        assertEquals(2, members());
        assertTrue(old.signature().length > 0);
    }

    @Test
    void aRecordChangedOnBothSidesIsListedNotOverwritten() {
        importInto(export(secretary1, "1.clp"), fingerprint(secretary1));
        String idNumber = secretary1.members().get(zhang).idNumber();
        Member here = department.services.members().currentByIdNumber(idNumber).orElseThrow();
        department.services.members().update(here.id(), here.version(), withPost(here.toForm(), "组织部 备注"));
        Member there = secretary1.members().get(zhang);
        secretary1.members().update(zhang, there.version(), withPost(there.toForm(), "支部 备注"));
        PackageImportService.Report r = importInto(export(secretary1, "2.clp"), null);
        assertEquals(1, r.conflicts().size());
        assertEquals("组织部 备注", department.services.members().get(here.id()).workUnitPost(), "not overwritten");
        assertEquals(List.of(new org.conductledger.model.PackageFieldDiff("workUnitPost", "组织部 备注", "支部 备注")),
                department.services.packageImport().differences(r.conflicts().get(0).id()));
        department.services.packageImport().decide(r.conflicts().get(0).id(), true, "数据交换包更新");
        assertEquals("支部 备注", department.services.members().get(here.id()).workUnitPost());
        assertFalse(department.services.packageImport().conflicts(true).stream().anyMatch(c -> c.id() == r.conflicts().get(0).id()));
    }

    @Test
    void aPackageForAReceiverWhoseKeyIsKnownIsEncryptedForItAlone() throws IOException {
        PackageCodec.KeyCard card = PackageCodec.keyCard(PackageCodec.keyCard(department.services.packageExport().keyCard()));
        secretary1.packageExport().registerReceiver(card);
        Path sealed = export(secretary1, "sealed.clp");
        PackageCodec.Parts parts = PackageFile.read(sealed);
        assertTrue(PackageCodec.manifest(parts.manifest()).encryption() != null);
        assertFalse(new String(parts.data(), java.nio.charset.StandardCharsets.UTF_8).contains("张三"), "no names in the clear");
        try (TestLedger other = TestLedger.open(Files.createDirectories(dir.resolve("other")))) {
            other.services.packageExport().keyCard();
            assertEquals("package.error.notOurKey", assertThrows(LedgerException.class, () -> other.services.packageImport()
                    .importPackage(PackageFile.read(sealed), fingerprint(secretary1), "x")).messageKey());
        }
        assertEquals(4, importInto(sealed, fingerprint(secretary1)).created());
        assertEquals(2, members());
    }

    private static org.conductledger.model.MemberForm withPost(org.conductledger.model.MemberForm f, String post) {
        return new org.conductledger.model.MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(),
                f.category(), f.joinedOn(), f.confirmedOn(), f.orgId(), post, f.cadre(), f.rank(), f.managingOrgId(), f.phone());
    }

    private String refusal(Path file, String trust) {
        return assertThrows(LedgerException.class, () -> importInto(file, trust)).messageKey();
    }
}
