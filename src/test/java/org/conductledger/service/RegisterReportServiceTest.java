package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.model.CaseRegisterEntry;
import org.conductledger.model.CaseStage;
import org.conductledger.model.LedgerException;
import org.conductledger.model.RegisterEntry;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.Role;
import org.conductledger.model.Timeliness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What falls in a register's period, at its edges; status at the period's end; scope; no reporter. */
class RegisterReportServiceTest {

    static final RegisterPeriod OCTOBER = new RegisterPeriod(RegisterSeed.FROM, RegisterSeed.TO);

    @TempDir
    Path dir;
    TestLedger ledger;
    RegisterSeed seed;

    @BeforeEach
    void seed() {
        ledger = TestLedger.open(dir);
        seed = new RegisterSeed(ledger);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Map<Long, RegisterEntry> accounts(Services who, long orgId, RegisterPeriod period) {
        return who.registerReads().records(RegisterKind.ACCOUNT, orgId, period).stream()
                .collect(Collectors.toMap(e -> e.record().id(), Function.identity()));
    }

    @Test
    void theAccountRegisterHoldsTheRecordsThatExistedInThePeriod() {
        Map<Long, RegisterEntry> found = accounts(ledger.services, ledger.root().id(), OCTOBER);
        assertEquals(Set.of(seed.before.id(), seed.lastDay.id(), seed.closedOnFirstDay.id(), seed.closedAfter.id(),
                seed.reportedAfter.id(), seed.otherBranch.id()), found.keySet(),
                "opened on the last day is in, opened the day after is out; closed the day before is out, on the first day in");
    }

    @Test
    void statusAndTimelinessAreThoseAtTheEndOfThePeriod() {
        Map<Long, RegisterEntry> found = accounts(ledger.services, ledger.root().id(), OCTOBER);
        assertEquals(RegisterStatus.CLOSED, found.get(seed.closedOnFirstDay.id()).statusAtEnd());
        assertEquals(RegisterSeed.FROM, found.get(seed.closedOnFirstDay.id()).statusOnAtEnd());
        assertEquals(RegisterStatus.ACTIVE, found.get(seed.closedAfter.id()).statusAtEnd(), "closed only after the period");
        assertEquals(Timeliness.ON_TIME, found.get(seed.before.id()).timeliness());
        assertEquals(Timeliness.PENDING, found.get(seed.reportedAfter.id()).timeliness(),
                "on 10-31 it was not yet reported and still within the window");
        Map<Long, RegisterEntry> untilToday = accounts(ledger.services, ledger.root().id(), new RegisterPeriod(null, null));
        assertEquals(Timeliness.LATE, untilToday.get(seed.reportedAfter.id()).timeliness());
        assertEquals(RegisterStatus.CLOSED, untilToday.get(seed.closedAfter.id()).statusAtEnd());
        assertTrue(untilToday.containsKey(seed.closedBefore.id()) && untilToday.containsKey(seed.dayAfter.id()),
                "without a start every record ever opened up to today is listed");
    }

    @Test
    void recordsAreOrderedByOrganisationThenOpeningDate() {
        List<RegisterEntry> rows = ledger.services.registerReads().records(RegisterKind.ACCOUNT, ledger.root().id(), OCTOBER);
        List<String> orgs = rows.stream().map(e -> e.record().orgName()).toList();
        assertEquals("第二党支部", orgs.get(orgs.size() - 1));
        List<LocalDate> zb1Dates = rows.stream().filter(e -> e.record().orgId() == seed.zb1.id())
                .map(e -> e.record().form().openedOn()).toList();
        assertEquals(zb1Dates.stream().sorted().toList(), zb1Dates);
    }

    @Test
    void casesAreThoseReceivedInThePeriodWithoutTheReporter() {
        List<CaseRegisterEntry> cases = seed.handler.registerReads().cases(seed.zb1.id(), OCTOBER);
        assertEquals(List.of(RegisterSeed.FROM, RegisterSeed.TO), cases.stream().map(CaseRegisterEntry::receivedOn).toList(),
                "received the day before or after is out; the other branch is not in ZB1's register");
        CaseRegisterEntry first = cases.get(0);
        assertEquals(CaseStage.PRELIMINARY, first.disposal());
        assertEquals(LocalDate.of(2026, 10, 5), first.disposedOn());
        assertEquals(List.of("张三"), first.subjects().stream().map(s -> s.name()).toList());
        assertEquals(List.of("cb"), first.handlers());
        assertEquals(1, first.categories().size());
        assertNull(first.concludedOn());
        assertTrue(!first.toString().contains(RegisterSeed.REPORTER) && !first.toString().contains(RegisterSeed.REPORTER_CONTACT),
                "the entry carries no reporter even for the handler of the case: " + first);
        assertEquals(3, seed.handler.registerReads().cases(ledger.root().id(), OCTOBER).size());
    }

    @Test
    void outcomesAreThoseDecidedInThePeriodAndCommendationsThoseAwarded() {
        var decision = LocalDate.of(2026, 11, 21);
        assertEquals(1, seed.handler.registerReads().outcomes(seed.zb1.id(), new RegisterPeriod(decision, decision)).size());
        assertEquals(0, seed.handler.registerReads().outcomes(seed.zb1.id(), new RegisterPeriod(null, decision.minusDays(1))).size());
        var outcome = seed.handler.registerReads().outcomes(ledger.root().id(), new RegisterPeriod(decision, null)).get(0);
        assertEquals("第一党支部", outcome.memberOrgName());
        assertEquals("张三", outcome.outcome().memberName());
        assertEquals(List.of("县委", "第二党支部"), ledger.services.registerReads().commendations(ledger.root().id(), OCTOBER)
                .stream().map(c -> c.commendation().awardingOrg()).toList(), "awarded on the first and last day; the day after is out");
    }

    @Test
    void aBranchUserSeesOnlyTheirSubtree() {
        Services branch = ledger.loginAs("zb1", seed.zb1, Set.of(Role.BRANCH_SECRETARY));
        Map<Long, RegisterEntry> mine = accounts(branch, seed.zb1.id(), OCTOBER);
        assertTrue(!mine.isEmpty() && !mine.containsKey(seed.otherBranch.id()));
        assertThrows(LedgerException.class, () -> accounts(branch, seed.zb2.id(), OCTOBER));
        assertThrows(LedgerException.class, () -> accounts(branch, ledger.root().id(), OCTOBER));
        assertThrows(LedgerException.class, () -> branch.organisations().byCode("ZB2"));
        assertEquals(seed.zb1.id(), branch.organisations().byCode(" zb1 ").id());
        assertThrows(LedgerException.class, () -> branch.registerReads().cases(seed.zb1.id(), OCTOBER),
                "a branch secretary may not read cases");
        Services zb2Handler = ledger.loginAs("cb2", seed.zb2, Set.of(Role.CASE_HANDLER));
        assertEquals(List.of(LocalDate.of(2026, 10, 15)), zb2Handler.registerReads().cases(seed.zb2.id(), OCTOBER).stream()
                .map(CaseRegisterEntry::receivedOn).toList());
        assertEquals(0, zb2Handler.registerReads().outcomes(seed.zb2.id(), new RegisterPeriod(null, null)).size());
    }

    @Test
    void aReversedPeriodIsRefused() {
        LedgerException e = assertThrows(LedgerException.class, () -> new RegisterPeriod(RegisterSeed.TO, RegisterSeed.FROM));
        assertEquals("error.report.periodReversed", e.messageKey());
    }
}
