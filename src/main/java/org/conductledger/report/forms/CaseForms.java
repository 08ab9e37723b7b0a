package org.conductledger.report.forms;

import java.util.List;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseHistoryEntry;
import org.conductledger.model.LedgerException;
import org.conductledger.model.MemberStatement;
import org.conductledger.model.ViolationCategory;
import org.conductledger.report.pdf.Cell;
import org.conductledger.report.pdf.Grid;

/**
 * The case papers: 问题线索登记表 (intake), 处置呈批表 (the last disposal step) and the 材料见面 record. Everything
 * comes from {@code CaseService}, so its rules hold here: a subject of the case is refused, and the reporter
 * appears only when the service returns it to this user.
 */
final class CaseForms {

    private final FormServices services;
    private final FormText t;

    CaseForms(FormServices services, FormText text) {
        this.services = services;
        this.t = text;
    }

    PrintedForm intake(long caseId) {
        CaseFile c = services.cases().get(caseId);
        List<ViolationCategory> all = services.reference().violationCategories();
        String categories = t.joined(all.stream().filter(v -> c.categoryIds().contains(v.id())).map(ViolationCategory::name).toList());
        Long repeatOf = services.cases().repeatOf(caseId).orElse(null);
        String title = t.get("form.title.intake");
        boolean reporterShown = c.reporter() != null;
        return new PrintedForm(title, t.get("form.number.case", String.valueOf(c.id())),
                "case " + c.id() + "; reporter shown: " + reporterShown, doc -> {
            doc.title(title);
            Grid g = new Grid(FormText.FOUR)
                    .row(Cell.label(t.get("form.label.receivedOn")), Cell.value(t.date(c.receivedOn())),
                            Cell.label(t.get("form.label.source")), Cell.value(t.label(c.source())))
                    .row(Cell.label(t.get("form.label.handlingOrg")), Cell.value(c.orgName()),
                            Cell.label(t.get("form.label.realName")),
                            Cell.value(c.realName() ? t.get("form.value.realName") : t.get("form.value.anonymous")));
            if (reporterShown) {
                g.row(Cell.label(t.get("form.label.reporter")), Cell.value(t.or(c.reporter().name())),
                        Cell.label(t.get("form.label.reporterContact")), Cell.value(t.or(c.reporter().contact())));
            }
            g.row(Cell.label(t.get("form.label.subjects")), Cell.value(subjects(c)).span(3))
                    .row(Cell.label(t.get("form.label.categories")), Cell.value(t.or(categories)).span(3));
            if (!c.registerRecordIds().isEmpty()) {
                g.row(Cell.label(t.get("form.label.records")), Cell.value(t.joined(c.registerRecordIds().stream()
                        .map(id -> t.get("form.value.recordRef", String.valueOf(id))).toList())).span(3));
            }
            g.row(Cell.label(t.get("form.label.description")), Cell.value(t.or(c.description())).span(3).minHeight(45));
            if (repeatOf != null) {
                g.row(Cell.label(t.get("form.label.repeat")), Cell.value(t.get("form.value.repeatOf", String.valueOf(repeatOf))).span(3));
            }
            g.row(Cell.label(t.get("form.label.stage")), Cell.value(t.label(c.stage())),
                            Cell.label(t.get("form.label.stageSince")), Cell.value(t.date(c.stageSince())))
                    .row(Cell.label(t.get("form.label.proposal")), t.handlerOpinion(30))
                    .row(Cell.label(t.get("form.label.instruction")), t.orgOpinion(30));
            doc.grid(g);
        });
    }

