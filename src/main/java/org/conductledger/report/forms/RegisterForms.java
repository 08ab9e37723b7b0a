package org.conductledger.report.forms;

import java.util.List;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.Operator;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.report.pdf.Cell;
import org.conductledger.report.pdf.Grid;

/** 以职务身份注册账号报告登记表, 建立群组报告登记表 and 个人公众账号备案表: one register record each. */
final class RegisterForms {

    private final FormServices services;
    private final FormText t;

    RegisterForms(FormServices services, FormText text) {
        this.services = services;
        this.t = text;
    }

    PrintedForm prepare(RegisterKind kind, long recordId) {
        RegisterRecord r = services.registers().get(recordId);
        if (r.kind() != kind) {
            throw new LedgerException("error.form.wrongKind", recordId, kind);
        }
        Member m = services.members().get(r.memberId());
        String title = switch (kind) {
            case ACCOUNT -> t.get("form.title.account");
            case GROUP -> t.get("form.title.group");
            case FILING -> t.get("form.title.filing");
        };
        String number = kind == RegisterKind.FILING ? t.get("form.number.filing", t.or(r.filingNo()))
                : t.get("form.number.record", String.valueOf(r.id()));
        String groupCategory = kind == RegisterKind.GROUP ? categoryName(r.form().categoryId()) : "";
        return new PrintedForm(title, number, "record " + r.id() + " (" + kind.name() + ")", doc -> {
            doc.title(title);
            Grid g = new Grid(FormText.FOUR)
                    .row(Cell.label(t.get("form.label.name")), Cell.value(r.memberName()),
                            Cell.label(t.get("form.label.org")), Cell.value(r.orgName()))
                    .row(Cell.label(t.get("form.label.post")), Cell.value(t.or(m.workUnitPost())).span(3));
            switch (kind) {
                case ACCOUNT -> account(g, r);
                case GROUP -> group(g, r, groupCategory);
                case FILING -> filing(g, r);
            }
            g.row(Cell.label(t.get("form.label.status")), Cell.value(t.label(r.status())),
                            Cell.label(t.get("form.label.statusOn")), Cell.value(t.date(r.statusOn())))
                    .row(Cell.label(t.get("form.label.notes")), Cell.value(t.or(r.form().notes())).span(3));
            doc.grid(t.signOff(g));
        });
    }

    private void account(Grid g, RegisterRecord r) {
        RegisterForm f = r.form();
        platform(g, r);
        g.row(Cell.label(t.get("form.label.accountName")), Cell.value(f.name()), Cell.label(t.get("form.label.accountId")),
                        Cell.value(f.identifier()))
                .row(Cell.label(t.get("form.label.url")), Cell.value(t.or(f.url())).span(3))
                .row(Cell.label(t.get("form.label.roleIdentity")), Cell.value(t.or(f.roleIdentity())).span(3))
                .row(Cell.label(t.get("form.label.purpose")), Cell.value(t.or(f.purpose())).span(3))
                .row(Cell.label(t.get("form.label.openedOn")), Cell.value(t.date(f.openedOn())),
                        Cell.label(t.get("form.label.reportedOn")), Cell.value(t.date(f.reportedOn())))
                .row(Cell.label(t.get("form.label.operators")), Cell.value(operators(f.operators())).span(3));
    }

    private void group(Grid g, RegisterRecord r, String category) {
        RegisterForm f = r.form();
        platform(g, r);
        g.row(Cell.label(t.get("form.label.groupName")), Cell.value(f.name()), Cell.label(t.get("form.label.groupId")),
                        Cell.value(f.identifier()))
                .row(Cell.label(t.get("form.label.groupCategory")), Cell.value(t.or(category)),
                        Cell.label(t.get("form.label.memberRole")), Cell.value(t.label(f.memberRole())))
                .row(Cell.label(t.get("form.label.inRoleIdentity")), Cell.value(t.yesNo(f.inRoleIdentity())),
                        Cell.label(t.get("form.label.groupSize")), Cell.value(f.groupSize() == null ? t.get("form.value.none")
                                : t.get("form.value.groupSize", String.valueOf(f.groupSize()), t.date(f.groupSizeOn()))))
                .row(Cell.label(t.get("form.label.purpose")), Cell.value(t.or(f.purpose())).span(3))
                .row(Cell.label(t.get("form.label.setUpOn")), Cell.value(t.date(f.openedOn())),
                        Cell.label(t.get("form.label.reportedOn")), Cell.value(t.date(f.reportedOn())));
    }

    private void filing(Grid g, RegisterRecord r) {
        RegisterForm f = r.form();
        g.row(Cell.label(t.get("form.label.filingNo")), Cell.value(t.or(r.filingNo())),
                Cell.label(t.get("form.label.filedOn")), Cell.value(t.date(f.reportedOn())));
        platform(g, r);
        g.row(Cell.label(t.get("form.label.accountName")), Cell.value(f.name()), Cell.label(t.get("form.label.accountId")),
                        Cell.value(f.identifier()))
                .row(Cell.label(t.get("form.label.accountType")), Cell.value(t.or(f.accountType())),
                        Cell.label(t.get("form.label.openedOn")), Cell.value(t.date(f.openedOn())))
                .row(Cell.label(t.get("form.label.url")), Cell.value(t.or(f.url())).span(3))
                .row(Cell.label(t.get("form.label.certSubject")), Cell.value(t.or(f.certSubject())),
                        Cell.label(t.get("form.label.certUscc")), Cell.value(t.or(f.certUscc())))
                .row(Cell.label(t.get("form.label.contentArea")), Cell.value(t.or(f.contentArea())),
                        Cell.label(t.get("form.label.purpose")), Cell.value(t.or(f.purpose())))
                .row(Cell.label(t.get("form.label.operators")), Cell.value(operators(f.operators())).span(3));
    }

    private void platform(Grid g, RegisterRecord r) {
        g.row(Cell.label(t.get("form.label.platform")), Cell.value(r.platformName()),
                Cell.label(t.get("form.label.region")),
                Cell.value(r.form().overseas() ? t.get("form.value.overseas") : t.get("form.value.domestic")));
    }

    private String operators(List<Operator> operators) {
        if (operators.isEmpty()) {
            return t.get("form.value.none");
        }
        return t.joined(operators.stream().map(o -> o.post() == null || o.post().isBlank() ? o.name()
                : t.get("form.value.operator", o.name(), o.post())).toList());
    }

    private String categoryName(Long id) {
        if (id == null) {
            return "";
        }
        return services.registers().groupCategories().stream().filter(c -> c.id() == id).map(GroupCategory::name)
                .findFirst().orElse("");
    }
}
