package org.conductledger.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.conductledger.i18n.Messages;
import org.conductledger.model.Accountability;
import org.conductledger.model.Appeal;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseStage;
import org.conductledger.model.Clarification;
import org.conductledger.model.ExecutionDue;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.Outcome;
import org.conductledger.model.OutcomeStatus;
import org.conductledger.service.OutcomeService;
import org.conductledger.service.RecognitionService;
import org.conductledger.ui.outcome.OutcomeActions;

/**
 * The decisions side of the case screen: loads a case's decisions, name-clearings and accountability
 * records, describes them for the table, the time line and the detail line, and opens their dialogs.
 */
public final class CaseOutcomes {

    /** What the outcomes tab shows, loaded with the rest of the case. */
    public record Loaded(List<Outcome> outcomes, List<Clarification> clarifications, List<Accountability> accountability) {
        public static final Loaded NONE = new Loaded(List.of(), List.of(), List.of());
    }

    private final OutcomeService outcomes;
    private final RecognitionService recognition;
    private final OutcomeActions actions;
    private final Messages messages;
    private final Clock clock;

    public CaseOutcomes(OutcomeService outcomes, RecognitionService recognition, OutcomeActions actions, Messages messages,
                        Clock clock) {
        this.outcomes = outcomes;
        this.recognition = recognition;
        this.actions = actions;
        this.messages = messages;
        this.clock = clock;
    }

    /** Loads everything for {@code caseId} (background thread). */
    public Loaded load(long caseId) {
        return new Loaded(outcomes.forCase(caseId), recognition.clarificationsOfCase(caseId), recognition.accountability(caseId));
    }

    public void configure(TableView<Outcome> table, TableColumn<Outcome, String> member, TableColumn<Outcome, String> measures,
                          TableColumn<Outcome, String> decided, TableColumn<Outcome, String> org,
                          TableColumn<Outcome, String> impact, TableColumn<Outcome, String> status) {
        member.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().memberName()));
        measures.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().measures()));
        decided.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().decidedOn().toString()));
        org.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().decidingOrgName()
                + (c.getValue().documentNo() == null ? "" : "　" + c.getValue().documentNo())));
        impact.setCellValueFactory(c -> new ReadOnlyStringWrapper(impact(c.getValue())));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label(c.getValue().status())));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Outcome o, boolean empty) {
                super.updateItem(o, empty);
                getStyleClass().remove("former");
                if (!empty && o != null && !o.counts()) {
                    getStyleClass().add("former");
                }
            }
        });
    }

    /** "至 2027-11-21（影响期内）", "已届满", or "" when the decision has no impact period. */
    public String impact(Outcome o) {
        LocalDate today = LocalDate.now(clock);
        return ImpactPeriod.of(o).map(term -> messages.get(term.projected() ? "outcome.impact.projected" : "outcome.impact.until",
                term.endsOn(), messages.get(!o.counts() ? "outcome.impact.void"
                        : ImpactPeriod.running(o, today) ? "outcome.impact.running" : "outcome.impact.ended")))
                .orElse(messages.get("outcome.impact.none"));
    }

    /** The selected decision in words: notes, override, appeals, execution limits. */
    public String detail(Outcome o) {
        List<String> parts = new ArrayList<>();
        if (o.authorityOverride() != null) {
            parts.add(messages.get("outcome.detail.override", o.authorityOverride()));
        }
        for (Appeal a : o.appeals()) {
            parts.add(a.pending() ? messages.get("outcome.detail.appealPending", a.filedOn(), a.toOrgName(), a.dueOn())
                    : messages.get("outcome.detail.appealDecided", a.filedOn(), a.toOrgName(), messages.label(a.result()),
                            a.decidedOn()));
        }
        if (o.counts()) {
            for (ExecutionDue.Item item : ExecutionDue.of(o, LocalDate.now(clock))) {
                parts.add(messages.get(item.doneOn() != null ? (item.passed() ? "outcome.detail.doneLate" : "outcome.detail.done")
                        : item.passed() ? "outcome.detail.overdue" : "outcome.detail.due",
                        messages.label(item.step()), item.doneOn() != null ? item.doneOn() : item.dueOn()));
            }
        }
        if (o.replacesId() != null) {
            parts.add(messages.get("outcome.detail.replaces", o.replacesId()));
        }
        return String.join("；", parts);
    }

    /** Lines for the time line, under the 处理决定 step. */
    public List<String> timeline(Loaded loaded) {
        List<String> lines = new ArrayList<>();
        for (Outcome o : loaded.outcomes()) {
            lines.add("　　" + messages.get("case.timeline.outcome", o.decidedOn(), o.memberName(), o.measures(),
                    o.decidingOrgName(), messages.label(o.status())));
        }
        return lines;
    }

    /** Name-clearings and accountability records in words, below the table. */
    public String recognition(Loaded loaded) {
        List<String> parts = new ArrayList<>();
        for (Clarification c : loaded.clarifications()) {
            parts.add(messages.get("case.outcome.clarified", c.clarifiedOn(), messages.label(c.method()), c.scope()));
        }
        for (Accountability a : loaded.accountability()) {
            parts.add(messages.get("case.outcome.accountable", a.decidedOn(), a.targetName(), String.join("、",
                    a.measures().stream().sorted().map(messages::label).toList()), a.decidingOrgName()));
        }
        return String.join("\n", parts);
    }

    public boolean canRecord(CaseFile c) {
        return c.stage() == CaseStage.DECISION;
    }

    /** 澄清正名 is offered on a case closed as untrue, or one with a decision revoked on appeal. */
    public boolean canClarify(CaseFile c, Loaded loaded) {
        return (c.stage() == CaseStage.DISMISSED || c.stage().isTerminal()) && c.dismissalReason() != null
                || loaded.outcomes().stream().anyMatch(o -> o.status() == OutcomeStatus.REVOKED);
    }

    public void record(CaseFile c, Window owner, Runnable onSaved) {
        actions.record(c, owner, onSaved);
    }

    public void appeal(Outcome o, Window owner, Runnable onSaved) {
        actions.appeal(o, owner, onSaved);
    }

    public void execution(Outcome o, Window owner, Runnable onSaved) {
        actions.execution(o, owner, onSaved);
    }

    public void accountability(CaseFile c, Window owner, Runnable onSaved) {
        actions.accountability(c, owner, onSaved);
    }

    public void clarify(CaseFile c, Window owner, Runnable onSaved) {
        actions.clarify(c, owner, onSaved);
    }
}
