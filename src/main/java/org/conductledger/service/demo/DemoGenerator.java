package org.conductledger.service.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.Accountability;
import org.conductledger.model.Clarification;
import org.conductledger.model.Commendation;
import org.conductledger.model.FilingNumber;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.Organisation;
import org.conductledger.model.OutcomeForm;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.model.OutcomeType;
import org.conductledger.model.Progress;
import org.conductledger.model.Protection;
import org.conductledger.model.RegisterKind;
import org.conductledger.store.BulkLoader;
import org.conductledger.store.BulkRows;

/**
 * Builds the demo ledger one committee (基层党委) at a time — its organisations, members, register records, cases,
 * decisions and recognition — and hands each part to the bulk loader, so memory stays bounded whatever the size.
 * Everything is drawn from one seeded {@link Dice}: the same seed and size make the same ledger.
 */
final class DemoGenerator {

    /** Reports per member and year (issue 12: about 20 per 100 members a year). */
    static final double CASES_PER_MEMBER_YEAR = 0.2;
    private static final double COMMENDATIONS_PER_MEMBER_YEAR = 0.015;
    private static final double PROTECTIONS_PER_MEMBER_YEAR = 0.002;

    /** The reference data the records point at. */
    record Reference(List<org.conductledger.model.Platform> platforms, List<org.conductledger.model.GroupCategory> groupCategories,
                     List<org.conductledger.model.ViolationCategory> categories, List<OutcomeType> outcomeTypes) {
    }

    private final BulkLoader loader;
    private final Organisation root;
    private final LocalDate today;
    private final Dice dice;
    private final DemoVocabulary words = DemoVocabulary.load();
    private final OrganisationPlan plan;
    private final MemberMaker members;
    private final RegisterMaker registers;
    private final OutcomeMaker outcomes;
    private final CaseMaker cases;
    private final RecognitionMaker recognition;
    private final double years;
    private final Counts counts = new Counts();

    DemoGenerator(BulkLoader loader, Organisation root, Reference reference, LocalDate today, ZoneId zone, long seed) {
        this.loader = loader;
        this.root = root;
        this.today = today;
        this.dice = new Dice(seed);
        LocalDate firstDay = LocalDate.of(today.getYear() - 3, 1, 1);
        this.years = ChronoUnit.DAYS.between(firstDay, today) / 365.25;
        this.plan = new OrganisationPlan(dice, words, today);
        this.members = new MemberMaker(dice, words, today);
        this.registers = new RegisterMaker(dice, words, members, today, reference.platforms(), reference.groupCategories());
        this.outcomes = new OutcomeMaker(dice, words, today, reference.outcomeTypes());
        this.cases = new CaseMaker(dice, words, members, outcomes, today, firstDay, reference.categories(),
                reference.platforms().stream().filter(p -> !p.retired()).map(org.conductledger.model.Platform::name).toList(), zone);
        this.recognition = new RecognitionMaker(dice, words, today, firstDay);
        counts.seed = seed;
    }

    private static final class Counts {
        long seed;
        int organisations;
        int members;
        int registers;
        int cases;
        int outcomes;
        int appeals;
        int commendations;
        int clarifications;

        void restore(DemoSummary s) {
            organisations = s.organisations();
            members = s.members();
            registers = s.registers();
            cases = s.cases();
            outcomes = s.outcomes();
            appeals = s.appeals();
            commendations = s.commendations();
            clarifications = s.clarifications();
        }

        DemoSummary summary() {
            return new DemoSummary(seed, organisations, members, registers, cases, outcomes, appeals, commendations,
                    clarifications);
        }
    }

    /**
     * Generates {@code total} members and everything around them; each committee's part is written through
     * {@code unitOfWork} (the caller's transaction, or one transaction per part).
     */
    /** What was written so far (for the audit entry of a generation that stopped). */
    DemoSummary soFar() {
        return counts.summary();
    }

