package org.conductledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.Role;

/**
 * A ledger with one of each 工作台 item (today is 2026-11-23), all in 第一党支部 under the root: an account not reported
 * and due in 4 days, a group not reported and overdue, an account reported on time and one not due for weeks (neither
 * listed); the 2026 年审 round open with two members unconfirmed; a real-name case received 2026-11-02 (its stage limit
 * passed, its acceptance notice due today); a 诫勉谈话 decided 2026-05-28 (its impact period ends 2026-11-28, its
 * announcement overdue). The administrator (组织部门 at the root) made everything.
 */
public final class WorkbenchSeed {

    public final Organisation zb1;
    public final Organisation zb2;
    public final Member zhang;
    public final Member wang;
    public final Member li;
    public final RegisterRecord dueSoon;
    public final RegisterRecord overdue;
    public final CaseFile realName;
    public final CaseFile decided;
    public final Outcome outcome;

    public WorkbenchSeed(TestLedger ledger) {
        Services s = ledger.services;
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        zhang = s.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        wang = s.members().create(TestLedger.member("王五", TestLedger.idBornIn(1982, 15), zb1.id()));
        li = s.members().create(TestLedger.member("李四", TestLedger.idBornIn(1979, 17), zb1.id()));
        Member other = s.members().create(TestLedger.member("赵六", TestLedger.idBornIn(1984, 19), zb2.id()));
        long weibo = Registers.platform(s, "WB");
        long wechat = Registers.platform(s, "WX_PERSONAL");
        dueSoon = s.registers().create(unreported(Registers.account(zhang.id(), weibo, "due-soon"), LocalDate.of(2026, 10, 28)));
        overdue = s.registers().create(unreported(Registers.group(wang.id(), wechat, Registers.category(s, "WORK"), "g-overdue"),
                LocalDate.of(2026, 10, 1)));
        s.registers().create(Registers.account(li.id(), weibo, "reported"));
        s.registers().create(unreported(Registers.account(li.id(), wechat, "not-yet"), LocalDate.of(2026, 11, 20)));
        s.registers().create(unreported(Registers.account(other.id(), weibo, "other-branch"), LocalDate.of(2026, 10, 1)));
        var round = s.confirmations().open(zb1.id(), 2026);
        s.confirmations().confirm(round, li.id());
        long category = s.reference().violationCategories().get(0).id();
        realName = s.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, "举报人甲",
                "13800000000", true, "在微信群转发未经核实的信息", List.of(li.id()), List.of(category), List.of()));
        decided = atDecision(s, category);
        outcome = s.outcomes().record(new OutcomeForm(decided.id(), wang.id(), ids(s, "JM_T"), LocalDate.of(2026, 5, 28),
                zb1.id(), "测纪发〔2026〕1号", null, "经审理", null, false));
    }

    /** A branch secretary of 第一党支部. */
    public Services secretary(TestLedger ledger) {
        return ledger.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY));
    }

    private CaseFile atDecision(Services s, long category) {
        CaseFile c = s.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 5, 4), CaseSource.SUPERVISION, null, null,
                false, "在朋友圈发布不当言论", List.of(wang.id()), List.of(category), List.of()));
        c = s.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 5, 6), null, null);
        c = s.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 5, 8), null, null);
        c = s.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 5, 11), null, null);
        c = s.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 5, 18), null, null);
        s.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 5, 19), List.of("王干事", "李干事"), "无异议",
                false, null));
        return s.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 5, 25), null, null);
    }

    private static RegisterForm unreported(RegisterForm f, LocalDate openedOn) {
        return new RegisterForm(f.kind(), f.memberId(), f.platformId(), f.overseas(), f.name(), f.identifier(), f.url(),
                f.roleIdentity(), f.purpose(), openedOn, null, f.notes(), f.categoryId(), f.memberRole(), f.inRoleIdentity(),
                f.groupSize(), f.kind() == RegisterKind.GROUP ? openedOn : f.groupSizeOn(), f.accountType(), f.certSubject(),
                f.certUscc(), f.contentArea(), f.operators());
    }

    private static Set<Long> ids(Services s, String... codes) {
        List<OutcomeType> types = s.outcomes().types();
        return java.util.Arrays.stream(codes).map(code -> types.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().id()).collect(java.util.stream.Collectors.toSet());
    }
}
