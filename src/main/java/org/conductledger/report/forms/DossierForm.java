package org.conductledger.report.forms;

import java.util.ArrayList;
import java.util.List;
import org.conductledger.model.CaseFile;
import org.conductledger.model.Clarification;
import org.conductledger.model.Commendation;
import org.conductledger.model.ImpactPeriod;
import org.conductledger.model.Member;
import org.conductledger.model.Outcome;
import org.conductledger.model.RegisterRecord;
import org.conductledger.report.pdf.Align;
import org.conductledger.report.pdf.Cell;
import org.conductledger.report.pdf.Grid;

/**
 * 个人网络行为档案: the member's particulars, then registers, cases, decisions, commendations and clarifications.
 * A full record or none: a user who may not read one of the parts (e.g. cases) is refused the whole dossier by
 * the service concerned, so a partial print cannot pass for a clean record.
 */
final class DossierForm {

    /** The listings in 5号, so dates and names fit their columns. */
    private static final float LIST_SIZE = org.conductledger.report.pdf.TextStyle.SIZE_5;

    private final FormServices services;
    private final FormText t;

    DossierForm(FormServices services, FormText text) {
        this.services = services;
        this.t = text;
    }

    PrintedForm prepare(long memberId) {
        Member m = services.members().get(memberId);
        String orgName = services.organisations().get(m.orgId()).name();
        List<RegisterRecord> registers = services.registers().ofMember(memberId).stream().filter(RegisterRecord::latest).toList();
        List<CaseFile> cases = services.cases().ofMember(memberId);
        List<Outcome> outcomes = services.outcomes().forMember(memberId);
        List<Commendation> commendations = services.recognition().commendations(memberId);
        List<Clarification> clarifications = services.recognition().clarificationsOfMember(memberId);
        String title = t.get("form.title.dossier");
        return new PrintedForm(title, t.get("form.number.dossier", String.valueOf(memberId)),
                "member " + memberId + "; registers: " + registers.size() + "; cases: " + cases.size() + "; outcomes: "
                        + outcomes.size(), doc -> {
            doc.title(title);
            doc.grid(new Grid(FormText.FOUR)
                    .section(t.get("form.dossier.particulars"))
                    .row(Cell.label(t.get("form.label.name")), Cell.value(m.name()), Cell.label(t.get("form.label.gender")),
                            Cell.value(t.label(m.gender())))
                    .row(Cell.label(t.get("form.label.birthDate")), Cell.value(t.date(m.birthDate())),
                            Cell.label(t.get("form.label.ethnicity")), Cell.value(t.or(m.ethnicity())))
                    .row(Cell.label(t.get("form.label.joinedOn")), Cell.value(t.date(m.joinedOn())),
                            Cell.label(t.get("form.label.confirmedOn")), Cell.value(t.or(t.date(m.confirmedOn()))))
                    // The 18 characters of the number on one line: a row of its own, the category beside nothing.
                    .row(Cell.label(t.get("form.label.category")), Cell.value(t.label(m.category())).span(3))
                    .row(Cell.label(t.get("form.label.idNumber")), Cell.value(m.maskedIdNumber()).span(3))
                    .row(Cell.label(t.get("form.label.org")), Cell.value(orgName).span(3))
                    .row(Cell.label(t.get("form.label.post")), Cell.value(t.or(m.workUnitPost())).span(3)));
            doc.grid(list(t.get("form.dossier.registers"), new double[] {0.15, 0.14, 0.19, 0.16, 0.14, 0.09, 0.13},
                    List.of(t.get("form.column.kind"), t.get("form.label.platform"), t.get("form.column.name"),
                            t.get("form.column.identifier"), t.get("form.column.reportedOrFiled"), t.get("form.label.status"),
                            t.get("form.label.filingNo")),
                    registers.stream().map(r -> List.of(t.label(r.kind()), r.platformName(), r.form().name(), r.form().identifier(),
                            t.date(r.reportedOn()), t.label(r.status()), r.filingNo() == null ? "" : r.filingNo())).toList()));
            doc.grid(list(t.get("form.dossier.cases"), new double[] {0.1, 0.16, 0.14, 0.44, 0.16},
                    List.of(t.get("form.label.caseNo"), t.get("form.label.receivedOn"), t.get("form.label.source"),
                            t.get("form.label.description"), t.get("form.label.stage")),
                    cases.stream().map(c -> List.of(String.valueOf(c.id()), t.date(c.receivedOn()), t.label(c.source()),
                            c.restricted() ? t.get("form.value.restricted") : c.description(), t.label(c.stage()))).toList()));
            doc.grid(list(t.get("form.dossier.outcomes"), new double[] {0.16, 0.22, 0.2, 0.16, 0.16, 0.1},
                    List.of(t.get("form.label.decidedOn"), t.get("form.label.measures"), t.get("form.label.decidingOrg"),
                            t.get("form.label.documentNo"), t.get("form.label.impactUntil"), t.get("form.label.status")),
                    outcomes.stream().map(o -> List.of(t.date(o.decidedOn()), o.measures(), o.decidingOrgName(),
                            o.documentNo() == null ? "" : o.documentNo(),
                            ImpactPeriod.of(o).map(term -> t.date(term.endsOn().minusDays(1))).orElse(""),
                            t.label(o.status()))).toList()));
            doc.grid(list(t.get("form.dossier.commendations"), new double[] {0.16, 0.12, 0.22, 0.32, 0.18},
                    List.of(t.get("form.column.date"), t.get("form.column.level"), t.get("form.column.awardingOrg"),
                            t.get("form.column.reason"), t.get("form.label.documentNo")),
                    commendations.stream().map(c -> List.of(t.date(c.awardedOn()), t.label(c.level()), c.awardingOrg(),
                            c.reason() == null ? "" : c.reason(), c.documentNo() == null ? "" : c.documentNo())).toList()));
            doc.grid(list(t.get("form.dossier.clarifications"), new double[] {0.16, 0.1, 0.16, 0.28, 0.3},
                    List.of(t.get("form.column.date"), t.get("form.label.caseNo"), t.get("form.column.method"),
                            t.get("form.column.scope"), t.get("form.label.notes")),
                    clarifications.stream().map(c -> List.of(t.date(c.clarifiedOn()), String.valueOf(c.caseId()),
                            t.label(c.method()), c.scope() == null ? "" : c.scope(), c.notes() == null ? "" : c.notes())).toList()));
            doc.grid(new Grid(FormText.FOUR).row(Cell.label(t.get("form.label.orgOpinion")), t.orgOpinion(36)));
        });
    }

    private Grid list(String section, double[] columns, List<String> headers, List<List<String>> rows) {
        Grid g = new Grid(columns).section(section);
        g.header(headers.stream().map(h -> Cell.header(h).font(org.conductledger.report.pdf.FontRole.HEADING, LIST_SIZE)).toList());
        for (List<String> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                cells.add(Cell.value(v).align(v.length() <= 12 ? Align.CENTER : Align.LEFT)
                        .font(org.conductledger.report.pdf.FontRole.BODY, LIST_SIZE));
            }
            g.row(cells);
        }
        if (rows.isEmpty()) {
            g.row(FormText.none(t.get("form.value.noRecords"), columns.length));
        }
        return g;
    }
}