    DemoSummary run(int total, Progress progress, java.util.function.Consumer<Runnable> unitOfWork) {
        // A part that fails is rolled back: so are its counts.
        this.unitOfWork = work -> {
            DemoSummary before = counts.summary();
            try {
                unitOfWork.accept(work);
            } catch (RuntimeException e) {
                counts.restore(before);
                throw e;
            }
        };
        progress.step(0, total);
        for (PlannedOrg node : plan.plan(root.type(), total)) {
            progress.check();
            if (node.type == null) {
                unitOfWork.accept(() -> unit(new BulkLoader.Stored(root.id(), root.path()), root.name(), root.code(), root.id(),
                        node.children, total, progress));
            } else if (node.type == org.conductledger.model.OrgType.WORKING_COMMITTEE) {
                BulkLoader.Stored[] group = new BulkLoader.Stored[1];
                unitOfWork.accept(() -> group[0] = store(List.of(node), root.id(), root.path()).get(0));
                for (PlannedOrg committee : node.children) {
                    progress.check();
                    committee(committee, group[0], total, progress);
                }
            } else {
                committee(node, new BulkLoader.Stored(root.id(), root.path()), total, progress);
            }
        }
        return counts.summary();
    }

    private java.util.function.Consumer<Runnable> unitOfWork = Runnable::run;

    private void committee(PlannedOrg committee, BulkLoader.Stored parent, int total, Progress progress) {
        unitOfWork.accept(() -> {
            BulkLoader.Stored stored = store(List.of(committee), parent.id(), parent.path()).get(0);
            unit(stored, committee.name, committee.code, parent.id(), committee.children, total, progress);
        });
    }

    private List<BulkLoader.Stored> store(List<PlannedOrg> orgs, long parentId, String parentPath) {
        List<BulkRows.Org> rows = orgs.stream().map(o -> new BulkRows.Org(o.code, o.name, o.type, parentId, parentPath,
                o.establishedOn)).toList();
        counts.organisations += rows.size();
        return loader.organisations(rows);
    }

    /** A branch once stored. */
    private record Branch(PlannedOrg plan, long id) {
    }

    /** One committee's work (or, for a small ledger, the root's branches): everything below {@code committeeId}. */
    private void unit(BulkLoader.Stored committee, String committeeName, String committeeCode, long committeeParentId,
                      List<PlannedOrg> children, int total, Progress progress) {
        List<Branch> branches = new ArrayList<>();
        Map<Long, String> codes = new HashMap<>();
        storeChildren(children, committee.id(), committee.path(), branches, codes);
        String unit = committeeName.endsWith("党委") ? committeeName.substring(0, committeeName.length() - 2) : committeeName;
        List<Person> people = new ArrayList<>();
        Map<Long, Person> secretaries = new HashMap<>();
        for (Branch branch : branches) {
            Person.Placement placement = new Person.Placement(branch.id(), branch.plan().name, committee.id(), committeeName,
                    committeeParentId, root.id());
            for (int i = 0; i < branch.plan().members; i++) {
                people.add(members.make(placement, branch.plan().kind, unit));
            }
        }
        long[] ids = loader.members(people.stream().map(p -> new BulkRows.MemberRow(p.form, MemberStatus.NORMAL)).toList());
        for (int i = 0; i < ids.length; i++) {
            people.get(i).id = ids[i];
        }
        counts.members += ids.length;
        List<long[]> posts = new ArrayList<>();
        for (Person p : people) {
            if (!p.probationary() && !secretaries.containsKey(p.placement.orgId())) {
                p.secretary = true;
                secretaries.put(p.placement.orgId(), p);
                posts.add(new long[] {p.placement.orgId(), p.id});
            }
        }
        loader.secretaries(posts);
        List<BulkRows.MemberStatusRow> leaving = formerMembers(people);
        registers(people, codes);
        caseWork(people, secretaries, committee.id(), committeeCode, committeeParentId, leaving);
        List<Commendation> commendations = recognition.some(people, COMMENDATIONS_PER_MEMBER_YEAR * years).stream()
                .map(recognition::commend).toList();
        loader.commendations(commendations);
        counts.commendations += commendations.size();
        List<Protection> protections = recognition.some(people, PROTECTIONS_PER_MEMBER_YEAR * years).stream()
                .map(recognition::protect).toList();
        loader.protections(protections);
        loader.memberStatusChanges(leaving);
        progress.step(counts.members, total);
    }

