package org.conductledger.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.conductledger.model.Accountability;
import org.conductledger.model.Appeal;
import org.conductledger.model.AppealResult;
import org.conductledger.model.AuditAction;
import org.conductledger.model.AuditFilter;
import org.conductledger.model.CaseFacts;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseHistoryEntry;
import org.conductledger.model.CaseRules;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.CaseWorkflow;
import org.conductledger.model.Clarification;
import org.conductledger.model.ClarificationMethod;
import org.conductledger.model.ClarificationTrigger;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationLevel;
import org.conductledger.model.FilingNumber;
import org.conductledger.model.IdNumber;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberChangeRules;
import org.conductledger.model.MemberHistoryEntry;
import org.conductledger.model.MemberRules;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeRules;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.Problem;
import org.conductledger.model.Progress;
import org.conductledger.model.RecognitionRules;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterRules;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.Role;
import org.conductledger.model.StatusChange;
import org.conductledger.model.TestClock;
import org.conductledger.model.ViolationCategory;
import org.conductledger.service.TestLedger;
import org.conductledger.store.RegisterRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo ledger (issue 12) passes every validation rule of the application: a 2,000-member demo is generated,
 * read back row by row through the repositories, and each row is run through the model's own rule classes —
 * MemberRules and MemberChangeRules, OrganisationRules, RegisterRules, CaseRules and CaseWorkflow (every move with
 * its guards), MemberStatement, OutcomeRules (decisions, execution, 留党察看, appeals), RecognitionRules — and the
 * checks the services add (subjects, 干部管理权限, 澄清正名 only after an untrue report or a revoked decision).
 * Every source, category, disposal, outcome type and appeal result occurs; the audit chain verifies.
 */
class DemoDataTest {

    private static final LocalDate TODAY = TestClock.TODAY;
    private static final int MEMBERS = 2_000;

    @TempDir
    static Path dir;
    static TestLedger ledger;
    static DemoSummary summary;
    static DemoLedger demo;

    @BeforeAll
    static void generate() {
        ledger = TestLedger.open(dir);
        summary = ledger.services.demoData().generate(MEMBERS, 7, Progress.NONE);
        demo = new DemoLedger(ledger.services.database());
    }

    @AfterAll
    static void close() {
        if (ledger != null) {
            ledger.close();
        }
    }

    private static void none(List<Problem> problems, Object what) {
        assertEquals(List.of(), problems, () -> "problems with " + what);
    }

    @Test
    void summaryCountsWhatWasWritten() {
        assertEquals(MEMBERS, summary.members());
        assertEquals(MEMBERS, demo.members.size());
        assertEquals(summary.organisations() + 1, demo.organisations.size());
        assertEquals(summary.registers(), demo.records.size());
        assertEquals(summary.cases(), demo.cases.size());
        assertEquals(summary.outcomes(), demo.allOutcomes().size());
        // About three records per member, about twenty reports per hundred members a year.
        assertTrue(demo.records.size() > 2.5 * MEMBERS && demo.records.size() < 4 * MEMBERS, "records " + demo.records.size());
        double years = (TODAY.toEpochDay() - LocalDate.of(TODAY.getYear() - 3, 1, 1).toEpochDay()) / 365.25;
        assertEquals(0.2 * MEMBERS * years, demo.cases.size(), 0.05 * MEMBERS * years);
    }

    @Test
    void everyMemberPassesMemberRulesWithoutWarnings() {
        MemberRules rules = new MemberRules(TestClock.CLOCK);
        MemberChangeRules changes = new MemberChangeRules(TestClock.CLOCK);
        Set<String> currentIds = new HashSet<>();
        for (Member m : demo.members) {
            none(rules.validate(m.toForm().normalised()), m);
            none(rules.warnings(m.toForm()), m);
            assertTrue(IdNumber.isValid(m.idNumber()), m.idNumber());
            if (m.status().isCurrent()) {
                assertTrue(currentIds.add(m.idNumber()), "duplicate current ID number " + m.idNumber());
            }
            MemberStatus status = MemberStatus.NORMAL;
            for (MemberHistoryEntry e : demo.memberHistory.get(m.id())) {
                if (e.kind() != MemberHistoryEntry.Kind.STATUS_CHANGE) {
                    continue;
                }
                Member before = withStatus(m, status);
                MemberStatus to = MemberStatus.valueOf(e.to());
                none(changes.checkStatusChange(before, to, e.date(), e.reason()), m + " " + e);
                status = to;
            }
            assertEquals(status, m.status(), "history ends in the member's status: " + m);
        }
    }

