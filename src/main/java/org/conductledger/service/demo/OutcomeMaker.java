package org.conductledger.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.conductledger.model.AppealResult;
import org.conductledger.model.Eligibility;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeKind;
import org.conductledger.model.OutcomeType;

/**
 * Decisions that pass OutcomeRules: measures that fit the member (组织处理 for 领导干部, the five sanctions for
 * full members, 延长预备期 / 取消预备党员资格 for 预备党员, 撤销党内职务 only for a member holding a party post), one
 * sanction at most, a deciding organisation holding 干部管理权限, dates in order. Every type of the ladder is used
 * early on (small demos show them all); appeals are upheld, changed to a lighter measure or revoked.
 */
final class OutcomeMaker {

    private static final Map<String, Double> WEIGHTS = Map.ofEntries(Map.entry("EDU", 28.0), Map.entry("CHK", 14.0),
            Map.entry("JM_T", 12.0), Map.entry("JM_W", 6.0), Map.entry("DP1", 12.0), Map.entry("DP2", 8.0),
            Map.entry("DP3", 2.0), Map.entry("DP4_1", 2.0), Map.entry("DP4_2", 1.0), Map.entry("DP5", 2.0),
            Map.entry("ORG_TZ", 1.5), Map.entry("ORG_TJ", 2.0), Map.entry("ORG_ZLCZ", 1.0), Map.entry("ORG_MZ", 1.5),
            Map.entry("ORG_JZ", 1.0), Map.entry("PB_EXT", 3.0), Map.entry("PB_CANCEL", 1.0), Map.entry("XFER_JJ", 2.0),
            Map.entry("XFER_SF", 1.0));
    /** Measures that end membership: the member leaves the books, and no appeal is generated for them. */
    static final Set<String> ENDS_MEMBERSHIP = Set.of("DP5", "PB_CANCEL");

    private final Dice dice;
    private final DemoVocabulary words;
    private final LocalDate today;
    private final List<OutcomeType> types;
    private final Set<String> typesToShow = new LinkedHashSet<>();
    private final Set<AppealResult> resultsToShow = EnumSet.allOf(AppealResult.class);
    private int documents;

    OutcomeMaker(Dice dice, DemoVocabulary words, LocalDate today, List<OutcomeType> types) {
        this.dice = dice;
        this.words = words;
        this.today = today;
        this.types = types.stream().filter(t -> !t.retired()).toList();
        this.types.forEach(t -> typesToShow.add(t.code()));
    }

    /** What kind of subject the next decided case should have, so that every measure is shown soon. */
    Predicate<Person> wantedSubject() {
        for (String code : typesToShow) {
            OutcomeType type = type(code);
            if (type.eligibility() == Eligibility.LEADING_CADRE) {
                return p -> p.leadingCadre() && p.current();
            }
            if (type.eligibility() == Eligibility.PROBATIONARY) {
                return p -> p.probationary() && p.current() && !p.secretary;
            }
            if (type.needsPartyPost()) {
                return p -> p.secretary && !p.probationary() && p.current();
            }
        }
        return Person::current;
    }

    /**
     * A decision about {@code person} on or after {@code decisionStage} (null when it would fall after today),
     * by the organisation holding authority over them; {@code executed}: the case goes on to 执行.
     */
    PlannedOutcome decide(Person person, LocalDate decisionStage, long decidingOrgId, long appealOrgId, String orgCode) {
        LocalDate decided = dice.after(decisionStage, 0, 15);
        if (decided.isAfter(today)) {
            return null;
        }
        List<OutcomeType> measures = measures(person);
        String names = measures.stream().map(OutcomeType::name).collect(Collectors.joining("、"));
        boolean extended = false;
        LocalDate restored = null;
        OutcomeType probation = measures.stream().filter(OutcomeType::probation).findFirst().orElse(null);
        if (probation != null) {
            int months = probation.probationMonths();
            if (months == 12 && !decided.plusMonths(12).isAfter(today) && dice.chance(0.2)) {
                extended = true;
                months += 12;
            }
            LocalDate end = decided.plusMonths(months);
            LocalDate restoredOn = dice.after(end, 0, 20);
            if (!restoredOn.isAfter(today) && dice.chance(0.8)) {
                restored = restoredOn;
            }
        }
        String documentNo = orgCode + "纪发〔" + decided.getYear() + "〕" + (++documents) + "号";
        PlannedOutcome.Appeal appeal = probation == null ? appeal(person, measures, decided, appealOrgId) : null;
        return new PlannedOutcome(person, measures, decided, decidingOrgId, documentNo,
                words.pick("outcomeNotes", dice, names), Outcome.Execution.NONE, extended, restored, appeal);
    }

