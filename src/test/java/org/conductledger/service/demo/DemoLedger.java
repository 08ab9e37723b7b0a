package org.conductledger.service.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.Accountability;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseHistoryEntry;
import org.conductledger.model.Clarification;
import org.conductledger.model.Commendation;
import org.conductledger.model.Member;
import org.conductledger.model.MemberHistoryEntry;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.model.Outcome;
import org.conductledger.model.Protection;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.StatusChange;
import org.conductledger.store.CaseRepository;
import org.conductledger.store.Database;
import org.conductledger.store.MemberHistoryRepository;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.OutcomeRepository;
import org.conductledger.store.RecognitionRepository;
import org.conductledger.store.RegisterRepository;

/**
 * Everything a demo ledger holds, read back through the store's own repositories over the whole tree (the
 * reporter's columns too, which the services show only to handlers), for the rule checks of {@link DemoDataTest}.
 */
final class DemoLedger {

    final List<Organisation> organisations;
    final Map<Long, Organisation> orgById = new HashMap<>();
    final List<Member> members = new ArrayList<>();
    final Map<Long, Member> memberById = new HashMap<>();
    final Map<Long, List<MemberHistoryEntry>> memberHistory = new HashMap<>();
    final List<RegisterRecord> records = new ArrayList<>();
    final Map<Long, List<StatusChange>> recordHistory = new HashMap<>();
    final List<CaseFile> cases = new ArrayList<>();
    final Map<Long, List<CaseHistoryEntry>> caseHistory = new HashMap<>();
    final Map<Long, MemberStatement> statements = new HashMap<>();
    final Map<Long, String> conclusions = new HashMap<>();
    final Map<Long, String> falseReports = new HashMap<>();
    final Map<Long, java.time.LocalDate[]> notices = new HashMap<>();
    final Map<Long, List<Outcome>> outcomes = new HashMap<>();
    final List<Commendation> commendations = new ArrayList<>();
    final List<Protection> protections = new ArrayList<>();
    final List<Clarification> clarifications = new ArrayList<>();
    final List<Accountability> accountability;
    final OutcomeRepository outcomeRepository;

    DemoLedger(Database database) {
        OrganisationRepository orgs = new OrganisationRepository(database, "/");
        MemberRepository memberRepository = new MemberRepository(database, "/");
        MemberHistoryRepository history = new MemberHistoryRepository(database);
        RegisterRepository registers = new RegisterRepository(database, "/");
        CaseRepository caseRepository = new CaseRepository(database, "/");
        RecognitionRepository recognition = new RecognitionRepository(database, "/");
        outcomeRepository = new OutcomeRepository(database, "/");
        organisations = orgs.findAll();
        organisations.forEach(o -> orgById.put(o.id(), o));
        Organisation root = organisations.stream().filter(o -> o.parentId() == null).findFirst().orElseThrow();
        for (MemberSummary s : memberRepository.roster(root, true, true)) {
            Member m = memberRepository.findById(s.id()).orElseThrow();
            members.add(m);
            memberById.put(m.id(), m);
            memberHistory.put(m.id(), history.history(m.id()));
            for (RegisterRecord r : registers.ofMember(m.id())) {
                records.add(r);
                recordHistory.put(r.id(), registers.statusHistory(r.id()));
            }
            commendations.addAll(recognition.commendations(m.id()));
            protections.addAll(recognition.protections(m.id()));
            clarifications.addAll(recognition.clarificationsOfMember(m.id()));
        }
        for (CaseFile listed : caseRepository.list(root, true)) {
            CaseFile c = caseRepository.findById(listed.id()).orElseThrow();
            cases.add(c);
            caseHistory.put(c.id(), caseRepository.history(c.id()));
            caseRepository.statement(c.id()).ifPresent(s -> statements.put(c.id(), s));
            caseRepository.decision(c.id()).ifPresent(d -> conclusions.put(c.id(), d));
            caseRepository.falseReport(c.id()).ifPresent(f -> falseReports.put(c.id(), f));
            notices.put(c.id(), caseRepository.notices(c.id()));
            outcomes.put(c.id(), outcomeRepository.byCase(c.id()));
        }
        accountability = recognition.accountability(null);
    }

    Organisation root() {
        return organisations.stream().filter(o -> o.parentId() == null).findFirst().orElseThrow();
    }

    List<Outcome> allOutcomes() {
        return outcomes.values().stream().flatMap(List::stream).toList();
    }
}
