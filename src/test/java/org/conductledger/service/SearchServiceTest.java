package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.IdNumber;
import org.conductledger.model.Member;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.Role;
import org.conductledger.model.SearchHit;
import org.conductledger.model.SearchKind;
import org.conductledger.model.SearchResult;
import org.conductledger.model.UserForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The global search (issue 9) over two branches under one committee: each kind is found, a branch user never
 * gets the other branch's members, records or cases, a role without CASE_READ gets no cases, the reporter finds
 * nothing, and ID numbers match only in full or by the parts the mask shows.
 */
class SearchServiceTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    Organisation zb1;
    Organisation zb2;
    Member zhang;
    Member zhangTheirs;
    RegisterRecord account;
    RegisterRecord group;
    RegisterRecord filing;
    RegisterRecord theirGroup;
    CaseFile mine;
    CaseFile theirs;

    @BeforeEach
    void twoBranches() {
        ledger = TestLedger.open(dir);
        Services s = ledger.services;
        Organisation committee = ledger.org(null, "机关党委", "JGDW", OrgType.PARTY_COMMITTEE);
        zb1 = ledger.org(committee, "第一党支部", "ZB1", OrgType.BRANCH);
        zb2 = ledger.org(committee, "第二党支部", "ZB2", OrgType.BRANCH);
        zhang = s.members().create(TestLedger.member("张三", TestLedger.idBornIn(1980, 11), zb1.id()));
        zhangTheirs = s.members().create(TestLedger.member("张三丰", TestLedger.idBornIn(1981, 13), zb2.id()));
        long weibo = Registers.platform(s, "WB");
        long wechat = Registers.platform(s, "WX_PERSONAL");
        long work = Registers.category(s, "WORK");
        account = s.registers().create(Registers.account(zhang.id(), weibo, "ZhangSan_Weibo"));
        group = s.registers().create(Registers.group(zhang.id(), wechat, work, "88886666"));
        filing = s.registers().create(Registers.filing(zhang.id(), Registers.platform(s, "WX_SUBSCRIPTION"), "dushu-zhaji",
                LocalDate.of(2026, 10, 10)));
        theirGroup = s.registers().create(Registers.group(zhangTheirs.id(), wechat, work, "88887777"));
        long category = s.reference().violationCategories().get(0).id();
        mine = s.cases().intake(new CaseForm(zb1.id(), LocalDate.of(2026, 11, 2), CaseSource.PETITION, "举报人甲",
                "13800000000", true, "在微信群转发未经核实的信息", List.of(zhang.id()), List.of(category), List.of()));
        theirs = s.cases().intake(new CaseForm(zb2.id(), LocalDate.of(2026, 11, 3), CaseSource.SUPERVISION, "举报人乙",
                null, false, "在朋友圈发布不当言论", List.of(zhangTheirs.id()), List.of(category), List.of()));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private static List<Long> ids(SearchResult result, SearchKind kind) {
        return result.hits(kind).stream().map(SearchHit::id).toList();
    }

    @Test
    void findsEachKindOfRecord() {
        SearchService search = ledger.services.search();
        assertEquals(List.of(zhang.id(), zhangTheirs.id()), ids(search.search("张三"), SearchKind.MEMBER), "the exact name first");
        assertEquals(List.of(account.id()), ids(search.search("zhangsan_wei"), SearchKind.ACCOUNT), "account ID, any case");
        assertEquals(List.of(account.id()), ids(search.search("官方号"), SearchKind.ACCOUNT), "account name");
        assertEquals(List.of(group.id()), ids(search.search("88886666"), SearchKind.GROUP), "group number");
        assertEquals(List.of(group.id(), theirGroup.id()), ids(search.search("8888"), SearchKind.GROUP).stream().sorted().toList());
        assertEquals(List.of(group.id(), theirGroup.id()).size(), ids(search.search("工作群"), SearchKind.GROUP).size(), "group name");
        assertTrue(filing.filingNo().startsWith("ZB1-2026-"), filing.filingNo());
        SearchResult byNumber = search.search(filing.filingNo().toLowerCase());
        assertEquals(List.of(filing.id()), ids(byNumber, SearchKind.FILING), "filing number");
        assertEquals(filing.filingNo(), byNumber.hits(SearchKind.FILING).get(0).title());
        assertEquals(List.of(mine.id()), ids(search.search(String.valueOf(mine.id())), SearchKind.CASE));
        assertEquals(List.of(theirs.id()), ids(search.search("案件 " + theirs.id()), SearchKind.CASE));
        assertEquals(List.of(SearchKind.CASE), search.search("案件" + mine.id()).groups().stream()
                .map(SearchResult.Group::kind).toList(), "「案件 N」 searches cases only");
        SearchHit c = search.search(String.valueOf(mine.id())).hits(SearchKind.CASE).get(0);
        assertEquals(CaseStage.REGISTERED, c.state());
        assertEquals(List.of("2026-11-02", "张三"), c.details());
        assertEquals("第一党支部", c.orgName());
    }

    @Test
    void resultsAreGroupedInKindOrderAndLimitedPerKind() {
        for (int i = 0; i < SearchService.LIMIT + 2; i++) {
            ledger.services.members().create(TestLedger.member("张" + (char) ('甲' + i), TestLedger.idBornIn(1990, 21 + 2 * i),
                    zb1.id()));
        }
        SearchResult result = ledger.services.search().search("张");
        SearchResult.Group members = result.groups().get(0);
        assertEquals(SearchKind.MEMBER, members.kind());
        assertEquals(SearchService.LIMIT, members.hits().size());
        assertTrue(members.more());
        assertTrue(ledger.services.search().search("不存在的名字").isEmpty());
        assertTrue(ledger.services.search().search(" ").isEmpty());
    }

    @Test
    void aBranchUserNeverGetsTheOtherBranchsRecordsAndWithoutCaseReadNoCases() {
        Services secretary = ledger.loginAs("zb1", zb1, Set.of(Role.BRANCH_SECRETARY));
        SearchService search = secretary.search();
        assertEquals(List.of(SearchKind.MEMBER, SearchKind.ACCOUNT, SearchKind.GROUP, SearchKind.FILING), search.kinds());
        assertEquals(List.of(zhang.id()), ids(search.search("张三"), SearchKind.MEMBER));
        assertEquals(List.of(), ids(search.search("张三丰"), SearchKind.MEMBER));
        assertEquals(List.of(), ids(search.search(zhangTheirs.idNumber()), SearchKind.MEMBER));
        assertEquals(List.of(group.id()), ids(search.search("8888"), SearchKind.GROUP));
        assertEquals(List.of(), ids(search.search("88887777"), SearchKind.GROUP));
        assertTrue(search.search(String.valueOf(mine.id())).hits(SearchKind.CASE).isEmpty(), "no CASE_READ: no cases");
        assertTrue(search.search("案件 " + mine.id()).isEmpty());
        // Every hit of every search lies in 第一党支部.
        for (String text : List.of("张", "第", "8", "88", "官方", "读书", "ZB", "2026", "32", String.valueOf(theirs.id()))) {
            search.search(text).hits().forEach(h -> assertEquals("第一党支部", h.orgName(), text + " → " + h));
        }

        Services handler = ledger.loginAs("cb1", zb1, Set.of(Role.CASE_HANDLER));
        assertEquals(List.of(mine.id()), ids(handler.search().search(String.valueOf(mine.id())), SearchKind.CASE));
        assertEquals(List.of(), ids(handler.search().search(String.valueOf(theirs.id())), SearchKind.CASE), "other branch's case");

        Services auditor = ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
        assertEquals(List.of(), auditor.search().kinds());
        assertTrue(auditor.search().search("张三").isEmpty());
        assertTrue(auditor.audit().find(new AuditFilter(null, null, null, null, null, 1000)).stream()
                .noneMatch(e -> AuditAction.ACCESS_DENIED.name().equals(e.action())), "nothing was refused on the way");
    }

    @Test
    void theReporterFindsNothing() {
        SearchService search = ledger.services.search();
        assertTrue(search.search("举报人甲").isEmpty());
        assertTrue(search.search("举报人").isEmpty());
        assertTrue(search.search("13800000000").isEmpty());
        Services handler = ledger.loginAs("cb", ledger.root(), Set.of(Role.CASE_HANDLER));
        assertTrue(handler.search().search("举报人甲").isEmpty(), "not even for a handler of the case");
        assertTrue(search.search(String.valueOf(mine.id())).hits().stream()
                .noneMatch(h -> h.details().stream().anyMatch(d -> d.contains("举报人"))));
    }

    @Test
    void aPartialIdNumberFindsNothingUnlessItIsWhatTheMaskShows() {
        SearchService search = ledger.services.search();
        String id = zhang.idNumber();
        assertEquals(List.of(zhang.id()), ids(search.search(id), SearchKind.MEMBER), "in full");
        assertEquals(List.of(zhang.id()), ids(search.search(IdNumber.mask(id)), SearchKind.MEMBER), "the masked form");
        assertTrue(ids(search.search(id.substring(14)), SearchKind.MEMBER).contains(zhang.id()), "the last four");
        assertTrue(ids(search.search(id.substring(0, 4)), SearchKind.MEMBER).contains(zhang.id()), "the first four");
        for (String part : List.of(id.substring(0, 17), id.substring(1), id.substring(6, 14), id.substring(4, 8),
                id.substring(10, 14), id.substring(13), id.substring(0, 5))) {
            assertFalse(ids(search.search(part), SearchKind.MEMBER).contains(zhang.id()), part);
        }
        SearchHit hit = search.search(id).hits(SearchKind.MEMBER).get(0);
        assertEquals(List.of(IdNumber.mask(id)), hit.details(), "shown masked");
        assertTrue(search.search("张三").hits().stream().flatMap(h -> h.details().stream()).noneMatch(d -> d.contains(id)));
    }

    @Test
    void aSubjectOfACaseSeesOnlyThatItExists() {
        ledger.services.users().create(new UserForm("zhang", "张三", zb1.id(), Set.of(Role.ORG_DEPARTMENT), zhang.id()),
                TestLedger.PASSWORD.toCharArray(), TestLedger.PASSWORD.toCharArray());
        try (Services subject = TestLedger.wire(ledger.auth.login(ledger.location, "zhang", TestLedger.PASSWORD.toCharArray()))) {
            SearchHit hit = subject.search().search(String.valueOf(mine.id())).hits(SearchKind.CASE).get(0);
            assertTrue(hit.restricted());
            assertEquals(List.of(), hit.details());
            assertEquals(null, hit.state());
        }
    }
}
