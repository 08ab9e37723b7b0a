package org.conductledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationLevel;
import org.conductledger.model.Member;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.Role;

/**
 * A ledger seeded for the registers (台账), period October 2026 in mind (the test clock's today is
 * 2026-11-23): two branches under the root; account records on both sides of every edge of the period; cases
 * received on and around its edges (one with a real-name reporter); a decision and commendations.
 */
public final class RegisterSeed {

    public static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    public static final LocalDate TO = LocalDate.of(2026, 10, 31);
    public static final String REPORTER = "举报人甲";
    public static final String REPORTER_CONTACT = "13800000000";

    public final Organisation zb1;
    public final Organisation zb2;
    public final Member zhang;
    public final Member wang;
    /** Account records by letter (see the constructor). */
    public final RegisterRecord before;
    public final RegisterRecord lastDay;
    public final RegisterRecord dayAfter;
    public final RegisterRecord closedBefore;
    public final RegisterRecord closedOnFirstDay;
    public final RegisterRecord closedAfter;
    public final RegisterRecord reportedAfter;
    public final RegisterRecord otherBranch;
    public final Services handler;

    public RegisterSeed(TestLedger ledger) {
        Services s = ledger.services;
        zb1 = ledger.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = ledger.org(null, "第二党支部", "ZB2", OrgType.BRANCH);
        zhang = s.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        wang = s.members().create(TestLedger.member("王五", TestLedger.idBornIn(1982, 15), zb2.id()));
        long weibo = Registers.platform(s, "WB");
        before = account(s, weibo, "a-before", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5));
        lastDay = account(s, weibo, "a-last-day", TO, LocalDate.of(2026, 11, 2));
        dayAfter = account(s, weibo, "a-day-after", TO.plusDays(1), LocalDate.of(2026, 11, 3));
        closedBefore = close(s, account(s, weibo, "a-closed-before", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 3)),
                FROM.minusDays(1));
        closedOnFirstDay = close(s, account(s, weibo, "a-closed-first", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 3)),
                FROM);
        closedAfter = close(s, account(s, weibo, "a-closed-after", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 3)),
                LocalDate.of(2026, 11, 10));
        // Opened 10-20, due by 11-19, reported 11-20: late in the end, but on 10-31 still within the window.
        reportedAfter = account(s, weibo, "a-reported-after", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 20));
        otherBranch = s.registers().create(dated(Registers.account(wang.id(), weibo, "a-other-branch"),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)));

        handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER, Role.ORG_DEPARTMENT));
        long category = handler.reference().violationCategories().get(0).id();
        intake(zb1, FROM.minusDays(1), null, category);
        CaseFile first = intake(zb1, FROM, REPORTER, category);
        handler.cases().move(first.id(), first.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 10, 5), null, null);
        intake(zb1, TO, null, category);
        intake(zb1, TO.plusDays(1), null, category);
        handler.cases().intake(new CaseForm(zb2.id(), LocalDate.of(2026, 10, 15), CaseSource.SUPERVISION,
                null, null, false, "其他支部的线索", List.of(wang.id()), List.of(category), List.of()));

        CaseFile decided = atDecision(category);
        handler.outcomes().record(new OutcomeForm(decided.id(), zhang.id(), types("EDU", "DP1"), LocalDate.of(2026, 11, 21),
                zb1.id(), "测纪发〔2026〕3号", null, "经审理", null, false));

        s.recognition().commend(new Commendation(0, zhang.id(), CommendationLevel.COUNTY, "县委", "网上正面发声", FROM,
                "县发〔2026〕1号"));
        s.recognition().commend(new Commendation(0, zhang.id(), CommendationLevel.BRANCH, "第一党支部", "转发辟谣信息",
                TO.plusDays(1), null));
        s.recognition().commend(new Commendation(0, wang.id(), CommendationLevel.BRANCH, "第二党支部", "维护网络秩序", TO, null));
    }

    private RegisterRecord account(Services s, long platform, String id, LocalDate opened, LocalDate reported) {
        return s.registers().create(dated(Registers.account(zhang.id(), platform, id), opened, reported));
    }

    private static RegisterRecord close(Services s, RegisterRecord r, LocalDate on) {
        return s.registers().changeStatus(r.id(), RegisterStatus.CLOSED, on, "账号已注销");
    }

    private CaseFile intake(Organisation org, LocalDate received, String reporter, long category) {
        return handler.cases().intake(new CaseForm(org.id(), received, CaseSource.PETITION, reporter,
                reporter == null ? null : REPORTER_CONTACT, reporter != null, "在微信群转发未经核实的信息", List.of(zhang.id()),
                List.of(category), List.of()));
    }

    /** A case received 2026-11-02 about 张三, taken to 处理决定. */
    private CaseFile atDecision(long category) {
        CaseFile c = intake(zb1, LocalDate.of(2026, 11, 2), null, category);
        c = handler.cases().move(c.id(), c.version(), CaseStage.PRELIMINARY, LocalDate.of(2026, 11, 5), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.FILED, LocalDate.of(2026, 11, 10), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.INVESTIGATION, LocalDate.of(2026, 11, 11), null, null);
        c = handler.cases().move(c.id(), c.version(), CaseStage.REVIEW, LocalDate.of(2026, 11, 18), null, null);
        handler.cases().recordStatement(c.id(), new MemberStatement(LocalDate.of(2026, 11, 19), List.of("王干事", "李干事"),
                "无异议", false, null));
        return handler.cases().move(c.id(), c.version(), CaseStage.DECISION, LocalDate.of(2026, 11, 20), null, null);
    }

    private Set<Long> types(String... codes) {
        List<OutcomeType> types = handler.outcomes().types();
        return java.util.Arrays.stream(codes).map(code -> types.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow().id()).collect(java.util.stream.Collectors.toSet());
    }

    /** The same form with other opening and report dates. */
    public static RegisterForm dated(RegisterForm f, LocalDate opened, LocalDate reported) {
        return new RegisterForm(f.kind(), f.memberId(), f.platformId(), f.overseas(), f.name(), f.identifier(), f.url(),
                f.roleIdentity(), f.purpose(), opened, reported, f.notes(), f.categoryId(), f.memberRole(),
                f.inRoleIdentity(), f.groupSize(), f.groupSizeOn(), f.accountType(), f.certSubject(), f.certUscc(),
                f.contentArea(), f.operators());
    }
}
