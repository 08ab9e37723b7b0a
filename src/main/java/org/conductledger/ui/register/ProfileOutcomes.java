package org.conductledger.ui.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Appeal;
import org.conductledger.model.Clarification;
import org.conductledger.model.Commendation;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.Outcome;
import org.conductledger.model.Protection;
import org.conductledger.service.OutcomeService;
import org.conductledger.service.RecognitionService;

/**
 * The member profile's decisions and recognition: outcomes with their impact period (running or ended),
 * appeals, commendations, name-clearings and protection, as time-line events and a badge.
 */
public final class ProfileOutcomes {

    /** Everything about one member, loaded in the background. */
    public record Loaded(List<Outcome> outcomes, List<Commendation> commendations, List<Clarification> clarifications,
                         List<Protection> protections) {
    }

    private final OutcomeService outcomes;
    private final RecognitionService recognition;
    private final Messages messages;
    private final Clock clock;

    public ProfileOutcomes(OutcomeService outcomes, RecognitionService recognition, Messages messages, Clock clock) {
        this.outcomes = outcomes;
        this.recognition = recognition;
        this.messages = messages;
        this.clock = clock;
    }

    public Loaded load(long memberId) {
        return new Loaded(outcomes.forMember(memberId), recognition.commendations(memberId),
                recognition.clarificationsOfMember(memberId), recognition.protections(memberId));
    }

    /** "影响期内：警告，至 2027-11-21" for the running decisions; empty when none runs. */
    public String badge(Loaded loaded) {
        LocalDate today = LocalDate.now(clock);
        List<String> running = loaded.outcomes().stream().filter(o -> ImpactPeriod.running(o, today))
                .map(o -> messages.get("profile.impactRunning", o.measures(), ImpactPeriod.of(o).orElseThrow().endsOn()))
                .toList();
        return String.join("；", running);
    }

    public List<MemberProfileController.Event> events(Loaded loaded) {
        LocalDate today = LocalDate.now(clock);
        String category = messages.get("profile.outcome");
        List<MemberProfileController.Event> events = new ArrayList<>();
        for (Outcome o : loaded.outcomes()) {
            String what = o.measures() + "（" + o.decidingOrgName() + (o.documentNo() == null ? "" : "　" + o.documentNo()) + "）";
            String state = !o.counts() ? messages.label(o.status())
                    : ImpactPeriod.of(o).map(t -> messages.get(ImpactPeriod.running(o, today)
                            ? "profile.impactUntil" : "profile.impactEnded", t.endsOn())).orElse(messages.get("outcome.impact.none"));
            events.add(new MemberProfileController.Event(o.decidedOn(), category, what, state));
            for (Appeal a : o.appeals()) {
                events.add(new MemberProfileController.Event(a.filedOn(), messages.get("profile.appeal"),
                        messages.get("profile.appealWhat", o.measures(), a.toOrgName()),
                        a.pending() ? messages.get("profile.appealPending", a.dueOn())
                                : messages.get("profile.appealResult", messages.label(a.result()), a.decidedOn())));
            }
        }
        for (Commendation c : loaded.commendations()) {
            events.add(new MemberProfileController.Event(c.awardedOn(), messages.get("profile.commendation"),
                    c.reason(), messages.get("profile.commendationDetail", messages.label(c.level()), c.awardingOrg(),
                            c.documentNo() == null ? "" : c.documentNo())));
        }
        for (Clarification c : loaded.clarifications()) {
            events.add(new MemberProfileController.Event(c.clarifiedOn(), messages.get("profile.clarification"),
                    messages.get("profile.clarificationWhat", c.caseId(), messages.label(c.method())),
                    messages.get("profile.clarificationDetail", messages.label(c.trigger()), c.scope())));
        }
        for (Protection p : loaded.protections()) {
            events.add(new MemberProfileController.Event(p.recordedOn(), messages.get("profile.protection"), p.situation(),
                    p.measures()));
        }
        return events;
    }
}