    /** Stores {@code children} under the parent, then their children: level by level, parents first. */
    private void storeChildren(List<PlannedOrg> children, long parentId, String parentPath, List<Branch> branches,
                               Map<Long, String> codes) {
        if (children.isEmpty()) {
            return;
        }
        List<BulkLoader.Stored> stored = store(children, parentId, parentPath);
        for (int i = 0; i < children.size(); i++) {
            PlannedOrg child = children.get(i);
            BulkLoader.Stored s = stored.get(i);
            codes.put(s.id(), child.code);
            if (child.type.isBranch()) {
                branches.add(new Branch(child, s.id()));
            } else {
                storeChildren(child.children, s.id(), s.path(), branches, codes);
            }
        }
    }

    /** A few members transferred out (组织关系转出) or deceased; never a branch secretary. */
    private List<BulkRows.MemberStatusRow> formerMembers(List<Person> people) {
        List<BulkRows.MemberStatusRow> rows = new ArrayList<>();
        for (Person p : people) {
            if (p.secretary) {
                continue;
            }
            double r = dice.unit();
            boolean old = p.form.birthDate().isBefore(today.minusYears(70));
            MemberStatus to = r < 0.01 ? MemberStatus.TRANSFERRED_OUT : r < (old ? 0.03 : 0.012) ? MemberStatus.DECEASED
                    : r < (old ? 0.032 : 0.014) ? MemberStatus.SUSPENDED : null;
            if (to != null) {
                LocalDate from = p.form.joinedOn().isAfter(today.minusYears(3)) ? p.form.joinedOn() : today.minusYears(3);
                rows.add(new BulkRows.MemberStatusRow(p.id, MemberStatus.NORMAL, to, dice.day(from, today),
                        to == MemberStatus.TRANSFERRED_OUT ? "组织关系转出" : to == MemberStatus.DECEASED ? "因病去世" : "失去联系超过六个月"));
                p.status = to;
            }
        }
        return rows;
    }

