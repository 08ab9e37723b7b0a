package org.conductledger.exchange;

import static org.conductledger.model.ImportColumn.M_BIRTH_DATE;
import static org.conductledger.model.ImportColumn.M_CADRE;
import static org.conductledger.model.ImportColumn.M_CATEGORY;
import static org.conductledger.model.ImportColumn.M_CONFIRMED_ON;
import static org.conductledger.model.ImportColumn.M_ETHNICITY;
import static org.conductledger.model.ImportColumn.M_GENDER;
import static org.conductledger.model.ImportColumn.M_ID_NUMBER;
import static org.conductledger.model.ImportColumn.M_JOINED_ON;
import static org.conductledger.model.ImportColumn.M_MANAGING_ORG;
import static org.conductledger.model.ImportColumn.M_NAME;
import static org.conductledger.model.ImportColumn.M_ORGANISATION;
import static org.conductledger.model.ImportColumn.M_PHONE;
import static org.conductledger.model.ImportColumn.M_RANK;
import static org.conductledger.model.ImportColumn.M_WORK_UNIT_POST;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.IdNumber;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportRow;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.MemberForm;
import org.conductledger.model.Organisation;

/** A row of the members sheet as a {@link MemberForm}: sex and birth date default to what the ID number says. */
final class MemberRows {

    private final ImportLookups lookups;
    private final Organisation within;

    /** {@code within}: the organisation the import is for (blank 所在党组织 means it; others must lie below it), or null. */
    MemberRows(ImportLookups lookups, Organisation within) {
        this.lookups = lookups;
        this.within = within;
    }

    Optional<ImportRow> convert(CellText cells) {
        int before = problems(cells);
        String name = cells.text(M_NAME);
        String id = cells.text(M_ID_NUMBER);
        if (id != null && id.contains("*")) {
            cells.problem(M_ID_NUMBER, "import.problem.maskedId", id);
            id = null;
        }
        boolean validId = id != null && IdNumber.isValid(id.toUpperCase(java.util.Locale.ROOT));
        Gender gender = choice(cells, M_GENDER, Gender.class)
                .orElse(validId ? IdNumber.gender(id.toUpperCase(java.util.Locale.ROOT)) : null);
        LocalDate birth = cells.date(M_BIRTH_DATE)
                .orElse(validId ? IdNumber.parseBirthDate(id.toUpperCase(java.util.Locale.ROOT)).orElse(null) : null);
        MemberCategory category = category(cells);
        LocalDate joined = cells.date(M_JOINED_ON).orElse(null);
        LocalDate confirmed = cells.date(M_CONFIRMED_ON).orElse(null);
        Long orgId = organisation(cells, M_ORGANISATION, true);
        CadreRank rank = choice(cells, M_RANK, CadreRank.class).orElse(null);
        boolean cadre = cells.flag(M_CADRE, rank != null && rank != CadreRank.NONE);
        Long managing = organisation(cells, M_MANAGING_ORG, false);
        MemberForm form = new MemberForm(name, gender, id, cells.text(M_ETHNICITY), birth, category, joined, confirmed, orgId,
                cells.text(M_WORK_UNIT_POST), cadre, cadre ? rank : CadreRank.NONE, managing, cells.text(M_PHONE));
        return problems(cells) == before ? Optional.of(new ImportRow.MemberRow(cells.rowNumber(), form)) : Optional.empty();
    }

    private int problems(CellText cells) {
        return cells.problemCount();
    }

    private MemberCategory category(CellText cells) {
        String text = cells.text(M_CATEGORY);
        if (text == null) {
            return null;
        }
        Optional<MemberCategory> exact = lookups.choice(MemberCategory.class, text);
        if (exact.isPresent()) {
            return exact.get();
        }
        if (text.startsWith("正式")) {
            return MemberCategory.FULL;
        }
        if (text.startsWith("预备")) {
            return MemberCategory.PROBATIONARY;
        }
        cells.problem(M_CATEGORY, "import.problem.choice", M_CATEGORY.header(), text,
                String.join("、", List.of(lookups.label(MemberCategory.FULL), lookups.label(MemberCategory.PROBATIONARY))));
        return null;
    }

    private <E extends Enum<E> & org.conductledger.model.Labelled> Optional<E> choice(CellText cells, ImportColumn column,
                                                                                       Class<E> type) {
        String text = cells.text(column);
        if (text == null) {
            return Optional.empty();
        }
        Optional<E> value = lookups.choice(type, text);
        if (value.isEmpty()) {
            cells.problem(column, "import.problem.choice", column.header(), text,
                    String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(lookups::label).toList()));
        }
        return value;
    }

    private Long organisation(CellText cells, ImportColumn column, boolean membership) {
        String text = cells.text(column);
        if (text == null) {
            if (membership && within != null) {
                return within.id();
            }
            if (membership) {
                cells.problem(column, "import.problem.required", column.header());
            }
            return null;
        }
        List<Organisation> found = lookups.organisations(text);
        if (found.isEmpty()) {
            cells.problem(column, "import.problem.organisation", text);
            return null;
        }
        if (found.size() > 1) {
            cells.problem(column, "import.problem.organisationAmbiguous", text, found.size());
            return null;
        }
        Organisation org = found.get(0);
        if (membership && within != null && !org.isInSubtreeOf(within)) {
            cells.problem(column, "import.problem.outside", text, within.name());
            return null;
        }
        return org.id();
    }
}