    private static Member withStatus(Member m, MemberStatus status) {
        return new Member(m.id(), m.name(), m.gender(), m.idNumber(), m.ethnicity(), m.birthDate(), m.category(), m.joinedOn(),
                m.confirmedOn(), m.orgId(), m.workUnitPost(), m.cadre(), m.rank(), m.managingOrgId(), m.phone(), status,
                m.version());
    }

    @Test
    void organisationsPassOrganisationRulesWithRealisticSizes() {
        OrganisationRules rules = new OrganisationRules(TestClock.CLOCK);
        Map<Long, Integer> direct = new HashMap<>();
        demo.members.forEach(m -> direct.merge(m.orgId(), 1, Integer::sum));
        Set<String> codes = new HashSet<>();
        for (Organisation o : demo.organisations) {
            none(rules.validate(new OrganisationForm(o.name(), o.code(), o.type(), o.establishedOn(), o.secretaryId())), o);
            assertTrue(codes.add(o.code()), "duplicate code " + o.code());
            if (o.parentId() == null) {
                continue;
            }
            Organisation parent = demo.orgById.get(o.parentId());
            none(OrganisationRules.checkPlacement(parent.type(), o.type()), o);
            assertEquals(OrganisationRules.childPath(parent.path(), o.id()), o.path());
            int members = subtreeMembers(o, direct);
            if (o.type().isBranch()) {
                assertTrue(members >= 3 && members <= 50, o.name() + " has " + members + " members");
                assertNotNull(o.secretaryId(), "a branch has its secretary: " + o);
                assertEquals(o.id(), demo.memberById.get(o.secretaryId()).orgId(), "the secretary is one of its members");
            } else if (o.type() == OrgType.GENERAL_BRANCH) {
                assertTrue(members > 50, o.name() + " has " + members + " members");
            } else if (o.type() == OrgType.PARTY_COMMITTEE) {
                assertTrue(members > 100, o.name() + " has " + members + " members");
            }
        }
        Set<OrgType> types = demo.organisations.stream().map(Organisation::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(EnumSet.of(OrgType.PARTY_COMMITTEE, OrgType.GENERAL_BRANCH, OrgType.BRANCH,
                OrgType.JOINT_BRANCH)), types.toString());
    }

    private static int subtreeMembers(Organisation org, Map<Long, Integer> direct) {
        return demo.organisations.stream().filter(o -> o.path().startsWith(org.path()))
                .mapToInt(o -> direct.getOrDefault(o.id(), 0)).sum();
    }

