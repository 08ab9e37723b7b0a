package org.conductledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conductledger.model.CadreRank;
import org.conductledger.model.Gender;
import org.conductledger.model.GroupRole;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.MemberCategory;
import org.conductledger.model.OrgType;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.PackageItem;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterStatus;

/**
 * Turns incoming package items into records of the receiving ledger through the ordinary use cases (their
 * validation, scope and audit), and builds the receiver's own copy of a record as an item to compare.
 */
final class PackageApplier {

    private final OrganisationService organisations;
    private final MemberService members;
    private final RegisterService registers;
    private final String statusReason;
    private final LocalDate today;

    PackageApplier(OrganisationService organisations, MemberService members, RegisterService registers, String statusReason,
                   LocalDate today) {
        this.organisations = organisations;
        this.members = members;
        this.registers = registers;
        this.statusReason = statusReason;
        this.today = today;
    }

    Optional<Organisation> orgByCode(String code) {
        return organisations.all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    private long orgId(String code) {
        return orgByCode(code).orElseThrow(() -> new LedgerException("error.org.codeNotFound", code)).id();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    // ---- organisations

    long createOrg(PackageItem item, String receiverCode) {
        String parent = item.get("parentCode") == null ? receiverCode : item.get("parentCode");
        return organisations.create(orgId(parent), new OrganisationForm(item.get("name"), item.get("code"),
                OrgType.valueOf(item.get("type")), date(item.get("establishedOn")), null)).id();
    }

    PackageItem localOrg(long id) {
        Organisation o = organisations.get(id);
        String parentCode = o.parentId() == null ? null : organisations.all().stream().filter(p -> p.id() == o.parentId())
                .map(Organisation::code).findFirst().orElse(null);
        return PackageItems.org(o, parentCode);
    }

    // ---- members

    private org.conductledger.model.MemberForm memberForm(PackageItem item) {
        return new org.conductledger.model.MemberForm(item.get("name"),
                item.get("gender") == null ? null : Gender.valueOf(item.get("gender")), item.get("idNumber"),
                item.get("ethnicity"), date(item.get("birthDate")),
                item.get("category") == null ? null : MemberCategory.valueOf(item.get("category")), date(item.get("joinedOn")),
                date(item.get("confirmedOn")), orgId(item.get("orgCode")), item.get("workUnitPost"),
                Boolean.parseBoolean(item.get("cadre")), item.get("rank") == null ? CadreRank.NONE : CadreRank.valueOf(item.get("rank")),
                item.get("managingOrgCode") == null ? null : orgByCode(item.get("managingOrgCode")).map(Organisation::id).orElse(null),
                item.get("phone"));
    }

    Optional<Member> memberByIdNumber(String idNumber) {
        return members.currentByIdNumber(idNumber);
    }

    long createMember(PackageItem item) {
        return members.create(memberForm(item)).id();
    }

    long updateMember(long id, PackageItem item) {
        Member current = members.get(id);
        return members.update(id, current.version(), memberForm(item)).id();
    }

    PackageItem localMember(long id) {
        return PackageItems.member(members.get(id), orgIdToCode());
    }

    private java.util.function.LongFunction<String> orgIdToCode() {
        List<Organisation> all = organisations.all();
        return orgId -> all.stream().filter(o -> o.id() == orgId).map(Organisation::code).findFirst().orElse("");
    }

    // ---- registers

    private RegisterForm registerForm(PackageItem item) {
        RegisterKind kind = RegisterKind.valueOf(item.get("kind"));
        long memberId = memberByIdNumber(item.get("idNumber"))
                .orElseThrow(() -> new LedgerException("package.error.memberMissing", item.get("idNumber"))).id();
        long platformId = registers.platforms().stream().filter(p -> p.code().equals(item.get("platform"))).findFirst()
                .orElseThrow(() -> new LedgerException("package.error.platform", item.get("platform"))).id();
        Long categoryId = item.get("category") == null ? null : registers.groupCategories().stream()
                .filter(c -> c.code().equals(item.get("category"))).findFirst()
                .orElseThrow(() -> new LedgerException("package.error.platform", item.get("category"))).id();
        return new RegisterForm(kind, memberId, platformId, Boolean.parseBoolean(item.get("overseas")), item.get("name"),
                item.get("identifier"), item.get("url"), item.get("roleIdentity"), item.get("purpose"),
                date(item.get("openedOn")), date(item.get("reportedOn")), item.get("notes"), categoryId,
                item.get("memberRole") == null ? null : GroupRole.valueOf(item.get("memberRole")),
                Boolean.parseBoolean(item.get("inRoleIdentity")),
                item.get("groupSize") == null ? null : Integer.valueOf(item.get("groupSize")), date(item.get("groupSizeOn")),
                item.get("accountType"), item.get("certSubject"), item.get("certUscc"), item.get("contentArea"), List.of());
    }

    long createRegister(PackageItem item) {
        RegisterRecord created = registers.create(registerForm(item), item.get("filingNo"));
        return withStatus(created, item).id();
    }

    /** Updates the record (a filing gets a new version: its id changes) and returns the id of the current one. */
    long updateRegister(long id, PackageItem item) {
        RegisterRecord current = registers.get(id);
        java.util.Map<String, String> local = new java.util.LinkedHashMap<>(localRegister(id).fields());
        java.util.Map<String, String> incoming = new java.util.LinkedHashMap<>(item.fields());
        local.remove("status");
        incoming.remove("status");
        RegisterRecord updated = local.equals(incoming) ? current
                : registers.update(id, current.version(), registerForm(item), statusReason);
        return withStatus(updated, item).id();
    }

    private RegisterRecord withStatus(RegisterRecord record, PackageItem item) {
        RegisterStatus status = RegisterStatus.valueOf(item.get("status"));
        return status == record.status() ? record : registers.changeStatus(record.id(), status, today, statusReason);
    }

    PackageItem localRegister(long id) {
        RegisterRecord r = registers.get(id);
        String idNumber = members.get(r.memberId()).idNumber();
        String platform = registers.platforms().stream().filter(p -> p.id() == r.form().platformId()).map(p -> p.code())
                .findFirst().orElse("");
        String category = r.form().categoryId() == null ? null : registers.groupCategories().stream()
                .filter(c -> c.id() == r.form().categoryId()).map(c -> c.code()).findFirst().orElse(null);
        return PackageItems.register(r, idNumber, platform, category);
    }
}
