package org.conductledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conductledger.app.Services;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.Role;
import org.conductledger.model.TestClock;
import org.conductledger.model.Todo;
import org.conductledger.model.TodoKind;
import org.conductledger.model.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工作台's to-dos over a seeded ledger, per role: what each kind holds, in scope, and nothing refused. */
class WorkbenchServiceTest {

    @TempDir
    Path dir;
    TestLedger ledger;
    WorkbenchSeed seed;

    @BeforeEach
    void setUp() {
        ledger = TestLedger.open(dir);
        seed = new WorkbenchSeed(ledger);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    static WorkbenchService workbench(Services s) {
        return new WorkbenchService(s.session(), s.registers(), s.confirmations(), s.cases(), s.outcomes(), s.organisations(),
                s.backups(), s.audit(), s.reviews(), TestClock.CLOCK);
    }

    private static Map<TodoKind, List<Todo>> byKind(List<Todo> todos) {
        Map<TodoKind, List<Todo>> map = new java.util.EnumMap<>(TodoKind.class);
        todos.forEach(t -> map.computeIfAbsent(t.kind(), k -> new java.util.ArrayList<>()).add(t));
        return map;
    }

    @Test
    void aBranchSecretarySeesRegistersTheRoundAndImpactPeriodsButNoCases() {
        Services secretary = seed.secretary(ledger);
        WorkbenchService service = workbench(secretary);
        assertEquals(EnumSet.of(TodoKind.REGISTER, TodoKind.ROUND, TodoKind.IMPACT_ENDING), service.kinds());
        List<Todo> todos = service.todos();
        Map<TodoKind, List<Todo>> kinds = byKind(todos);
        assertEquals(Set.of(TodoKind.REGISTER, TodoKind.ROUND, TodoKind.IMPACT_ENDING), kinds.keySet());

        List<Todo> registers = kinds.get(TodoKind.REGISTER);
        assertEquals(List.of(seed.overdue.id(), seed.dueSoon.id()), registers.stream().map(t -> t.target().id()).toList(),
                "overdue first; reported, later and other-branch records not listed");
        assertEquals(Urgency.OVERDUE, registers.get(0).urgency());
        assertEquals(LocalDate.of(2026, 10, 31), registers.get(0).dueOn());
        assertEquals(Urgency.DUE_SOON, registers.get(1).urgency());
        assertEquals(LocalDate.of(2026, 11, 27), registers.get(1).dueOn());

        Todo round = kinds.get(TodoKind.ROUND).get(0);
        assertEquals(List.of("2026", 2L), round.textArgs(), "张三 and 王五 still unconfirmed");
        assertEquals(new Todo.Target(Todo.TargetType.ROUND, seed.zb1.id(), null), round.target());
        assertEquals("第一党支部", round.orgName());

        Todo impact = kinds.get(TodoKind.IMPACT_ENDING).get(0);
        assertEquals(LocalDate.of(2026, 11, 28), impact.dueOn());
        assertEquals(Todo.Target.of(Todo.TargetType.MEMBER, seed.wang.id()), impact.target());

        assertEquals(Urgency.OVERDUE, todos.get(0).urgency());
        assertEquals(Todo.TargetType.ROUND, todos.get(todos.size() - 1).target().type(), "undated last");
        assertTrue(service.keyFigures().isPresent(), "a branch secretary compiles the review");
        assertFalse(service.auditChain().isPresent());
        Services auditor = ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
        assertEquals(List.of(), auditor.audit().find(new AuditFilter(null, AuditAction.ACCESS_DENIED, null, null, null, 100)),
                "nothing refused");
    }

    @Test
    void theDepartmentSeesCasesNoticesAndExecutionToo() {
        Map<TodoKind, List<Todo>> kinds = byKind(workbench(ledger.services).todos());
        assertEquals(EnumSet.allOf(TodoKind.class), kinds.keySet());
        Todo stage = kinds.get(TodoKind.CASE_STAGE).stream().filter(t -> t.target().id() == seed.realName.id()).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 9), stage.dueOn());
        assertEquals(Urgency.OVERDUE, stage.urgency());
        Todo notice = kinds.get(TodoKind.REPORTER_NOTICE).get(0);
        assertEquals(LocalDate.of(2026, 11, 23), notice.dueOn(), "15 working days from 2026-11-02");
        assertEquals(Urgency.DUE_SOON, notice.urgency(), "due today is not overdue");
        Todo execution = kinds.get(TodoKind.EXECUTION).get(0);
        assertEquals(LocalDate.of(2026, 6, 28), execution.dueOn(), "announce within a month");
        assertEquals(Todo.Target.of(Todo.TargetType.OUTCOME, seed.outcome.id()), execution.target());
        assertEquals(3, kinds.get(TodoKind.REGISTER).size(), "both branches: the other branch's overdue account too");
    }

    @Test
    void aCaseHandlerSeesOnlyTheCasesTheyHandle() {
        Services other = ledger.loginAs("cb2", ledger.root(), Set.of(Role.CASE_HANDLER));
        Map<TodoKind, List<Todo>> kinds = byKind(workbench(other).todos());
        assertFalse(kinds.containsKey(TodoKind.CASE_STAGE));
        assertFalse(kinds.containsKey(TodoKind.EXECUTION));
        assertTrue(kinds.containsKey(TodoKind.IMPACT_ENDING));
    }

    @Test
    void anAuditorSeesOnlyTheAuditChainAndTheBackups() {
        Services auditor = ledger.loginAs("sj", ledger.root(), Set.of(Role.AUDITOR));
        WorkbenchService service = workbench(auditor);
        assertEquals(Set.of(), service.kinds());
        assertEquals(List.of(), service.todos());
        assertTrue(service.auditChain().orElseThrow().intact());
        assertFalse(service.keyFigures().isPresent());
        assertEquals(null, service.backups().lastDaily());
        if (ledger.location.isServer()) {
            assertTrue(service.backups().byServer());
        } else {
            assertEquals(TestClock.TODAY, service.backups().nextDaily());
        }
    }

    @Test
    @Tag("embedded-only")   // daily backups of an embedded file
    void afterTodaysBackupTheNextIsTomorrow() {
        ledger.services.backups().dailyIfDue();
        var state = workbench(ledger.services).backups();
        assertEquals(TestClock.TODAY, state.lastDaily());
        assertEquals(TestClock.TODAY.plusDays(1), state.nextDaily());
    }
}