    @Test
    void everyRegisterRecordPassesRegisterRulesAndItsStatusHistory() {
        RegisterRules rules = new RegisterRules(TestClock.CLOCK);
        Map<Long, org.conductledger.model.Platform> platforms = new HashMap<>();
        ledger.services.registers().platforms().forEach(p -> platforms.put(p.id(), p));
        Set<String> filingNumbers = new HashSet<>();
        Map<String, RegisterRecord> firstVersions = new HashMap<>();
        for (RegisterRecord r : demo.records) {
            RegisterForm f = r.form();
            none(rules.validate(f), r);
            assertTrue(!platforms.get(f.platformId()).overseasDefault() || f.overseas(), "overseas platform flagged: " + r);
            assertEquals(demo.memberById.get(f.memberId()).orgId(), r.orgId(), "received by the member's organisation");
            List<StatusChange> history = demo.recordHistory.get(r.id());
            StatusChange first = history.get(0);
            assertEquals(null, first.from());
            RegisterStatus initial = r.versionNo() == 1 ? r.kind().initialStatus() : RegisterStatus.FILED;
            assertEquals(initial, first.to());
            assertEquals(r.versionNo() == 1 ? RegisterRepository.initialStatusDate(f) : f.reportedOn(), first.changedOn());
            RegisterStatus status = first.to();
            LocalDate last = first.changedOn();
            for (StatusChange c : history.subList(1, history.size())) {
                assertEquals(status, c.from());
                if (c.to() != RegisterStatus.CHANGED) {   // 已变更 comes only from a 变更备案, checked below
                    RegisterRecord before = new RegisterRecord(r.id(), f, r.memberName(), r.memberIdNumber(), r.orgId(),
                            r.orgName(), r.platformName(), status, last, r.filingNo(), r.versionNo(), r.supersedesId(), true,
                            r.version(), r.firstReportedOn());
                    none(rules.validateStatusChange(before, c.to(), c.changedOn(), c.reason(), last), r + " " + c);
                }
                status = c.to();
                last = c.changedOn();
            }
            assertEquals(status, r.status(), "history ends in the record's status: " + r);
            assertEquals(last, r.statusOn());
            if (r.kind() == RegisterKind.FILING) {
                Organisation org = demo.orgById.get(r.orgId());
                if (r.versionNo() == 1) {
                    assertTrue(filingNumbers.add(r.filingNo()), "filing number given twice: " + r.filingNo());
                    assertTrue(FilingNumber.sequenceOf(r.filingNo(), org.code(), f.reportedOn().getYear()).isPresent(), r.filingNo());
                    firstVersions.put(r.filingNo(), r);
                }
            } else {
                assertEquals(null, r.filingNo());
            }
        }
        for (RegisterRecord r : demo.records) {
            if (r.versionNo() == 2) {
                RegisterRecord v1 = firstVersions.get(r.filingNo());
                assertEquals(v1.id(), r.supersedesId());
                assertEquals(RegisterStatus.CHANGED, v1.status());
                assertFalse(v1.latest());
                assertFalse(r.reportedOn().isBefore(v1.reportedOn()), "变更备案 not before the filing");
                assertEquals(v1.firstReportedOn(), r.firstReportedOn());
                assertNotEquals(v1.form(), r.form());
            }
        }
        Set<RegisterStatus> statuses = demo.records.stream().map(RegisterRecord::status).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(RegisterStatus.class), EnumSet.copyOf(statuses));
    }

    @Test
    void everyCasePassesCaseRulesAndEveryMoveItsGuards() {
        CaseRules rules = new CaseRules(TestClock.CLOCK);
        for (CaseFile c : demo.cases) {
            CaseForm form = new CaseForm(c.orgId(), c.receivedOn(), c.source(), c.reporter() == null ? null : c.reporter().name(),
                    c.reporter() == null ? null : c.reporter().contact(), c.realName(), c.description(),
                    c.subjects().stream().map(CaseFile.Subject::memberId).toList(), c.categoryIds(), c.registerRecordIds());
            none(rules.validate(form), c);
            List<CaseHistoryEntry> history = demo.caseHistory.get(c.id());
            assertEquals(null, history.get(0).from());
            assertEquals(CaseStage.REGISTERED, history.get(0).to());
            assertEquals(c.receivedOn(), history.get(0).movedOn());
            MemberStatement statement = demo.statements.get(c.id());
            List<Outcome> outcomes = demo.outcomes.get(c.id());
            String conclusion = demo.conclusions.get(c.id());
            LocalDate previous = c.receivedOn();
            for (CaseHistoryEntry move : history.subList(1, history.size())) {
                LocalDate on = move.movedOn();
                assertFalse(on.isBefore(previous) || on.isAfter(TODAY), "move dated out of order: " + c + " " + move);
                MemberStatement shown = statement != null && !statement.shownOn().isAfter(on) ? statement : null;
                boolean decided = outcomes.stream().anyMatch(o -> !o.decidedOn().isAfter(on)) || conclusion != null;
                CaseFacts facts = new CaseFacts(shown, decided, c.dismissalReason(), false);
                none(CaseWorkflow.check(move.from(), move.to(), facts), c + " " + move);
                previous = on;
            }
            CaseHistoryEntry last = history.get(history.size() - 1);
            assertEquals(c.stage(), last.to());
            assertEquals(c.stageSince(), last.movedOn());
            if (statement != null) {
                none(statement.problems(), c);
                assertFalse(statement.shownOn().isAfter(TODAY));
            }
            LocalDate[] notices = demo.notices.get(c.id());
            if (notices[0] != null || notices[1] != null) {
                assertTrue(c.realName(), "notices only to a real-name reporter: " + c);
                assertFalse(notices[0] != null && notices[0].isBefore(c.receivedOn()));
                assertTrue(notices[1] == null || c.stage() == CaseStage.CLOSED, "result notice only once closed: " + c);
            }
            if (demo.falseReports.containsKey(c.id())) {
                assertNotNull(c.dismissalReason(), "错告/诬告 only on a clue closed without action: " + c);
            }
            Set<Long> known = demo.memberById.keySet();
            c.subjects().forEach(s -> assertTrue(known.contains(s.memberId())));
        }
    }

    @Test
    void everyDecisionPassesOutcomeRules() {
        OutcomeRules rules = new OutcomeRules(TestClock.CLOCK);
        for (CaseFile c : demo.cases) {
            LocalDate decisionStage = demo.caseHistory.get(c.id()).stream().filter(m -> m.to() == CaseStage.DECISION)
                    .map(CaseHistoryEntry::movedOn).findFirst().orElse(null);
            List<Outcome> outcomes = demo.outcomes.get(c.id());
            for (Outcome o : outcomes) {
                assertNotNull(decisionStage, "a decision in a case that reached 处理决定: " + o);
                assertTrue(c.subjects().stream().anyMatch(s -> s.memberId() == o.memberId()), "about a subject: " + o);
                Member member = demo.memberById.get(o.memberId());
                String deciding = demo.orgById.get(o.decidingOrgId()).path();
                String basis = demo.orgById.get(OutcomeRules.authorityBasis(member)).path();
                OutcomeRules.Facts facts = new OutcomeRules.Facts(member, demo.outcomeRepository.holdsPartyPost(member.id()),
                        decisionStage, OutcomeRules.holdsAuthority(deciding, basis));
                OutcomeForm form = new OutcomeForm(c.id(), o.memberId(), o.types().stream().map(OutcomeType::id)
                        .collect(Collectors.toSet()), o.decidedOn(), o.decidingOrgId(), o.documentNo(), o.effectiveOn(), o.notes(),
                        o.authorityOverride(), false);
                none(rules.validate(form, o.types(), facts), o);
                none(rules.warnings(o.types(), facts), o);
                none(rules.validateExecution(o, o.execution()), o);
                if (o.restoredOn() != null) {
                    none(rules.validateRestoration(o, o.restoredOn()), o);
                }
                if (o.probationExtended()) {
                    Outcome unextended = copy(o, o.status(), false, null, o.appeals());
                    none(rules.validateExtension(unextended), o);
                }
                checkAppeals(rules, o, outcomes, member);
            }
        }
        for (Member m : demo.members) {
            boolean expelled = demo.allOutcomes().stream().anyMatch(o -> o.memberId() == m.id() && o.counts()
                    && o.types().stream().anyMatch(t -> OutcomeMaker.ENDS_MEMBERSHIP.contains(t.code())));
            if (expelled) {
                assertEquals(MemberStatus.LEFT_PARTY, m.status(), "开除党籍 / 取消预备党员资格 ends membership: " + m);
            }
        }
    }

    private static void checkAppeals(OutcomeRules rules, Outcome o, List<Outcome> ofCase, Member member) {
        if (o.appeals().isEmpty()) {
            assertTrue(o.status() == OutcomeStatus.IN_FORCE, "only an appeal changes or revokes a decision: " + o);
            return;
        }
        assertEquals(1, o.appeals().size());
        Appeal appeal = o.appeals().get(0);
        Outcome beforeAppeal = copy(o, OutcomeStatus.IN_FORCE, o.probationExtended(), o.restoredOn(), List.of());
        none(rules.validateAppeal(beforeAppeal, appeal.filedOn(), appeal.toOrgId()), o);
        if (appeal.pending()) {
            assertEquals(OutcomeStatus.IN_FORCE, o.status());
            return;
        }
        Appeal pending = new Appeal(appeal.id(), appeal.outcomeId(), appeal.filedOn(), appeal.toOrgId(), appeal.toOrgName(), null,
                null, null);
        Outcome replacement = ofCase.stream().filter(r -> r.replacesId() != null && r.replacesId() == o.id()).findFirst()
                .orElse(null);
        Set<Long> newTypes = replacement == null ? null
                : replacement.types().stream().map(OutcomeType::id).collect(Collectors.toSet());
        none(rules.validateAppealDecision(pending, appeal.result(), appeal.decidedOn(), newTypes), o);
        switch (appeal.result()) {
            case UPHELD -> assertEquals(OutcomeStatus.IN_FORCE, o.status());
            case REVOKED -> assertEquals(OutcomeStatus.REVOKED, o.status());
            case CHANGED -> {
                assertEquals(OutcomeStatus.CHANGED, o.status());
                assertNotNull(replacement, "a changed decision is replaced: " + o);
                assertTrue(OutcomeRules.heavierOnAppeal(o.types(), replacement.types()).isEmpty(), "申诉不加重: " + o);
                replacement.types().forEach(t -> assertTrue(OutcomeRules.eligibilityProblem(t, member).isEmpty()));
                assertEquals(appeal.decidedOn(), replacement.decidedOn());
            }
            default -> throw new IllegalStateException();
        }
    }

    private static Outcome copy(Outcome o, OutcomeStatus status, boolean extended, LocalDate restored, List<Appeal> appeals) {
        return new Outcome(o.id(), o.caseId(), o.memberId(), o.memberName(), o.types(), o.decidedOn(), o.decidingOrgId(),
                o.decidingOrgName(), o.documentNo(), o.effectiveOn(), o.notes(), o.authorityOverride(), extended, restored,
                o.execution(), status, o.replacesId(), appeals, o.version());
    }

    @Test
    void recognitionPassesRecognitionRulesAndClarificationsFollowAnUntrueReportOrARevokedDecision() {
        RecognitionRules rules = new RecognitionRules(TestClock.CLOCK);
        demo.commendations.forEach(c -> none(rules.validate(c), c));
        demo.protections.forEach(p -> none(rules.validate(p), p));
        Map<Long, CaseFile> cases = new HashMap<>();
        demo.cases.forEach(c -> cases.put(c.id(), c));
        for (Clarification c : demo.clarifications) {
            none(rules.validate(c), c);
            CaseFile caseFile = cases.get(c.caseId());
            assertTrue(caseFile.subjects().stream().anyMatch(s -> s.memberId() == c.memberId()), "about a subject: " + c);
            boolean untrue = (caseFile.stage() == CaseStage.DISMISSED || caseFile.stage().isTerminal())
                    && caseFile.dismissalReason() != null;
            boolean revoked = demo.outcomes.get(c.caseId()).stream()
                    .anyMatch(o -> o.memberId() == c.memberId() && o.status() == OutcomeStatus.REVOKED);
            assertTrue(untrue || revoked, "澄清正名 after an untrue report or a revoked decision: " + c);
            assertTrue(revoked || !c.clarifiedOn().isBefore(caseFile.stageSince()), c.toString());
        }
        for (Accountability a : demo.accountability) {
            none(rules.validate(new Accountability.Form(a.target(), a.targetOrgId(), a.targetMemberId(), a.measures(),
                    a.decidedOn(), a.decidingOrgId(), a.documentNo(), a.caseId(), a.reason())), a);
        }
        assertFalse(demo.accountability.isEmpty(), "some 问责");
        assertFalse(demo.protections.isEmpty(), "some 保护支持");
    }

    @Test
    void everySourceCategoryDisposalOutcomeTypeAndAppealResultOccurs() {
        assertEquals(EnumSet.allOf(CaseSource.class),
                EnumSet.copyOf(demo.cases.stream().map(CaseFile::source).collect(Collectors.toSet())));
        Set<Long> categories = demo.cases.stream().flatMap(c -> c.categoryIds().stream()).collect(Collectors.toSet());
        Set<Long> allCategories = ledger.services.reference().violationCategories().stream().filter(v -> !v.retired())
                .map(ViolationCategory::id).collect(Collectors.toSet());
        assertEquals(allCategories, categories);
        Set<CaseStage> reached = demo.caseHistory.values().stream().flatMap(List::stream).map(CaseHistoryEntry::to)
                .collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(CaseStage.class), EnumSet.copyOf(reached), "every stage, the four disposals among them");
        Set<String> types = demo.allOutcomes().stream().flatMap(o -> o.types().stream()).map(OutcomeType::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ladder = ledger.services.outcomes().types().stream().map(OutcomeType::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ladder, types);
        Set<AppealResult> results = demo.allOutcomes().stream().flatMap(o -> o.appeals().stream()).map(Appeal::result)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(AppealResult.class), EnumSet.copyOf(results));
        assertEquals(EnumSet.allOf(CommendationLevel.class),
                EnumSet.copyOf(demo.commendations.stream().map(Commendation::level).collect(Collectors.toSet())));
        assertEquals(EnumSet.allOf(ClarificationTrigger.class),
                EnumSet.copyOf(demo.clarifications.stream().map(Clarification::trigger).collect(Collectors.toSet())));
        assertEquals(EnumSet.allOf(ClarificationMethod.class),
                EnumSet.copyOf(demo.clarifications.stream().map(Clarification::method).collect(Collectors.toSet())));
        Set<MemberStatus> statuses = demo.members.stream().map(Member::status).collect(Collectors.toSet());
        assertTrue(statuses.containsAll(EnumSet.of(MemberStatus.NORMAL, MemberStatus.LEFT_PARTY, MemberStatus.TRANSFERRED_OUT,
                MemberStatus.DECEASED)), statuses.toString());
        assertTrue(demo.members.stream().anyMatch(m -> m.category() == org.conductledger.model.MemberCategory.PROBATIONARY));
        assertTrue(demo.members.stream().anyMatch(OutcomeRules::leadingCadre));
        assertTrue(demo.cases.stream().anyMatch(c -> c.reporter() != null && c.realName()), "real-name reports");
        assertTrue(demo.falseReports.values().containsAll(List.of("MISTAKEN", "MALICIOUS")));
        assertFalse(demo.conclusions.isEmpty(), "书面结论 where no measure was imposed");
        Set<Integer> years = demo.cases.stream().map(c -> c.receivedOn().getYear()).collect(Collectors.toSet());
        assertTrue(years.size() >= 4, "reports over several years: " + years);
    }

    @Test
    void theGenerationIsAuditedOnceAndTheChainVerifies() {
        var auditor = ledger.loginAs("auditor", ledger.root(), Set.of(Role.AUDITOR));
        assertTrue(auditor.audit().verify().intact());
        var entries = auditor.audit().find(new AuditFilter(null, AuditAction.DEMO_DATA, null, null, null, 10));
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).summary().contains("members: " + MEMBERS), entries.get(0).summary());
    }

    @Test
    void theLedgerIsMarkedAsDemoAndRefusesASecondGeneration() {
        assertTrue(ledger.services.demoData().isDemo());
        LedgerException refused = assertThrows(LedgerException.class,
                () -> ledger.services.demoData().generate(100, 1, Progress.NONE));
        assertEquals("error.demo.notEmpty", refused.messageKey());
    }

    @Test
    void theDemoLedgerStaysUsable() {
        // A new filing continues its organisation's numbers; a new member is checked against the generated ID numbers.
        RegisterRecord filed = demo.records.stream().filter(r -> r.kind() == RegisterKind.FILING && r.versionNo() == 1
                && r.form().reportedOn().getYear() == TODAY.getYear()).findFirst().orElseThrow();
        Member owner = demo.memberById.get(filed.form().memberId());
        RegisterForm next = new RegisterForm(RegisterKind.FILING, owner.id(), filed.form().platformId(), filed.form().overseas(),
                "新开账号", "new_account_for_test", null, null, null, TODAY, TODAY, null, null, null, false, null, null, null,
                null, null, null, List.of());
        if (owner.status().isCurrent()) {
            RegisterRecord created = ledger.services.registers().create(next);
            assertFalse(demo.records.stream().anyMatch(r -> created.filingNo().equals(r.filingNo())), created.filingNo());
        }
        Member taken = demo.members.stream().filter(m -> m.status().isCurrent()).findFirst().orElseThrow();
        assertThrows(RuntimeException.class, () -> ledger.services.members().create(TestLedger.member("重复", taken.idNumber(),
                taken.orgId())));
    }

    @Test
    void theSameSeedMakesTheSameLedgerAndAnotherSeedAnother(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        List<String> first = fingerprint(a, 400, 11);
        List<String> second = fingerprint(b, 400, 11);
        List<String> other = fingerprint(c, 400, 12);
        assertEquals(first, second);
        assertNotEquals(first, other);
    }

    private static List<String> fingerprint(Path directory, int members, long seed) {
        try (TestLedger l = TestLedger.open(directory)) {
            l.services.demoData().generate(members, seed, Progress.NONE);
            DemoLedger d = new DemoLedger(l.services.database());
            List<String> lines = new ArrayList<>();
            d.organisations.forEach(o -> lines.add(o.code() + " " + o.name() + " " + o.type()));
            d.members.forEach(m -> lines.add(m.name() + " " + m.idNumber() + " " + d.orgById.get(m.orgId()).code() + " "
                    + m.joinedOn() + " " + m.rank()));
            d.records.forEach(r -> lines.add(r.kind() + " " + r.form().name() + " " + r.form().openedOn() + " " + r.status()));
            d.cases.forEach(x -> lines.add(x.source() + " " + x.receivedOn() + " " + x.stage() + " " + x.description()));
            return lines;
        }
    }

    @Test
    void refusesBadSizesAndUsersBelowTheRoot(@TempDir Path other) {
        try (TestLedger l = TestLedger.open(other)) {
            assertFalse(l.services.demoData().isDemo());
            assertEquals("error.demo.members", assertThrows(LedgerException.class,
                    () -> l.services.demoData().generate(2, 1, Progress.NONE)).messageKey());
            Organisation branch = l.org(null, "第一党支部", "ZB1", OrgType.BRANCH);
            var secretary = l.loginAs("zb1", branch, EnumSet.of(Role.ORG_DEPARTMENT));
            assertEquals("error.demo.notRoot", assertThrows(LedgerException.class,
                    () -> secretary.demoData().generate(100, 1, Progress.NONE)).messageKey());
            var handler = l.loginAs("handler", l.root(), EnumSet.of(Role.CASE_HANDLER));
            assertThrows(LedgerException.class, () -> handler.demoData().generate(100, 1, Progress.NONE));
            assertFalse(l.services.demoData().isDemo());
        }
    }

    @Test
    void aGenerationStoppedHalfwayKeepsWhatItWroteMarkedAndAudited(@TempDir Path other) {
        try (TestLedger l = TestLedger.open(other)) {
            Progress cancelHalfway = new Progress() {
                private boolean started;

                @Override
                public void step(int done, int total) {
                    started = done > 0;
                }

                @Override
                public boolean cancelled() {
                    return started;
                }
            };
            assertThrows(LedgerException.class, () -> l.services.demoData().generate(2_500, 3, cancelHalfway));
            int written = l.services.members().roster(l.root().id(), true, true).size();
            assertTrue(written > 0 && written < 2_500, "one committee written: " + written);
            assertTrue(l.services.demoData().isDemo(), "a partial demo is still a demo ledger");
            var auditor = l.loginAs("auditor", l.root(), Set.of(Role.AUDITOR));
            assertTrue(auditor.audit().verify().intact());
            var entries = auditor.audit().find(new AuditFilter(null, AuditAction.DEMO_DATA, null, null, null, 10));
            assertEquals(1, entries.size());
            assertTrue(entries.get(0).summary().startsWith("incomplete; ") && entries.get(0).summary().contains("members: " + written),
                    entries.get(0).summary());
            assertEquals("error.demo.notEmpty", assertThrows(LedgerException.class,
                    () -> l.services.demoData().generate(100, 1, Progress.NONE)).messageKey());
        }
    }
}
