package org.conductledger.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.conductledger.model.Accountability;
import org.conductledger.model.AccountabilityMeasure;
import org.conductledger.model.AccountabilityTarget;
import org.conductledger.model.Commendation;
import org.conductledger.model.CommendationLevel;
import org.conductledger.model.Protection;

/** Commendations (every level), 保护支持 and 问责 that pass RecognitionRules. */
final class RecognitionMaker {

    private static final double[] LEVEL_WEIGHTS = {1, 4, 10, 15, 30, 40};
    private static final AccountabilityMeasure[] ORG_MEASURES = {AccountabilityMeasure.INSPECTION,
        AccountabilityMeasure.ORG_NOTICE, AccountabilityMeasure.REORGANISATION};
    private static final AccountabilityMeasure[] LEADER_MEASURES = {AccountabilityMeasure.NOTICE,
        AccountabilityMeasure.ADMONISHMENT, AccountabilityMeasure.ORGANISATIONAL, AccountabilityMeasure.DISCIPLINARY};

    private final Dice dice;
    private final DemoVocabulary words;
    private final LocalDate today;
    private final LocalDate firstDay;
    private int commendations;
    private int accountability;

    RecognitionMaker(Dice dice, DemoVocabulary words, LocalDate today, LocalDate firstDay) {
        this.dice = dice;
        this.words = words;
        this.today = today;
        this.firstDay = firstDay;
    }

    Commendation commend(Person person) {
        int index = commendations++;
        CommendationLevel level = index < CommendationLevel.values().length ? CommendationLevel.values()[index]
                : CommendationLevel.values()[dice.weighted(LEVEL_WEIGHTS)];
        String awarding = switch (level) {
            case COUNTY -> words.pick("awardingOrgs.COUNTY", dice, dice.pick(words.list("districts")));
            case COMMITTEE -> person.placement.committeeName();
            case BRANCH -> person.placement.orgName();
            default -> words.pick("awardingOrgs." + level.name(), dice);
        };
        LocalDate on = dice.day(since(person), today);
        return new Commendation(0, person.id, level, awarding, words.pick("commendationReasons", dice), on,
                "表彰〔" + on.getYear() + "〕" + (index + 1) + "号");
    }

    Protection protect(Person person) {
        return new Protection(0, person.id, dice.day(since(person), today), words.pick("protectionSituations", dice),
                words.pick("protectionMeasures", dice));
    }

    private LocalDate since(Person person) {
        return person.form.joinedOn().isAfter(firstDay) ? person.form.joinedOn() : firstDay;
    }

    /**
     * 问责 after a heavier decision: of the member's branch (检查 / 通报 / 改组) or of its secretary (通报 …), decided by
     * the committee; null when the date would fall after today.
     */
    Accountability.Form holdAccountable(PlannedOutcome outcome, long caseId, Person secretary, long committeeId) {
        LocalDate on = dice.after(outcome.decidedOn(), 5, 60);
        if (on.isAfter(today)) {
            return null;
        }
        boolean leader = secretary != null && secretary != outcome.person() && dice.chance(0.4);
        Set<AccountabilityMeasure> measures = EnumSet.noneOf(AccountabilityMeasure.class);
        AccountabilityMeasure[] offered = leader ? LEADER_MEASURES : ORG_MEASURES;
        measures.add(offered[dice.weighted(leader ? new double[] {40, 35, 15, 10} : new double[] {50, 45, 5})]);
        if (!leader && dice.chance(0.3)) {
            measures.add(AccountabilityMeasure.ORG_NOTICE);
        }
        return new Accountability.Form(leader ? AccountabilityTarget.LEADER : AccountabilityTarget.ORGANISATION,
                leader ? null : outcome.person().placement.orgId(), leader ? secretary.id : null, measures, on, committeeId,
                "问责〔" + on.getYear() + "〕" + (++accountability) + "号", caseId, words.pick("accountabilityReasons", dice));
    }

    List<Person> some(List<Person> people, double share) {
        List<Person> chosen = new ArrayList<>();
        int count = (int) Math.round(people.size() * share);
        for (int i = 0; i < count; i++) {
            Person p = dice.pick(people);
            if (p.current()) {
                chosen.add(p);
            }
        }
        return chosen;
    }
}
