package org.conductledger.exchange;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.GroupCategory;
import org.conductledger.model.GroupRole;
import org.conductledger.model.ImportColumn;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportRow;
import org.conductledger.model.Member;
import org.conductledger.model.Organisation;
import org.conductledger.model.Platform;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.SheetWords;

/**
 * A row of an accounts, groups or filings sheet as a {@link RegisterForm}: the member found by ID number
 * among the current members the user may see, the platform and group category by name, the status by label.
 */
final class RegisterRows {

    private final ImportKind kind;
    private final ImportLookups lookups;
    private final Organisation within;

    RegisterRows(ImportKind kind, ImportLookups lookups, Organisation within) {
        this.kind = kind;
        this.lookups = lookups;
        this.within = within;
    }

    private ImportColumn col(String suffix) {
        return ImportColumn.valueOf(kind.name().charAt(0) + "_" + suffix);
    }

    private boolean has(String suffix) {
        return Arrays.stream(ImportColumn.values()).anyMatch(c -> c.name().equals(kind.name().charAt(0) + "_" + suffix));
    }

    private String text(CellText cells, String suffix) {
        return has(suffix) ? cells.text(col(suffix)) : null;
    }

    Optional<ImportRow> convert(CellText cells) {
        int before = cells.problemCount();
        RegisterKind register = kind.registerKind();
        Long memberId = member(cells);
        Platform platform = platform(cells);
        boolean overseas = overseas(cells, platform);
        LocalDate opened = cells.date(col("OPENED_ON")).orElse(null);
        LocalDate reported = cells.date(col("REPORTED_ON")).orElse(null);
        Long categoryId = null;
        GroupRole role = null;
        boolean inRole = false;
        Integer size = null;
        if (register == RegisterKind.GROUP) {
            categoryId = category(cells);
            role = role(cells);
            inRole = cells.flag(col("IN_ROLE"), false);
            size = cells.whole(col("SIZE")).orElse(null);
        }
        RegisterForm form = new RegisterForm(register, memberId, platform == null ? null : platform.id(), overseas,
                text(cells, "NAME"), text(cells, "IDENTIFIER"), text(cells, "URL"), text(cells, "ROLE_IDENTITY"),
                text(cells, "PURPOSE"), opened, reported, null, categoryId, role, inRole, size,
                size == null ? null : reported, text(cells, "ACCOUNT_TYPE"), text(cells, "CERT_SUBJECT"),
                text(cells, "CERT_USCC"), text(cells, "CONTENT_AREA"), List.of());
        String filingNo = text(cells, "FILING_NO");
        RegisterStatus status = status(cells, register);
        return cells.problemCount() == before
                ? Optional.of(new ImportRow.RegisterRow(cells.rowNumber(), form, filingNo, status)) : Optional.empty();
    }

    private Long member(CellText cells) {
        ImportColumn column = col("ID_NUMBER");
        String id = cells.text(column);
        if (id == null) {
            return null;
        }
        if (id.contains("*")) {
            cells.problem(column, "import.problem.maskedId", id);
            return null;
        }
        Optional<Member> member = lookups.member(id);
        if (member.isEmpty()) {
            cells.problem(column, "import.problem.member", id);
            return null;
        }
        if (within != null && lookups.organisation(member.get().orgId()).filter(o -> o.isInSubtreeOf(within)).isEmpty()) {
            cells.problem(column, "import.problem.memberOutside", member.get().name(), within.name());
            return null;
        }
        return member.get().id();
    }

    private Platform platform(CellText cells) {
        ImportColumn column = col("PLATFORM");
        String text = cells.text(column);
        if (text == null) {
            return null;
        }
        Optional<Platform> platform = lookups.platform(text);
        if (platform.isEmpty()) {
            cells.problem(column, "import.problem.choice", column.header(), text, String.join("、", lookups.platformNames()));
        }
        return platform.orElse(null);
    }

    private boolean overseas(CellText cells, Platform platform) {
        boolean fallback = platform != null && platform.overseasDefault();
        if (!has("OVERSEAS")) {
            return fallback;
        }
        String text = cells.text(col("OVERSEAS"));
        if (text == null) {
            return fallback;
        }
        if (text.startsWith(SheetWords.OVERSEAS) || text.equals(SheetWords.YES)) {
            return true;
        }
        if (text.startsWith(SheetWords.DOMESTIC) || text.equals(SheetWords.NO)) {
            return false;
        }
        cells.problem(col("OVERSEAS"), "import.problem.choice", col("OVERSEAS").header(), text,
                SheetWords.DOMESTIC + "、" + SheetWords.OVERSEAS);
        return fallback;
    }

    private Long category(CellText cells) {
        String text = cells.text(col("CATEGORY"));
        if (text == null) {
            return null;
        }
        Optional<GroupCategory> category = lookups.category(text);
        if (category.isEmpty()) {
            cells.problem(col("CATEGORY"), "import.problem.choice", col("CATEGORY").header(), text,
                    String.join("、", lookups.categoryNames()));
        }
        return category.map(GroupCategory::id).orElse(null);
    }

    private GroupRole role(CellText cells) {
        String text = cells.text(col("ROLE"));
        if (text == null) {
            return GroupRole.CREATOR;
        }
        Optional<GroupRole> role = lookups.choice(GroupRole.class, text);
        if (role.isEmpty()) {
            cells.problem(col("ROLE"), "import.problem.choice", col("ROLE").header(), text,
                    String.join("、", Arrays.stream(GroupRole.values()).map(lookups::label).toList()));
        }
        return role.orElse(GroupRole.CREATOR);
    }

    /** The status the record is in; 已变更 is not a status one can import into (it names an older version). */
    private RegisterStatus status(CellText cells, RegisterKind register) {
        String text = cells.text(col("STATUS"));
        if (text == null) {
            return null;
        }
        List<RegisterStatus> allowed = Arrays.stream(RegisterStatus.values())
                .filter(s -> s.kind() == register && s != RegisterStatus.CHANGED).toList();
        Optional<RegisterStatus> status = allowed.stream()
                .filter(s -> lookups.label(s).equals(text) || s.name().equalsIgnoreCase(text)).findFirst();
        if (status.isEmpty()) {
            cells.problem(col("STATUS"), "import.problem.choice", col("STATUS").header(), text,
                    String.join("、", allowed.stream().map(lookups::label).toList()));
        }
        return status.orElse(null);
    }
}