    /** The same decision with its execution dates from {@code from} on (宣布, 归档, 执行情况报告), as far as today allows. */
    PlannedOutcome executed(PlannedOutcome o, LocalDate announced) {
        LocalDate filed = dice.after(announced, 0, 10);
        LocalDate reported = dice.after(filed, 10, 90);
        Outcome.Execution execution = new Outcome.Execution(announced, filed.isAfter(today) ? null : filed,
                filed.isAfter(today) || reported.isAfter(today) ? null : reported);
        return new PlannedOutcome(o.person(), o.types(), o.decidedOn(), o.decidingOrgId(), o.documentNo(), o.notes(),
                execution, o.probationExtended(), o.restoredOn(), o.appeal());
    }

    private List<OutcomeType> measures(Person person) {
        List<OutcomeType> fitting = types.stream().filter(t -> fits(t, person)).toList();
        OutcomeType primary = fitting.stream().filter(t -> typesToShow.contains(t.code())).findFirst().orElse(null);
        if (primary == null) {
            double[] weights = fitting.stream().mapToDouble(t -> WEIGHTS.getOrDefault(t.code(), 1.0)).toArray();
            primary = fitting.get(dice.weighted(weights));
        }
        List<OutcomeType> measures = new ArrayList<>(List.of(primary));
        if (primary.kind() == OutcomeKind.DISCIPLINARY && person.leadingCadre() && dice.chance(0.3)) {
            fitting.stream().filter(t -> t.kind() == OutcomeKind.ORGANISATIONAL).skip(dice.between(0, 3)).findFirst()
                    .ifPresent(measures::add);
        }
        if (primary.code().equals("XFER_SF") && fits(type("DP5"), person) || primary.code().equals("DP5") && dice.chance(0.25)) {
            measures.add(type(primary.code().equals("DP5") ? "XFER_SF" : "DP5"));
        }
        measures.forEach(t -> typesToShow.remove(t.code()));
        measures.sort(java.util.Comparator.comparingInt(OutcomeType::severity));
        return List.copyOf(measures);
    }

    /** Whether {@code type} may be given to {@code person} (OutcomeRules' guards, and no warnings to accept). */
    static boolean fits(OutcomeType type, Person person) {
        if (type == null || type.retired()) {
            return false;
        }
        boolean eligible = switch (type.eligibility()) {
            case ALL -> true;
            case LEADING_CADRE -> person.leadingCadre();
            case FULL_MEMBER -> !person.probationary();
            case PROBATIONARY -> person.probationary();
        };
        if (type.needsPartyPost() && !person.secretary) {
            return false;
        }
        return eligible && !(ENDS_MEMBERSHIP.contains(type.code()) && person.secretary);
    }

    private PlannedOutcome.Appeal appeal(Person person, List<OutcomeType> measures, LocalDate decided, long toOrgId) {
        boolean endsMembership = measures.stream().anyMatch(t -> ENDS_MEMBERSHIP.contains(t.code()));
        int heaviest = measures.stream().filter(t -> t.kind() != OutcomeKind.DISPOSITION).mapToInt(OutcomeType::severity)
                .max().orElse(0);
        if (endsMembership || heaviest < 30 || !dice.chance(resultsToShow.isEmpty() ? 0.15 : 0.6)) {
            return null;
        }
        LocalDate filed = dice.after(decided, 5, 45);
        if (filed.isAfter(today)) {
            return null;
        }
        String notes = words.pick("appealNotes", dice);
        LocalDate decidedOn = dice.after(filed, 15, 85);
        if (decidedOn.isAfter(today)) {
            return new PlannedOutcome.Appeal(filed, toOrgId, notes, null, null, List.of());
        }
        AppealResult result = resultsToShow.isEmpty() ? AppealResult.values()[dice.weighted(new double[] {60, 25, 15})]
                : resultsToShow.iterator().next();
        List<OutcomeType> lighter = types.stream().filter(t -> t.kind() != OutcomeKind.DISPOSITION
                && t.kind() != OutcomeKind.ORGANISATIONAL && t.severity() < heaviest && fits(t, person)
                && !ENDS_MEMBERSHIP.contains(t.code()) && !t.probation()).toList();
        if (result == AppealResult.CHANGED && lighter.isEmpty()) {
            result = AppealResult.UPHELD;
        }
        resultsToShow.remove(result);
        List<OutcomeType> changedTo = result == AppealResult.CHANGED ? List.of(lighter.get(lighter.size() - 1)) : List.of();
        return new PlannedOutcome.Appeal(filed, toOrgId, words.pick("appealDecisionNotes." + result.name(), dice), result,
                decidedOn, changedTo);
    }

    OutcomeType type(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }
}
