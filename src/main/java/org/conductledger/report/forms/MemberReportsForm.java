package org.conductledger.report.forms;

import java.util.ArrayList;
import java.util.List;
import org.conductledger.model.Member;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.report.pdf.Align;
import org.conductledger.report.pdf.Cell;
import org.conductledger.report.pdf.Grid;

/** One member's account and group reports (current versions) on one 报告登记表, with one signature. */
final class MemberReportsForm {

    private static final double[] LIST = {0.06, 0.1, 0.1, 0.2, 0.18, 0.13, 0.13, 0.1};

    private final FormServices services;
    private final FormText t;

    MemberReportsForm(FormServices services, FormText text) {
        this.services = services;
        this.t = text;
    }

    PrintedForm prepare(long memberId) {
        Member m = services.members().get(memberId);
        String orgName = services.organisations().get(m.orgId()).name();
        List<RegisterRecord> records = services.registers().ofMember(memberId).stream()
                .filter(r -> r.latest() && r.kind() != RegisterKind.FILING).toList();
        String title = t.get("form.title.memberReports");
        return new PrintedForm(title, t.get("form.number.member", String.valueOf(memberId)),
                "member " + memberId + "; records: " + records.size(), doc -> {
            doc.title(title);
            doc.grid(new Grid(FormText.FOUR)
                    .row(Cell.label(t.get("form.label.name")), Cell.value(m.name()), Cell.label(t.get("form.label.org")),
                            Cell.value(orgName))
                    .row(Cell.label(t.get("form.label.post")), Cell.value(t.or(m.workUnitPost())).span(3)));
            Grid list = new Grid(LIST).header(Cell.header(t.get("form.column.no")), Cell.header(t.get("form.column.kind")),
                    Cell.header(t.get("form.label.platform")), Cell.header(t.get("form.column.name")),
                    Cell.header(t.get("form.column.identifier")), Cell.header(t.get("form.column.openedOn")),
                    Cell.header(t.get("form.label.reportedOn")), Cell.header(t.get("form.label.status")));
            int n = 1;
            for (RegisterRecord r : records) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.value(String.valueOf(n++)).align(Align.CENTER));
                row.add(Cell.value(t.label(r.kind())).align(Align.CENTER));
                row.add(Cell.value(r.platformName()));
                row.add(Cell.value(r.form().name()));
                row.add(Cell.value(r.form().identifier()));
                row.add(Cell.value(t.date(r.form().openedOn())).align(Align.CENTER));
                row.add(Cell.value(t.date(r.reportedOn())).align(Align.CENTER));
                row.add(Cell.value(t.label(r.status())).align(Align.CENTER));
                list.row(row);
            }
            if (records.isEmpty()) {
                list.row(FormText.none(t.get("form.value.noRecords"), LIST.length));
            }
            doc.grid(list);
            doc.grid(t.signOff(new Grid(FormText.FOUR)));
        });
    }
}
