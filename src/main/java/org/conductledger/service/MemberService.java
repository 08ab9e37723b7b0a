package org.conductledger.service;

import java.time.LocalDate;
import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.ChangeSummary;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Permission;
import org.conductledger.model.Session;
import org.conductledger.model.Member;
import org.conductledger.model.MemberChangeRules;
import org.conductledger.model.MemberField;
import org.conductledger.model.MemberForm;
import org.conductledger.model.MemberHistoryEntry;
import org.conductledger.model.MemberRules;
import org.conductledger.model.MemberStatus;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;
import org.conductledger.store.MemberHistoryRepository;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.Transactions;

/**
 * Use cases of the member roster. Every write is one transaction with its audit entry; invalid input
 * saves nothing; every call checks the user's permission and the repositories confine it to their subtree.
 */
public final class MemberService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final MemberHistoryRepository history;
    private final MemberRules rules;
    private final MemberChangeRules changeRules;

    public MemberService(Session session, Transactions transactions, MemberRepository members,
                         OrganisationRepository organisations, MemberHistoryRepository history, MemberRules rules,
                         MemberChangeRules changeRules, AuditLog audit) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.members = members;
        this.organisations = organisations;
        this.history = history;
        this.rules = rules;
        this.changeRules = changeRules;
    }

    public List<MemberSummary> roster(long orgId, boolean includeSubtree, boolean includeFormer) {
        audit.require(session, Permission.MEMBER_READ);
        Organisation org = organisation(orgId);
        return members.roster(org, includeSubtree, includeFormer);
    }

    public Member get(long id) {
        audit.require(session, Permission.MEMBER_READ);
        return members.findById(id).orElseThrow(() -> new LedgerException("error.member.notFound", id));
    }

    public List<MemberHistoryEntry> history(long memberId) {
        get(memberId);   // permission and scope
        return history.history(memberId);
    }

    /** Problems with {@code form} that need no database; the form shows them while the user types. */
    public List<Problem> check(MemberForm form) {
        return rules.validate(form.normalised());
    }

    /** Plausibility hints that do not block saving. */
    public List<Problem> warnings(MemberForm form) {
        return rules.warnings(form.normalised());
    }

    /** The current member holding {@code idNumber}, if the user may see them (imports find members this way). */
    public java.util.Optional<Member> currentByIdNumber(String idNumber) {
        audit.require(session, Permission.MEMBER_READ);
        return members.findCurrentByIdNumberAnywhere(idNumber).flatMap(m -> members.findById(m.id()));
    }

    /** Whether the member is the recorded secretary of the organisation they belong to. */
    public boolean isSecretaryOfOwnOrganisation(long memberId) {
        Member member = get(memberId);   // permission and scope
        return organisations.findById(member.orgId()).map(o -> Long.valueOf(member.id()).equals(o.secretaryId())).orElse(false);
    }

    public Member create(MemberForm input) {
        audit.require(session, Permission.MEMBER_WRITE);
        MemberForm form = input.normalised();
        return transactions.inTransaction(() -> {
            validate(form, null);
            Member created = get(members.insert(form));
            audit.record(session, AuditAction.CREATE, "member", created.id(), ChangeSummary.created(ChangeSummary.of(created)));
            return created;
        });
    }

    /**
     * Creates many members at once (an import), each checked exactly as {@link #create} checks one — the rules, the
     * organisation in scope and active, the managing organisation, the ID number not held by a current member nor by
     * an earlier form of the same batch — and, when none has a problem and {@code write} is set, written as batches
     * with a CREATE audit entry each, inside the caller's transaction. Returns the problems by the form's index
     * (nothing is written when there are any).
     */
    public java.util.SortedMap<Integer, List<Problem>> createAll(List<MemberForm> inputs, boolean write) {
        audit.require(session, Permission.MEMBER_WRITE);
        List<MemberForm> forms = inputs.stream().map(MemberForm::normalised).toList();
        return transactions.inTransaction(() -> {
            java.util.SortedMap<Integer, List<Problem>> problems = new java.util.TreeMap<>();
            java.util.Map<Long, Organisation> inScope = new java.util.HashMap<>();
            organisations.findAll().forEach(o -> inScope.put(o.id(), o));
            java.util.Map<String, Member> holders = members.currentHoldersAnywhere(forms.stream().map(MemberForm::idNumber)
                    .filter(id -> id != null && org.conductledger.model.IdNumber.isValid(id)).collect(java.util.stream.Collectors.toSet()));
            java.util.Map<String, MemberForm> earlier = new java.util.HashMap<>();
            for (int i = 0; i < forms.size(); i++) {
                List<Problem> found = problemsOf(forms.get(i), inScope, holders, earlier);
                if (found.isEmpty()) {
                    earlier.put(forms.get(i).idNumber(), forms.get(i));
                } else {
                    problems.put(i, found);
                }
            }
            if (!problems.isEmpty() || !write || forms.isEmpty()) {
                return problems;
            }
            long[] ids = members.insertAll(forms);
            List<AuditLog.Item> entries = new java.util.ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                MemberForm f = forms.get(i);
                Member created = new Member(ids[i], f.name(), f.gender(), f.idNumber(), f.ethnicity(), f.birthDate(), f.category(),
                        f.joinedOn(), f.confirmedOn(), f.orgId(), f.workUnitPost(), f.cadre(), f.rank(), f.managingOrgId(), f.phone(),
                        MemberStatus.NORMAL, 0);
                entries.add(new AuditLog.Item(ids[i], ChangeSummary.created(ChangeSummary.of(created))));
            }
            audit.recordAll(session, AuditAction.CREATE, "member", entries);
            return problems;
        });
    }

    /** What {@link #validate} would refuse in {@code form}, from what a batch has looked up once. */
    private List<Problem> problemsOf(MemberForm form, java.util.Map<Long, Organisation> inScope, java.util.Map<String, Member> holders,
                                     java.util.Map<String, MemberForm> earlier) {
        List<Problem> rule = rules.validate(form);
        if (!rule.isEmpty()) {
            return rule;
        }
        Organisation org = inScope.get(form.orgId());
        if (org == null) {
            return List.of(Problem.of(null, "error.org.notFound", form.orgId()));
        }
        if (!org.active()) {
            return List.of(Problem.of(MemberField.ORGANISATION, "validation.member.inactiveOrganisation"));
        }
        if (form.managingOrgId() != null && !inScope.containsKey(form.managingOrgId())) {
            return List.of(Problem.of(null, "error.org.notFound", form.managingOrgId()));
        }
        Member holder = holders.get(form.idNumber());
        if (holder != null) {
            Organisation visible = inScope.get(holder.orgId());
            return List.of(visible == null ? Problem.of(MemberField.ID_NUMBER, "validation.member.duplicateIdNumberElsewhere")
                    : Problem.of(MemberField.ID_NUMBER, "validation.member.duplicateIdNumber", holder.name(), visible.name()));
        }
        MemberForm first = earlier.get(form.idNumber());
        if (first != null) {
            return List.of(Problem.of(MemberField.ID_NUMBER, "validation.member.duplicateIdNumber", first.name(),
                    inScope.get(first.orgId()).name()));
        }
        return List.of();
    }

    public Member update(long id, int version, MemberForm input) {
        audit.require(session, Permission.MEMBER_WRITE);
        MemberForm form = input.normalised();
        return transactions.inTransaction(() -> {
            Member existing = get(id);
            if (form.orgId() != null && form.orgId() != existing.orgId()) {
                // Moving between organisations is a transfer, with its own date and history line.
                throw new ValidationException(Problem.of(MemberField.ORGANISATION, "validation.member.useTransfer"));
            }
            validate(form, id);
            if (!members.update(id, version, form, existing.status())) {
                throw conflict(existing, form);
            }
            Member saved = get(id);
            audit.record(session, AuditAction.UPDATE, "member", id,
                    ChangeSummary.changed(ChangeSummary.of(existing), ChangeSummary.of(saved)));
            return saved;
        });
    }

    /** "已被他人修改": the member as now saved beside the form this user tried to save over an older version. */
    private org.conductledger.model.EditConflictException conflict(Member current, MemberForm form) {
        return audit.conflict("member", current.id(), current.version(), editable(current), editable(new Member(current.id(),
                form.name(), form.gender(), form.idNumber(), form.ethnicity(), form.birthDate(), form.category(), form.joinedOn(),
                form.confirmedOn(), current.orgId(), form.workUnitPost(), form.cadre(), form.rank(), form.managingOrgId(),
                form.phone(), current.status(), current.version())));
    }

    /** The fields a member form edits, the telephone number shown (this is the user's own screen, not the log). */
    private static java.util.Map<String, Object> editable(Member m) {
        java.util.Map<String, Object> fields = ChangeSummary.of(m);
        fields.put("phone", m.phone());
        fields.remove("orgId");
        fields.remove("status");
        return fields;
    }

    public Member transfer(long id, int version, Long targetOrgId, LocalDate date, String reason) {
        audit.require(session, Permission.MEMBER_WRITE);
        String cleanReason = clean(reason);
        return transactions.inTransaction(() -> {
            Member member = get(id);
            Organisation target = targetOrgId == null ? null : organisation(targetOrgId);
            OrganisationService.throwIfInvalid(changeRules.checkTransfer(member, target, date, cleanReason));
            if (!members.moveToOrganisation(id, version, target.id())) {
                throw new LedgerException("error.concurrentModification");
            }
            history.recordTransfer(id, member.orgId(), target.id(), date, cleanReason);
            organisations.clearSecretary(member.orgId(), id);   // a secretary who leaves is no longer its secretary
            audit.record(session, AuditAction.TRANSFER, "member", id,
                    "orgId: " + member.orgId() + " → " + target.id() + "; date: " + date);
            return get(id);
        });
    }

    public Member changeStatus(long id, int version, MemberStatus status, LocalDate date, String reason) {
        audit.require(session, Permission.MEMBER_WRITE);
        String cleanReason = clean(reason);
        return transactions.inTransaction(() -> {
            Member member = get(id);
            OrganisationService.throwIfInvalid(changeRules.checkStatusChange(member, status, date, cleanReason));
            if (status.isCurrent() && !member.status().isCurrent()) {
                requireUniqueIdNumber(member.idNumber(), id);
            }
            if (!members.changeStatus(id, version, status)) {
                throw new LedgerException("error.concurrentModification");
            }
            history.recordStatusChange(id, member.status(), status, date, cleanReason);
            if (!status.isCurrent()) {
                organisations.clearSecretary(member.orgId(), id);
            }
            audit.record(session, AuditAction.STATUS_CHANGE, "member", id,
                    "status: " + member.status() + " → " + status + "; date: " + date);
            return get(id);
        });
    }

    private void validate(MemberForm form, Long exceptId) {
        OrganisationService.throwIfInvalid(rules.validate(form));
        Organisation org = organisation(form.orgId());
        if (exceptId == null && !org.active()) {
            throw new ValidationException(Problem.of(MemberField.ORGANISATION, "validation.member.inactiveOrganisation"));
        }
        if (form.managingOrgId() != null) {
            organisation(form.managingOrgId());
        }
        requireUniqueIdNumber(form.idNumber(), exceptId);
    }

    private void requireUniqueIdNumber(String idNumber, Long exceptId) {
        members.findCurrentByIdNumberAnywhere(idNumber)
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    // Name the holder only when the user may see them; otherwise say only that it is taken.
                    Problem problem = members.findById(existing.id())
                            .map(visible -> Problem.of(MemberField.ID_NUMBER, "validation.member.duplicateIdNumber",
                                    visible.name(), organisations.findById(visible.orgId()).map(Organisation::name).orElse("")))
                            .orElse(Problem.of(MemberField.ID_NUMBER, "validation.member.duplicateIdNumberElsewhere"));
                    throw new ValidationException(problem);
                });
    }

    private Organisation organisation(long id) {
        return organisations.findById(id).orElseThrow(() -> new LedgerException("error.org.notFound", id));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
