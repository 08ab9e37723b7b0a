package org.conductledger.service.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.conductledger.model.CaseForm;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.ClarificationMethod;
import org.conductledger.model.ClarificationTrigger;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.ViolationCategory;
import org.conductledger.store.BulkRows;

/**
 * Reports (问题线索) taken along the legal moves of CaseWorkflow with every guard met: 谈话函询 or 初步核实 and
 * 了结, 暂存待查, 立案 → 调查 → 审理 (sometimes back to 调查) → 材料见面 → 处理决定 → 执行 → 结案, or a 书面结论 where
 * no measure is imposed. Each move is dated after the last and never after today, so recent reports are still
 * open. Every source and category appears among the first reports.
 */
final class CaseMaker {

    private enum Path { TALK_CLOSED, CHECKED_UNTRUE, HELD, DISMISSED, FILED, FILED_NO_MEASURE }

    private static final double[] PATH_WEIGHTS = {25, 20, 8, 12, 30, 5};
    private static final double[] SOURCE_WEIGHTS = {35, 20, 12, 8, 15, 10};
    private static final Set<String> REGISTER_CATEGORIES = Set.of("FILE_REPORT", "FILE_FILING", "R24_20");

    private final Dice dice;
    private final DemoVocabulary words;
    private final MemberMaker people;
    private final OutcomeMaker outcomes;
    private final LocalDate today;
    private final LocalDate firstDay;
    private final List<ViolationCategory> categories;
    private final List<String> platformNames;
    private final ZoneId zone;
    private int made;

    CaseMaker(Dice dice, DemoVocabulary words, MemberMaker people, OutcomeMaker outcomes, LocalDate today, LocalDate firstDay,
              List<ViolationCategory> categories, List<String> platformNames, ZoneId zone) {
        this.dice = dice;
        this.words = words;
        this.people = people;
        this.outcomes = outcomes;
        this.today = today;
        this.firstDay = firstDay;
        this.categories = categories.stream().filter(c -> !c.retired()).toList();
        this.platformNames = platformNames;
        this.zone = zone;
    }

    /** Where a unit's cases are handled and decided. */
    record Unit(List<Person> people, long committeeId, String committeeCode, long committeeParentId, long rootId) {
    }

