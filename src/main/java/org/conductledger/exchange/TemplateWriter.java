package org.conductledger.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.conductledger.i18n.Messages;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.GroupRole;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.SheetWords;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The import template of a kind: the data sheet first (headers; drop-down lists on enumerated columns, fed
 * from a hidden 选项 sheet), then 填写说明 with one line per column: required or not, what it takes.
 */
final class TemplateWriter {

    private static final int LIST_ROWS = 5000;

    private final Messages chinese;
    private final ImportLookups lookups;

    TemplateWriter(Messages chinese, ImportLookups lookups) {
        this.chinese = chinese;
        this.lookups = lookups;
    }

    void write(ImportKind kind, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ConductLedger", "1.0");
        List<ImportColumn> columns = ImportColumn.of(kind);
        Worksheet data = workbook.newWorksheet(chinese.label(kind));
        Worksheet help = workbook.newWorksheet(chinese.get("import.template.helpSheet"));
        Worksheet options = workbook.newWorksheet(chinese.get("import.template.optionsSheet"));
        TableWriter.writeSheet(data, new TableData(chinese.label(kind), ExchangeSheets.headers(kind), List.of()));
        help.value(0, 0, chinese.get("import.template.helpColumn"));
        help.value(0, 1, chinese.get("import.template.helpRequired"));
        help.value(0, 2, chinese.get("import.template.helpWhat"));
        help.style(0, 0).bold().set();
        help.style(0, 1).bold().set();
        help.style(0, 2).bold().set();
        help.width(0, 18);
        help.width(1, 8);
        help.width(2, 90);
        int optionColumn = 0;
        for (int c = 0; c < columns.size(); c++) {
            ImportColumn column = columns.get(c);
            help.value(c + 1, 0, column.header());
            help.value(c + 1, 1, chinese.get(column.required() ? "audit.value.true" : "audit.value.false"));
            help.value(c + 1, 2, helpText(column) + choicesText(column));
            List<String> choices = choices(column);
            if (!choices.isEmpty()) {
                options.value(0, optionColumn, column.header());
                for (int i = 0; i < choices.size(); i++) {
                    options.value(i + 1, optionColumn, choices.get(i));
                }
                data.range(1, c, LIST_ROWS, c).validateWithList(options.range(1, optionColumn, choices.size(), optionColumn))
                        .allowBlank(true).showDropdown(true).showErrorMessage(true)
                        .errorTitle(column.header()).error(chinese.get("import.template.pickFromList"));
                optionColumn++;
            }
            if (column.type() == ImportColumn.Type.DATE) {
                data.range(1, c, LIST_ROWS, c).style().format("yyyy-mm-dd").set();
            }
            if (column.type() == ImportColumn.Type.MEMBER || column.type() == ImportColumn.Type.CODE
                    || column == ImportColumn.M_ID_NUMBER || column == ImportColumn.F_CERT_USCC || column == ImportColumn.M_PHONE) {
                data.range(1, c, LIST_ROWS, c).style().format("@").set();   // text: keeps leading zeros and the X
            }
        }
        help.value(columns.size() + 2, 0, chinese.get("import.template.dates"));
        if (kind == ImportKind.ORGS) {
            help.value(columns.size() + 3, 0, chinese.get("import.template.orgsRules"));
        }
        options.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
        workbook.finish();
    }

    private String helpText(ImportColumn column) {
        return switch (column) {
            case M_ID_NUMBER -> chinese.get("import.template.idNumber");
            case O_PARENT -> chinese.get("import.template.orgParent");
            case O_SECRETARY -> chinese.get("import.template.orgSecretary");
            default -> chinese.get("import.template.type." + column.type().name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private String choicesText(ImportColumn column) {
        List<String> choices = choices(column);
        return choices.isEmpty() ? "" : chinese.get("import.template.choices", String.join("、", choices));
    }

    private List<String> choices(ImportColumn column) {
        return switch (column) {
            case M_GENDER -> labels(Gender.values());
            case M_CATEGORY -> labels(MemberCategory.values());
            case M_RANK -> labels(Arrays.stream(CadreRank.values()).filter(r -> r != CadreRank.NONE).toArray(CadreRank[]::new));
            case M_CADRE, G_IN_ROLE -> List.of(SheetWords.YES, SheetWords.NO);
            case A_OVERSEAS -> List.of(SheetWords.DOMESTIC, SheetWords.OVERSEAS);
            case A_PLATFORM, G_PLATFORM, F_PLATFORM -> lookups.platformNames();
            case G_CATEGORY -> lookups.categoryNames();
            case G_ROLE -> labels(GroupRole.values());
            case O_TYPE -> labels(org.conductledger.model.OrgType.values());
            case A_STATUS, G_STATUS, F_STATUS -> labels(Arrays.stream(RegisterStatus.values())
                    .filter(s -> s.kind() == column.kind().registerKind() && s != RegisterStatus.CHANGED)
                    .toArray(RegisterStatus[]::new));
            default -> List.of();
        };
    }

    private List<String> labels(org.conductledger.model.Labelled[] values) {
        return Arrays.stream(values).map(lookups::label).toList();
    }
}
