package org.conductledger.exchange;

import static org.conductledger.model.ImportColumn.O_CODE;
import static org.conductledger.model.ImportColumn.O_ESTABLISHED_ON;
import static org.conductledger.model.ImportColumn.O_NAME;
import static org.conductledger.model.ImportColumn.O_PARENT;
import static org.conductledger.model.ImportColumn.O_SECRETARY;
import static org.conductledger.model.ImportColumn.O_TYPE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.IdNumber;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.Member;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.OrganisationTreePlan;

/**
 * A row of the organisations sheet as a node of the tree: codes upper case, the type by its Chinese label or
 * code, the secretary by ID number — linked only when that member is already on the roll of that very
 * organisation (as the edit form offers); otherwise a warning says when it will be.
 */
final class OrganisationRows {

    private final ImportLookups lookups;
    private final List<ImportProblem> warnings;

    OrganisationRows(ImportLookups lookups, List<ImportProblem> warnings) {
        this.lookups = lookups;
        this.warnings = warnings;
    }

    /** The row's node (its form null when a cell cannot be read), or empty when it has no code at all. */
    Optional<OrganisationTreePlan.Node> convert(CellText cells) {
        int before = cells.problemCount();
        String name = cells.text(O_NAME);
        String code = OrganisationRules.normaliseCode(cells.text(O_CODE));
        OrgType type = type(cells);
        String parent = OrganisationRules.normaliseCode(cells.text(O_PARENT));
        LocalDate established = cells.date(O_ESTABLISHED_ON).orElse(null);
        Long secretary = secretary(cells, code);
        if (code == null) {
            return Optional.empty();
        }
        OrganisationForm form = cells.problemCount() == before
                ? new OrganisationForm(name, code, type, established, secretary) : null;
        return Optional.of(new OrganisationTreePlan.Node(cells.rowNumber(), code, parent, form));
    }

    private OrgType type(CellText cells) {
        String text = cells.text(O_TYPE);
        if (text == null) {
            return null;
        }
        Optional<OrgType> type = lookups.choice(OrgType.class, text);
        if (type.isEmpty()) {
            cells.problem(O_TYPE, "import.problem.choice", O_TYPE.header(), text,
                    String.join("、", Arrays.stream(OrgType.values()).map(lookups::label).toList()));
        }
        return type.orElse(null);
    }

    /** The member to link as secretary, when that can be done now; a warning when it cannot (yet). */
    private Long secretary(CellText cells, String code) {
        String id = cells.text(O_SECRETARY);
        if (id == null) {
            return null;
        }
        if (id.contains("*")) {
            cells.problem(O_SECRETARY, "import.problem.maskedId", id);
            return null;
        }
        id = id.toUpperCase(java.util.Locale.ROOT);
        Optional<String> wrong = IdNumber.problemWith(id);
        if (wrong.isPresent()) {
            cells.problem(O_SECRETARY, wrong.get());
            return null;
        }
        Optional<Member> member = lookups.member(id);
        Optional<Organisation> org = code == null ? Optional.empty() : lookups.organisationByCode(code);
        if (member.isEmpty()) {
            warn(cells, "import.warning.secretaryNotYet", id);
            return null;
        }
        if (org.isEmpty() || org.get().id() != member.get().orgId()) {
            warn(cells, "import.warning.secretaryElsewhere", member.get().name(), code);
            return null;
        }
        return member.get().id();
    }

    private void warn(CellText cells, String key, Object... args) {
        warnings.add(ImportProblem.of(cells.rowNumber(), O_SECRETARY.header(), key, args));
    }
}