    private void registers(List<Person> people, Map<Long, String> codes) {
        List<RegisterMaker.Made> made = new ArrayList<>();
        List<Person> owners = new ArrayList<>();
        for (Person p : people) {
            for (RegisterMaker.Made m : registers.make(p)) {
                made.add(m);
                owners.add(p);
            }
        }
        // Filing numbers per organisation and year in the order the filings were made (备案编号 without gaps).
        List<Integer> filings = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            if (made.get(i).row().form().kind() == RegisterKind.FILING) {
                filings.add(i);
            }
        }
        filings.sort(Comparator.comparing((Integer i) -> made.get(i).row().orgId())
                .thenComparing(i -> made.get(i).row().firstReportedOn()).thenComparing(i -> i));
        Map<String, Integer> last = new HashMap<>();
        for (int i : filings) {
            BulkRows.RegisterRow row = made.get(i).row();
            int year = row.firstReportedOn().getYear();
            int seq = last.merge(row.orgId() + "/" + year, 1, Integer::sum);
            BulkRows.RegisterRow numbered = new BulkRows.RegisterRow(row.form(), row.orgId(), row.status(), row.statusOn(),
                    FilingNumber.format(codes.get(row.orgId()), year, seq), seq, 1, null, row.latest(), row.firstReportedOn(),
                    row.steps());
            RegisterMaker.Made m = made.get(i);
            made.set(i, new RegisterMaker.Made(numbered, m.changedTo(), m.changedOn(), m.reason(), m.changedStatus(),
                    m.changedStatusOn()));
        }
        long[] ids = loader.registers(made.stream().map(RegisterMaker.Made::row).toList());
        List<BulkRows.RegisterRow> second = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            owners.get(i).records.add(ids[i]);
            if (made.get(i).changedTo() != null) {
                second.add(registers.secondVersion(made.get(i), ids[i]));
            }
        }
        loader.registers(second);
        counts.registers += ids.length + second.size();
        List<BulkRows.FilingCounter> counters = new ArrayList<>();
        last.forEach((key, seq) -> {
            String[] parts = key.split("/");
            counters.add(new BulkRows.FilingCounter(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), seq));
        });
        counters.sort(Comparator.comparingLong(BulkRows.FilingCounter::orgId).thenComparingInt(BulkRows.FilingCounter::year));
        loader.filingCounters(counters);
    }

    private void caseWork(List<Person> people, Map<Long, Person> secretaries, long committeeId, String committeeCode,
                          long committeeParentId, List<BulkRows.MemberStatusRow> leaving) {
        int count = (int) Math.round(people.size() * CASES_PER_MEMBER_YEAR * years);
        CaseMaker.Unit unit = new CaseMaker.Unit(people, committeeId, committeeCode, committeeParentId, root.id());
        List<PlannedCase> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            planned.add(cases.make(unit));
        }
        long[] caseIds = loader.cases(planned.stream().map(PlannedCase::row).toList());
        counts.cases += caseIds.length;
        List<BulkRows.OutcomeRow> rows = new ArrayList<>();
        List<PlannedOutcome> decided = new ArrayList<>();
        List<Long> decidedCase = new ArrayList<>();
        List<Clarification> clarifications = new ArrayList<>();
        List<Accountability.Form> accountability = new ArrayList<>();
        for (int i = 0; i < caseIds.length; i++) {
            PlannedCase c = planned.get(i);
            for (PlannedOutcome o : c.outcomes()) {
                rows.add(new BulkRows.OutcomeRow(new OutcomeForm(caseIds[i], o.person().id, ids(o.types()), o.decidedOn(),
                        o.decidingOrgId(), o.documentNo(), o.decidedOn(), o.notes(), null, false), null, o.status(),
                        o.execution(), o.probationExtended(), o.restoredOn()));
                decided.add(o);
                decidedCase.add(caseIds[i]);
                if (OutcomeMaker.ENDS_MEMBERSHIP.stream().anyMatch(o::has)) {
                    OutcomeType ending = o.types().stream().filter(t -> OutcomeMaker.ENDS_MEMBERSHIP.contains(t.code()))
                            .findFirst().orElseThrow();
                    leaving.add(new BulkRows.MemberStatusRow(o.person().id, MemberStatus.NORMAL, MemberStatus.LEFT_PARTY,
                            o.decidedOn(), ending.name()));
                }
                if (o.heaviest() >= 60 && o.status() == OutcomeStatus.IN_FORCE && dice.chance(0.3)) {
                    Accountability.Form f = recognition.holdAccountable(o, caseIds[i], secretaries.get(o.person().placement.orgId()),
                            committeeId);
                    if (f != null) {
                        accountability.add(f);
                    }
                }
            }
            if (c.clearing() != null) {
                clarifications.add(clarification(caseIds[i], c.clearing()));
            }
        }
        long[] outcomeIds = loader.outcomes(rows);
        List<BulkRows.AppealRow> appeals = new ArrayList<>();
        List<BulkRows.OutcomeRow> replacements = new ArrayList<>();
        for (int i = 0; i < outcomeIds.length; i++) {
            PlannedOutcome o = decided.get(i);
            PlannedOutcome.Appeal a = o.appeal();
            if (a == null) {
                continue;
            }
            appeals.add(new BulkRows.AppealRow(outcomeIds[i], a.filedOn(), a.toOrgId(), a.notes(), a.result(), a.decidedOn()));
            if (o.status() == OutcomeStatus.CHANGED) {
                replacements.add(new BulkRows.OutcomeRow(new OutcomeForm(decidedCase.get(i), o.person().id, ids(a.changedTo()),
                        a.decidedOn(), a.toOrgId(), null, a.decidedOn(), a.notes(), null, true), outcomeIds[i],
                        OutcomeStatus.IN_FORCE, org.conductledger.model.Outcome.Execution.NONE, false, null));
            } else if (o.status() == OutcomeStatus.REVOKED) {
                PlannedCase.Clearing clearing = cases.clearing(o.person(), a.decidedOn(), true);
                if (clearing != null) {
                    clarifications.add(clarification(decidedCase.get(i), clearing));
                }
            }
        }
        loader.appeals(appeals);
        loader.outcomes(replacements);
        loader.clarifications(clarifications);
        loader.accountability(accountability);
        counts.outcomes += outcomeIds.length + replacements.size();
        counts.appeals += appeals.size();
        counts.clarifications += clarifications.size();
    }

    private static Clarification clarification(long caseId, PlannedCase.Clearing c) {
        return new Clarification(0, caseId, c.person().id, c.trigger(), c.method(), c.scope(), c.on(), c.notes());
    }

    private static java.util.Set<Long> ids(List<OutcomeType> types) {
        return types.stream().map(OutcomeType::id).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