    PrintedForm disposal(long caseId) {
        CaseFile c = services.cases().get(caseId);
        List<CaseHistoryEntry> steps = services.cases().history(caseId).stream().filter(h -> h.to().isDisposal()).toList();
        if (steps.isEmpty()) {
            throw new LedgerException("error.form.noDisposal", caseId);
        }
        CaseHistoryEntry step = steps.get(steps.size() - 1);
        String reason = step.comment() == null ? "" : step.comment();
        if (step.to() == org.conductledger.model.CaseStage.DISMISSED && c.dismissalReason() != null) {
            reason = reason.isBlank() ? c.dismissalReason() : reason + "\n" + c.dismissalReason();
        }
        String shownReason = reason;
        String title = t.get("form.title.disposal");
        return new PrintedForm(title, t.get("form.number.case", String.valueOf(c.id())),
                "case " + c.id() + "; disposal: " + step.to().disposalCode(), doc -> {
            doc.title(title);
            doc.grid(new Grid(FormText.FOUR)
                    .row(Cell.label(t.get("form.label.subjects")), Cell.value(subjects(c)).span(3))
                    .row(Cell.label(t.get("form.label.handlingOrg")), Cell.value(c.orgName()),
                            Cell.label(t.get("form.label.receivedOn")), Cell.value(t.date(c.receivedOn())))
                    .row(Cell.label(t.get("form.label.source")), Cell.value(t.label(c.source())),
                            Cell.label(t.get("form.label.stage")), Cell.value(t.label(c.stage())))
                    .row(Cell.label(t.get("form.label.description")), Cell.value(t.or(c.description())).span(3).minHeight(35))
                    .row(Cell.label(t.get("form.label.disposal")),
                            Cell.value(t.get("form.value.disposal", t.label(step.to()), step.to().disposalCode())).span(3))
                    .row(Cell.label(t.get("form.label.reason")), Cell.value(t.or(shownReason)).span(3).minHeight(25))
                    .row(Cell.label(t.get("form.label.handler")), Cell.value(t.or(step.userName())),
                            Cell.label(t.get("form.label.submittedOn")), Cell.value(t.date(step.movedOn())))
                    .row(Cell.label(t.get("form.label.deptOpinion")), t.handlerOpinion(28))
                    .row(Cell.label(t.get("form.label.approval")), t.orgOpinion(34)));
        });
    }

    PrintedForm statement(long caseId) {
        CaseFile c = services.cases().get(caseId);
        MemberStatement s = services.cases().statement(caseId)
                .orElseThrow(() -> new LedgerException("error.form.noStatement", caseId));
        String title = t.get("form.title.statement");
        return new PrintedForm(title, t.get("form.number.case", String.valueOf(c.id())),
                "case " + c.id() + "; refused: " + s.refused(), doc -> {
            doc.title(title);
            Grid g = new Grid(FormText.FOUR)
                    .row(Cell.label(t.get("form.label.caseNo")), Cell.value(String.valueOf(c.id())),
                            Cell.label(t.get("form.label.shownOn")), Cell.value(t.date(s.shownOn())))
                    .row(Cell.label(t.get("form.label.statementSubject")), Cell.value(subjects(c)).span(3))
                    .row(Cell.label(t.get("form.label.staff")), Cell.value(t.joined(s.staff())).span(3));
            if (s.refused()) {
                g.row(Cell.label(t.get("form.label.opinion")), Cell.value(t.get("form.value.refused")).span(3).minHeight(20))
                        .row(Cell.label(t.get("form.label.refusalNote")),
                                Cell.signature(s.staffNote(), 40, t.get("form.sign.staff")).span(3));
            } else {
                g.row(Cell.label(t.get("form.label.opinion")), Cell.signature(s.opinion(), 55, t.get("form.sign.member")).span(3));
            }
            g.row(Cell.label(t.get("form.label.staffSign")), Cell.signature("", 22, t.get("form.sign.staff")).span(3));
            doc.grid(g);
        });
    }

    private String subjects(CaseFile c) {
        if (c.subjects().isEmpty()) {
            return t.get("form.value.noSubject");
        }
        return t.joined(c.subjects().stream().map(s -> t.get("form.value.subject", s.name(), s.orgName())).toList());
    }
}
