package org.conductledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.AuditAction;
import org.conductledger.model.ChangeSummary;
import org.conductledger.model.FilingNumber;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Member;
import org.conductledger.model.Operator;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.Platform;
import org.conductledger.model.Problem;
import org.conductledger.model.RegisterField;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterRules;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.ReportingDeadline;
import org.conductledger.model.Session;
import org.conductledger.model.StatusChange;
import org.conductledger.model.Timeliness;
import org.conductledger.model.ValidationException;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.ReferenceRepository;
import org.conductledger.store.RegisterRepository;
import org.conductledger.store.SettingRepository;
import org.conductledger.store.Transactions;

/**
 * The three registers: record, change (a filing change makes a new version), change status with a
 * reason, list, flag late reports. Every write is one transaction with its audit entry; a record
 * belongs to the member's organisation and is reached only within the user's subtree.
 */
public final class RegisterService {

    static final String DEADLINE_SETTING = "report.deadlineDays";

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final RegisterRepository registers;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final ReferenceRepository reference;
    private final SettingRepository settings;
    private final RegisterRules rules;

    public RegisterService(Session session, AuditLog audit, Transactions transactions, RegisterRepository registers,
                           MemberRepository members, OrganisationRepository organisations, ReferenceRepository reference,
                           SettingRepository settings, RegisterRules rules) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.registers = registers;
        this.members = members;
        this.organisations = organisations;
        this.reference = reference;
        this.settings = settings;
        this.rules = rules;
    }

    public List<RegisterRecord> list(RegisterKind kind, long orgId, boolean subtree) {
        audit.require(session, Permission.REGISTER_READ);
        return registers.list(kind, organisation(orgId), subtree);
    }

    /** Open records of {@code orgId}'s subtree, newest versions, never reported yet (the 工作台's 待报告), any kind. */
    public List<RegisterRecord> unreported(long orgId) {
        audit.require(session, Permission.REGISTER_READ);
        return registers.unreported(organisation(orgId));
    }

    public RegisterRecord get(long id) {
        audit.require(session, Permission.REGISTER_READ);
        return registers.findById(id).orElseThrow(() -> new LedgerException("error.register.notFound", id));
    }

    public List<StatusChange> statusHistory(long id) {
        get(id);
        return registers.statusHistory(id);
    }

    /** Every version of a filing, oldest first. */
    public List<RegisterRecord> versions(long id) {
        RegisterRecord record = get(id);
        return record.filingNo() == null ? List.of(record) : registers.versions(record.filingNo());
    }

    public List<Map.Entry<LocalDate, Integer>> sizeHistory(long id) {
        get(id);
        return registers.sizeHistory(id);
    }

    /** Every record of a member, all kinds and versions (the member profile). */
    public List<RegisterRecord> ofMember(long memberId) {
        audit.require(session, Permission.REGISTER_READ);
        member(memberId);
        return registers.ofMember(memberId);
    }

    public List<Platform> platforms() {
        audit.require(session, Permission.REGISTER_READ);
        return reference.platforms();
    }

    public List<org.conductledger.model.GroupCategory> groupCategories() {
        audit.require(session, Permission.REGISTER_READ);
        return reference.groupCategories();
    }

    /** Problems needing no database: the form shows them as the user types. */
    public List<Problem> check(RegisterForm form) {
        return rules.validate(form);
    }

    public RegisterRecord create(RegisterForm form) {
        return create(form, null);
    }

    /**
     * Records a new report or filing; a filing carried over from an earlier ledger (an import) keeps its
     * {@code carriedFilingNo}, which must not be taken, and later numbers of its organisation and year follow it.
     */
    public RegisterRecord create(RegisterForm form, String carriedFilingNo) {
        audit.require(session, Permission.REGISTER_WRITE);
        validate(form);
        return transactions.inTransaction(() -> {
            Member member = member(form.memberId());
            platform(form.platformId(), true, form.overseas());
            refuseDuplicate(form, null);
            Organisation org = organisation(member.orgId());
            String filingNo = null;
            Integer seq = null;
            if (form.kind() == RegisterKind.FILING && carriedFilingNo != null && !carriedFilingNo.isBlank()) {
                filingNo = carriedFilingNo.strip();
                if (filingNo.length() > 60 || registers.filingNoTaken(filingNo)) {
                    throw new ValidationException(Problem.of(RegisterField.FILING_NO, filingNo.length() > 60 ? "validation.register.filingNoLong"
                            : "validation.register.filingNoTaken", filingNo));
                }
                seq = FilingNumber.sequenceOf(filingNo, org.code(), form.reportedOn().getYear()).orElse(null);
                if (seq != null) {
                    registers.reserveFilingSeq(org.id(), form.reportedOn().getYear(), seq);
                }
            } else if (form.kind() == RegisterKind.FILING) {
                int year = form.reportedOn().getYear();
                seq = registers.nextFilingSeq(org.id(), year);
                filingNo = FilingNumber.format(org.code(), year, seq);
            }
            long id = registers.insert(form, org.id(), filingNo, seq, 1, null, form.reportedOn());
            registers.changeStatus(id, null, form.kind().initialStatus(), RegisterRepository.initialStatusDate(form), null,
                    session.userId());
            audit.record(session, AuditAction.CREATE, "register", id,
                    "kind: " + form.kind().name() + (filingNo == null ? "" : "; filingNo: " + filingNo) + "; "
                            + ChangeSummary.created(fields(form)));
            return registers.findById(id).orElseThrow();
        });
    }

    /**
     * Corrects or completes a role-identity account or a group (same record), or records a 变更备案 of a
     * filing: the current version is marked 已变更 and a new version with the same filing number is made.
     */
    public RegisterRecord update(long id, int expectedVersion, RegisterForm input, String reason) {
        audit.require(session, Permission.REGISTER_WRITE);
        RegisterRecord existing = get(id);
        RegisterForm form = withFixedParts(input, existing);
        validate(form);
        if (!existing.isOpen()) {
            throw new ValidationException(Problem.of(RegisterField.STATUS, "validation.register.closed"));
        }
        return transactions.inTransaction(() -> {
            platform(form.platformId(), !form.platformId().equals(existing.form().platformId()), form.overseas());
            refuseDuplicate(form, existing);
            if (existing.kind() == RegisterKind.FILING) {
                return changeFiling(existing, expectedVersion, form, reason);
            }
            if (!registers.update(id, expectedVersion, form)) {
                throw conflict(id, form);
            }
            audit.record(session, AuditAction.UPDATE, "register", id,
                    ChangeSummary.changed(fields(existing.form()), fields(form)));
            if (form.groupSize() != null && !form.groupSize().equals(existing.form().groupSize())) {
                audit.record(session, AuditAction.GROUP_SIZE, "register", id,
                        "size: " + existing.form().groupSize() + " → " + form.groupSize() + "; date: " + form.groupSizeOn());
            }
            return registers.findById(id).orElseThrow();
        });
    }

    private RegisterRecord changeFiling(RegisterRecord existing, int expectedVersion, RegisterForm form, String reason) {
        if (existing.version() != expectedVersion) {
            throw conflict(existing.id(), form);
        }
        LocalDate on = form.reportedOn();
        if (on.isBefore(existing.reportedOn())) {
            throw new ValidationException(Problem.of(RegisterField.REPORTED_ON, "validation.register.changeBeforeFiling"));
        }
        if (sameContent(existing.form(), form)) {
            throw new ValidationException(Problem.of(null, "validation.register.nothingChanged"));
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(Problem.of(RegisterField.REASON, "validation.register.changeNeedsReason"));
        }
        registers.changeStatus(existing.id(), existing.status(), RegisterStatus.CHANGED, on, reason, session.userId());
        long id = registers.insert(form, existing.orgId(), existing.filingNo(), null, existing.versionNo() + 1,
                existing.id(), existing.firstReportedOn());
        registers.changeStatus(id, null, RegisterStatus.FILED, on, reason, session.userId());
        audit.record(session, AuditAction.FILING_CHANGE, "register", id,
                "filingNo: " + existing.filingNo() + "; version: " + existing.versionNo() + " → " + (existing.versionNo() + 1)
                        + "; " + ChangeSummary.changed(fields(existing.form()), fields(form)));
        return registers.findById(id).orElseThrow();
    }

    public RegisterRecord changeStatus(long id, RegisterStatus target, LocalDate on, String reason) {
        audit.require(session, Permission.REGISTER_WRITE);
        RegisterRecord record = get(id);
        List<Problem> problems = rules.validateStatusChange(record, target, on, reason,
                registers.lastStatusDate(id).orElse(record.form().openedOn()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            registers.changeStatus(id, record.status(), target, on, reason, session.userId());
            audit.record(session, AuditAction.STATUS_CHANGE, "register", id,
                    "status: " + record.status().name() + " → " + target.name() + "; date: " + on
                            + (reason == null || reason.isBlank() ? "" : "; reason: " + reason.strip()));
            return registers.findById(id).orElseThrow();
        });
    }

    public ReportingDeadline deadline() {
        int days = settings.get(DEADLINE_SETTING).map(Integer::parseInt).orElse(ReportingDeadline.DEFAULT_DAYS);
        return new ReportingDeadline(days);
    }

    public void setDeadline(int days) {
        audit.require(session, Permission.SETTINGS_MANAGE);
        ReportingDeadline next = new ReportingDeadline(days);
        ReportingDeadline before = deadline();
        transactions.run(() -> {
            settings.put(DEADLINE_SETTING, String.valueOf(next.days()));
            audit.record(session, AuditAction.SETTINGS_CHANGE, "setting", DEADLINE_SETTING,
                    "deadlineDays: " + before.days() + " → " + next.days());
        });
    }

    /** Judged by the first report or filing: a later 变更备案 does not make an on-time filing late. */
    public Timeliness timeliness(RegisterRecord record, ReportingDeadline deadline) {
        return deadline.assess(record.form().openedOn(), record.firstReportedOn(), rules.today());
    }

    /** 待报告/逾期: open records of every kind in {@code orgId} (and below) not reported on time, oldest first. */
    public List<RegisterRecord> needingAttention(long orgId, boolean subtree) {
        ReportingDeadline deadline = deadline();
        List<RegisterRecord> found = new ArrayList<>();
        for (RegisterKind kind : RegisterKind.values()) {
            for (RegisterRecord r : list(kind, orgId, subtree)) {
                if (r.isOpen() && timeliness(r, deadline).needsAttention()) {
                    found.add(r);
                }
            }
        }
        found.sort(Comparator.comparing((RegisterRecord r) -> r.form().openedOn()));
        return found;
    }

    private void validate(RegisterForm form) {
        List<Problem> problems = rules.validate(form);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** Kind and member never change on an existing record. */
    private static RegisterForm withFixedParts(RegisterForm f, RegisterRecord existing) {
        return new RegisterForm(existing.kind(), existing.memberId(), f.platformId(), f.overseas(), f.name(), f.identifier(),
                f.url(), f.roleIdentity(), f.purpose(), f.openedOn(), f.reportedOn(), f.notes(), f.categoryId(),
                f.memberRole(), f.inRoleIdentity(), f.groupSize(), f.groupSizeOn(), f.accountType(), f.certSubject(),
                f.certUscc(), f.contentArea(), f.operators());
    }

    /**
     * The same platform and account ID (group number) may be registered once while open, whichever member
     * holds it: the message names the existing record when the user may see it, and only the fact otherwise.
     */
    private void refuseDuplicate(RegisterForm form, RegisterRecord self) {
        String key = RegisterRepository.openKey(form.kind(), form.platformId(), form.identifier());
        registers.findOpenByKeyAnywhere(key).filter(other -> self == null || other.id() != self.id()).ifPresent(other -> {
            Problem problem = registers.inScope(other.id())
                    ? Problem.of(RegisterField.IDENTIFIER, "validation.register.duplicate", other.memberName(),
                            other.orgName(), other.kind(), other.filingNo() != null ? other.filingNo() : String.valueOf(other.id()))
                    : Problem.of(RegisterField.IDENTIFIER, "validation.register.duplicateElsewhere");
            throw new ValidationException(problem);
        });
    }

    /** Whether a change would record nothing new (the change date aside). */
    private static boolean sameContent(RegisterForm a, RegisterForm b) {
        Map<String, Object> before = fields(a);
        Map<String, Object> after = fields(b);
        before.remove("reportedOn");
        after.remove("reportedOn");
        return before.equals(after);
    }

    private Member member(Long memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> new LedgerException("error.member.notFound", memberId));
        if (!member.status().isCurrent()) {
            throw new ValidationException(Problem.of(RegisterField.MEMBER, "validation.register.memberNotCurrent"));
        }
        return member;
    }

    private void platform(Long id, boolean mustBeActive, boolean overseas) {
        Platform platform = reference.platform(id).orElseThrow(() -> new ValidationException(
                Problem.of(RegisterField.PLATFORM, "validation.required")));
        if (mustBeActive && platform.retired()) {
            throw new ValidationException(Problem.of(RegisterField.PLATFORM, "validation.register.platformRetired"));
        }
        if (platform.overseasDefault() && !overseas) {
            throw new ValidationException(Problem.of(RegisterField.PLATFORM, "validation.register.overseasPlatform"));
        }
    }

    private Organisation organisation(long orgId) {
        return organisations.findById(orgId).orElseThrow(() -> new LedgerException("error.org.notFound", orgId));
    }

    /** The audited fields of a register record (no ID numbers here: the member is named by id). */
    /** "已被他人修改": the record as now saved beside the form this user tried to save over an older version. */
    private org.conductledger.model.EditConflictException conflict(long id, RegisterForm form) {
        RegisterRecord current = registers.findById(id).orElseThrow();
        return audit.conflict("register", id, current.version(), fields(current.form()), fields(form));
    }

    private static Map<String, Object> fields(RegisterForm f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("memberId", f.memberId());
        m.put("platformId", f.platformId());
        m.put("overseas", f.overseas());
        m.put("name", f.name());
        m.put("identifier", f.identifier());
        m.put("url", f.url());
        m.put("roleIdentity", f.roleIdentity());
        m.put("purpose", f.purpose());
        m.put("openedOn", f.openedOn());
        m.put("reportedOn", f.reportedOn());
        m.put("categoryId", f.categoryId());
        m.put("memberRole", f.memberRole());
        m.put("groupSize", f.groupSize());
        m.put("accountType", f.accountType());
        m.put("certSubject", f.certSubject());
        m.put("certUscc", f.certUscc());
        m.put("contentArea", f.contentArea());
        m.put("operators", f.operators().stream().map(Operator::name).toList());
        m.put("notes", f.notes());
        return m;
    }
}