    PlannedCase make(Unit unit) {
        int index = made++;
        CaseSource source = index < CaseSource.values().length ? CaseSource.values()[index]
                : CaseSource.values()[dice.weighted(SOURCE_WEIGHTS)];
        Path path = Path.values()[dice.weighted(PATH_WEIGHTS)];
        boolean decided = path == Path.FILED || path == Path.FILED_NO_MEASURE;
        List<Person> subjects = subjects(unit, decided);
        List<Long> categoryIds = categories(index);
        LocalDate received = dice.day(firstDay, today);
        // Nobody is reported on before they joined: a report about a recent member is a recent report.
        LocalDate joined = subjects.stream().map(p -> p.form.joinedOn()).max(LocalDate::compareTo).orElse(firstDay);
        if (received.isBefore(joined)) {
            received = dice.day(joined, today);
        }
        boolean realName = source == CaseSource.PETITION && dice.chance(0.45);
        Person first = subjects.isEmpty() ? null : subjects.get(0);
        String description = words.pick("caseDescriptions", dice, first == null ? "某党员" : first.form.name(),
                dice.pick(platformNames));
        List<Long> records = new ArrayList<>();
        if (first != null && !first.records.isEmpty() && categoryIds.stream().anyMatch(this::aboutRegisters)) {
            records.add(dice.pick(first.records));
        }
        long handling = source == CaseSource.INSPECTION && dice.chance(0.4) ? unit.rootId()
                : first != null && dice.chance(0.1) ? first.placement.orgId() : unit.committeeId();
        CaseForm form = new CaseForm(handling, received, source, realName ? people.name() : null,
                realName ? people.phone() : null, realName, description, subjects.stream().map(p -> p.id).toList(),
                categoryIds, records);
        Walk walk = new Walk(received);
        String dismissal = null;
        String falseReport = null;
        MemberStatement statement = null;
        String conclusion = null;
        LocalDate conclusionOn = null;
        List<PlannedOutcome> decisions = new ArrayList<>();
        PlannedCase.Clearing clearing = null;
        switch (path) {
            case TALK_CLOSED -> {
                if (walk.move(CaseStage.TALK_INQUIRY, 2, 20)) {
                    dismissal = words.pick("dismissalResolved", dice);
                    if (walk.dismiss(10, 60, dismissal)) {
                        walk.move(CaseStage.CLOSED, 1, 20);
                    } else {
                        dismissal = null;
                    }
                }
            }
            case CHECKED_UNTRUE -> {
                if (walk.move(CaseStage.PRELIMINARY, 2, 20)) {
                    dismissal = words.pick("dismissalUntrue", dice);
                    if (walk.dismiss(15, 60, dismissal)) {
                        walk.move(CaseStage.CLOSED, 1, 20);
                        if (dice.chance(0.25)) {
                            falseReport = dice.chance(0.7) ? "MISTAKEN" : "MALICIOUS";
                        }
                        clearing = first != null && dice.chance(0.4) ? clearing(first, walk.since, false) : null;
                    } else {
                        dismissal = null;
                    }
                }
            }
            case HELD -> {
                if (walk.move(CaseStage.ON_HOLD, 2, 30) && dice.chance(0.5)) {
                    dismissal = words.pick("dismissalNoLead", dice);
                    if (walk.dismiss(60, 200, dismissal)) {
                        walk.move(CaseStage.CLOSED, 1, 20);
                    } else {
                        dismissal = null;
                    }
                }
            }
            case DISMISSED -> {
                dismissal = words.pick(dice.chance(0.5) ? "dismissalNoLead" : "dismissalResolved", dice);
                if (walk.dismiss(3, 30, dismissal)) {
                    walk.move(CaseStage.CLOSED, 1, 20);
                } else {
                    dismissal = null;
                }
            }
            case FILED, FILED_NO_MEASURE -> {
                boolean reached = walk.move(dice.chance(0.4) ? CaseStage.TALK_INQUIRY : CaseStage.PRELIMINARY, 2, 20)
                        && walk.move(CaseStage.FILED, 10, 40) && walk.move(CaseStage.INVESTIGATION, 1, 10)
                        && walk.move(CaseStage.REVIEW, 20, 90);
                if (reached && dice.chance(0.15)) {
                    reached = walk.move(CaseStage.INVESTIGATION, 5, 20, words.pick("stageComments.REVIEW_AGAIN", dice))
                            && walk.move(CaseStage.REVIEW, 15, 40);
                }
                LocalDate reviewSince = walk.since;
                if (reached && walk.move(CaseStage.DECISION, 10, 40)) {
                    statement = statement(dice.day(reviewSince.plusDays(1), walk.since));
                    LocalDate latest = walk.since;
                    if (path == Path.FILED) {
                        for (Person subject : subjects) {
                            PlannedOutcome o = outcomes.decide(subject, walk.since, decidingOrg(subject, unit),
                                    appealOrg(subject, unit), unit.committeeCode());
                            if (o != null) {
                                decisions.add(o);
                                latest = o.decidedOn().isAfter(latest) ? o.decidedOn() : latest;
                                if (OutcomeMaker.ENDS_MEMBERSHIP.stream().anyMatch(o::has)) {
                                    subject.status = org.conductledger.model.MemberStatus.LEFT_PARTY;
                                }
                            }
                        }
                    } else {
                        LocalDate on = dice.after(walk.since, 0, 15);
                        if (!on.isAfter(today)) {
                            conclusion = words.pick("decisionSummaries", dice);
                            conclusionOn = on;
                            latest = on;
                        }
                    }
                    boolean hasDecision = !decisions.isEmpty() || conclusion != null;
                    if (hasDecision && decisions.size() == (path == Path.FILED ? subjects.size() : 0)
                            && walk.moveFrom(latest, CaseStage.EXECUTION, 3, 25)) {
                        LocalDate announced = walk.since;
                        decisions.replaceAll(o -> outcomes.executed(o, announced));
                        walk.move(CaseStage.CLOSED, 20, 90);
                    }
                }
            }
            default -> throw new IllegalStateException(path.name());
        }
        LocalDate acceptance = realName ? notice(received) : null;
        LocalDate result = realName && walk.stage == CaseStage.CLOSED ? notice(walk.since) : null;
        List<BulkRows.UrlEvidence> evidence = dice.chance(0.3) ? List.of(new BulkRows.UrlEvidence(words.pick("evidenceTitles",
                dice), "https://www.example.cn/evidence/" + Long.toUnsignedString(dice.nextLong(), 36),
                received.atTime(10, 0).atZone(zone).toInstant(), people.name())) : List.of();
        BulkRows.CaseRow row = new BulkRows.CaseRow(form, walk.stage, walk.since, dismissal, conclusion, conclusionOn,
                falseReport, acceptance, result, walk.steps, statement, evidence);
        return new PlannedCase(row, subjects, decisions, clearing);
    }

    /** 澄清正名 on or after {@code from} (the case's last move, or the appeal's decision), if that is not after today. */
    PlannedCase.Clearing clearing(Person person, LocalDate from, boolean afterAppeal) {
        LocalDate on = dice.after(from, 1, 30);
        if (on.isAfter(today)) {
            return null;
        }
        ClarificationTrigger trigger = afterAppeal ? ClarificationTrigger.APPLICATION : dice.pick(ClarificationTrigger.values());
        return new PlannedCase.Clearing(person, trigger, dice.pick(ClarificationMethod.values()),
                words.pick("clarificationScopes", dice), on, words.pick("clarificationNotes", dice));
    }

