package org.conductledger.report.forms;

import org.conductledger.model.Appeal;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.Member;
import org.conductledger.model.Outcome;
import org.conductledger.report.pdf.Cell;
import org.conductledger.report.pdf.Grid;

/** 处理决定 summary: the measures, the deciding organisation, dates, impact period, execution and appeals. */
final class DecisionForm {

    private final FormServices services;
    private final FormText t;

    DecisionForm(FormServices services, FormText text) {
        this.services = services;
        this.t = text;
    }

    PrintedForm prepare(long outcomeId) {
        Outcome o = services.outcomes().get(outcomeId);
        Member m = services.members().get(o.memberId());
        String orgName = services.organisations().get(m.orgId()).name();
        String conclusion = services.cases().decision(o.caseId()).orElse("");
        String impact = ImpactPeriod.of(o).map(term -> t.date(term.endsOn().minusDays(1))).orElse(t.get("form.value.none"));
        Outcome.Execution e = o.execution() == null ? Outcome.Execution.NONE : o.execution();
        String execution = t.get("form.value.execution", t.or(t.date(e.announcedOn())), t.or(t.date(e.filedOn())),
                t.or(t.date(e.reportedOn())));
        String appeals = o.appeals().isEmpty() ? t.get("form.value.none") : String.join("\n", o.appeals().stream()
                .map(this::appeal).toList());
        String title = t.get("form.title.decision");
        String number = o.documentNo() == null || o.documentNo().isBlank() ? t.get("form.number.outcome", String.valueOf(o.id()))
                : t.get("form.number.document", o.documentNo());
        return new PrintedForm(title, number, "outcome " + o.id() + "; case " + o.caseId(), doc -> {
            doc.title(title);
            doc.grid(new Grid(FormText.FOUR)
                    .row(Cell.label(t.get("form.label.decidedMember")), Cell.value(o.memberName()),
                            Cell.label(t.get("form.label.org")), Cell.value(orgName))
                    .row(Cell.label(t.get("form.label.post")), Cell.value(t.or(m.workUnitPost())).span(3))
                    .row(Cell.label(t.get("form.label.caseNo")), Cell.value(String.valueOf(o.caseId())),
                            Cell.label(t.get("form.label.documentNo")), Cell.value(t.or(o.documentNo())))
                    .row(Cell.label(t.get("form.label.measures")), Cell.value(o.measures()).span(3))
                    .row(Cell.label(t.get("form.label.decidingOrg")), Cell.value(o.decidingOrgName()),
                            Cell.label(t.get("form.label.decidedOn")), Cell.value(t.date(o.decidedOn())))
                    .row(Cell.label(t.get("form.label.effectiveOn")), Cell.value(t.or(t.date(o.effectiveOn()))),
                            Cell.label(t.get("form.label.impactUntil")), Cell.value(impact))
                    .row(Cell.label(t.get("form.label.status")), Cell.value(t.label(o.status())),
                            Cell.label(t.get("form.label.execution")), Cell.value(execution))
                    .row(Cell.label(t.get("form.label.appeals")), Cell.value(appeals).span(3))
                    .row(Cell.label(t.get("form.label.conclusion")), Cell.value(t.or(conclusion)).span(3).minHeight(35))
                    .row(Cell.label(t.get("form.label.notes")), Cell.value(t.or(o.notes())).span(3))
                    .row(Cell.label(t.get("form.label.receipt")),
                            Cell.signature(t.get("form.decision.receipt"), 24, t.get("form.sign.member")).span(3))
                    .row(Cell.label(t.get("form.label.decidingOrgSign")), t.orgOpinion(30)));
        });
    }

    private String appeal(Appeal a) {
        return a.pending() ? t.get("form.value.appealPending", t.date(a.filedOn()), a.toOrgName())
                : t.get("form.value.appealDecided", t.date(a.filedOn()), a.toOrgName(), t.label(a.result()), t.date(a.decidedOn()));
    }
}
