package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.model.EditConflictException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberForm;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances (two logins, each with its own connections) editing the same record: the first save wins,
 * the second is refused with "已被他人修改" carrying both versions and who saved the newer one; re-applying
 * on the newer version is then the user's explicit choice. Runs on H2 and on PostgreSQL.
 */
class EditConflictTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Services first;
    Services second;
    Organisation branch;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        branch = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        first = ledger.loginAs("zhangsan", ledger.root(), EnumSet.of(Role.ORG_DEPARTMENT));
        second = ledger.loginAs("lisi", ledger.root(), EnumSet.of(Role.ORG_DEPARTMENT));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private static MemberForm withPost(Member m, String post) {
        MemberForm f = m.toForm();
        return new MemberForm(f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(), f.category(), f.joinedOn(),
                f.confirmedOn(), f.orgId(), post, f.cadre(), f.rank(), f.managingOrgId(), f.phone());
    }

    private static Map<String, EditConflictException.Field> byName(EditConflictException e) {
        return e.differences().stream().collect(Collectors.toMap(EditConflictException.Field::name, f -> f));
    }

    @Test
    void theSecondSaveOfAMemberIsRefusedWithBothVersionsAndReapplyingIsExplicit() {
        Member created = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), branch.id()));
        Member seenByFirst = first.members().get(created.id());
        Member seenBySecond = second.members().get(created.id());

        Member saved = first.members().update(created.id(), seenByFirst.version(), withPost(seenByFirst, "区委办公室 主任"));
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> second.members().update(created.id(), seenBySecond.version(), withPost(seenBySecond, "区委组织部 科员")));

        assertEquals("error.editConflict", conflict.messageKey());
        assertTrue(conflict.args().get(0).toString().startsWith("zhangsan（"), conflict.args().toString());
        assertEquals(saved.version(), conflict.currentVersion());
        assertEquals(Map.of("workUnitPost", new EditConflictException.Field("workUnitPost", "区委办公室 主任", "区委组织部 科员")),
                byName(conflict));
        assertEquals("区委办公室 主任", ledger.services.members().get(created.id()).workUnitPost(), "nothing was overwritten");

        Member reapplied = second.members().update(created.id(), conflict.currentVersion(), withPost(seenBySecond, "区委组织部 科员"));
        assertEquals("区委组织部 科员", reapplied.workUnitPost());
    }

    @Test
    void theSecondSaveOfAnOrganisationIsRefusedWithBothVersions() {
        Organisation seen = second.organisations().get(branch.id());
        first.organisations().update(branch.id(), branch.version(),
                new OrganisationForm("第一党支部（机关）", "ZB1", OrgType.BRANCH, branch.establishedOn(), null));
        EditConflictException conflict = assertThrows(EditConflictException.class, () -> second.organisations().update(
                branch.id(), seen.version(), new OrganisationForm("机关第一党支部", "ZB1", OrgType.BRANCH, seen.establishedOn(), null)));
        assertEquals(new EditConflictException.Field("name", "第一党支部（机关）", "机关第一党支部"), byName(conflict).get("name"));
        assertEquals("第一党支部（机关）", ledger.services.organisations().get(branch.id()).name());
    }

    @Test
    void theSecondSaveOfARegisterRecordIsRefusedWithBothVersions() {
        Member zhang = ledger.services.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), branch.id()));
        long weibo = Registers.platform(ledger.services, "WB");
        RegisterRecord record = ledger.services.registers().create(Registers.account(zhang.id(), weibo, "qxcb2026"));
        RegisterForm f = record.form();
        first.registers().update(record.id(), record.version(), rename(f, "区委宣传部"), null);
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> second.registers().update(record.id(), record.version(), rename(f, "宣传部官方号"), null));
        assertEquals(new EditConflictException.Field("name", "区委宣传部", "宣传部官方号"), byName(conflict).get("name"));
    }

    private static RegisterForm rename(RegisterForm f, String name) {
        return new RegisterForm(f.kind(), f.memberId(), f.platformId(), f.overseas(), name, f.identifier(), f.url(),
                f.roleIdentity(), f.purpose(), f.openedOn(), f.reportedOn(), f.notes(), f.categoryId(), f.memberRole(),
                f.inRoleIdentity(), f.groupSize(), f.groupSizeOn(), f.accountType(), f.certSubject(), f.certUscc(),
                f.contentArea(), f.operators());
    }

}