    private boolean aboutRegisters(long categoryId) {
        return categories.stream().anyMatch(c -> c.id() == categoryId && REGISTER_CATEGORIES.contains(c.code()));
    }

    private LocalDate notice(LocalDate from) {
        LocalDate on = dice.after(from, 1, 15);
        return on.isAfter(today) ? null : on;
    }

    /** 干部管理权限: the root for cadres it manages, otherwise the member's committee (above their organisation). */
    private static long decidingOrg(Person person, Unit unit) {
        return person.authorityBasis() == unit.rootId() ? unit.rootId() : unit.committeeId();
    }

    /** Appeals go to the organisation above the one that decided (the root hears its own). */
    private static long appealOrg(Person person, Unit unit) {
        return decidingOrg(person, unit) == unit.rootId() ? unit.rootId() : unit.committeeParentId();
    }

    private List<Person> subjects(Unit unit, boolean decided) {
        if (!decided && dice.chance(0.03)) {
            return List.of();                          // not yet identified
        }
        Predicate<Person> wanted = decided ? outcomes.wantedSubject() : Person::current;
        List<Person> subjects = new ArrayList<>();
        subjects.add(pick(unit.people(), wanted));
        if (dice.chance(0.05)) {
            Person second = pick(unit.people(), Person::current);
            if (second != subjects.get(0)) {
                subjects.add(second);
            }
        }
        subjects.sort(java.util.Comparator.comparingLong(p -> p.id));
        return subjects;
    }

    /** A random person matching {@code wanted}, or any current one (someone current is always there). */
    private Person pick(List<Person> people, Predicate<Person> wanted) {
        int start = dice.between(0, people.size() - 1);
        for (Predicate<Person> test : List.of(wanted, (Predicate<Person>) Person::current)) {
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get((start + i) % people.size());
                if (test.test(p)) {
                    return p;
                }
            }
        }
        return people.get(start);
    }

    private List<Long> categories(int index) {
        List<Long> chosen = new ArrayList<>();
        chosen.add(index < categories.size() ? categories.get(index).id() : dice.pick(categories).id());
        if (dice.chance(0.2)) {
            long second = dice.pick(categories).id();
            if (second != chosen.get(0)) {
                chosen.add(second);
            }
        }
        chosen.sort(Long::compare);
        return chosen;
    }

    private MemberStatement statement(LocalDate shownOn) {
        List<String> staff = List.of(people.name(), people.name());
        return dice.chance(0.9) ? new MemberStatement(shownOn, staff, words.pick("statementOpinions", dice), false, null)
                : new MemberStatement(shownOn, staff, null, true, words.pick("refusalNotes", dice));
    }

    /** A case's moves while it is made: each after the last, none after today. */
    private final class Walk {
        CaseStage stage = CaseStage.REGISTERED;
        LocalDate since;
        final List<BulkRows.CaseStep> steps = new ArrayList<>();

        Walk(LocalDate received) {
            since = received;
            steps.add(new BulkRows.CaseStep(null, CaseStage.REGISTERED, received, null));
        }

        boolean move(CaseStage to, int min, int max) {
            String key = "stageComments." + to.name();
            return move(to, min, max, STAGES_WITH_COMMENTS.contains(to) ? words.pick(key, dice) : null);
        }

        boolean move(CaseStage to, int min, int max, String comment) {
            return moveFrom(since, to, min, max, comment);
        }

        boolean moveFrom(LocalDate from, CaseStage to, int min, int max) {
            return moveFrom(from, to, min, max, STAGES_WITH_COMMENTS.contains(to) ? words.pick("stageComments." + to.name(), dice)
                    : null);
        }

        private boolean moveFrom(LocalDate from, CaseStage to, int min, int max, String comment) {
            LocalDate on = dice.after(from.isBefore(since) ? since : from, min, max);
            if (on.isAfter(today)) {
                return false;
            }
            steps.add(new BulkRows.CaseStep(stage, to, on, comment));
            stage = to;
            since = on;
            return true;
        }

        boolean dismiss(int min, int max, String reason) {
            return move(CaseStage.DISMISSED, min, max, reason);
        }
    }

    private static final Set<CaseStage> STAGES_WITH_COMMENTS = EnumSet.of(CaseStage.TALK_INQUIRY, CaseStage.PRELIMINARY,
            CaseStage.ON_HOLD, CaseStage.FILED, CaseStage.INVESTIGATION, CaseStage.REVIEW, CaseStage.DECISION,
            CaseStage.EXECUTION, CaseStage.CLOSED);
}
