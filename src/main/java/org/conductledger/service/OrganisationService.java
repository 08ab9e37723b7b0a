package org.conductledger.service;

import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.ChangeSummary;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationField;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.Session;
import org.conductledger.model.ValidationException;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.Transactions;

/**
 * Use cases of the organisation tree: create, edit, move, deactivate. Each is one transaction with its
 * audit entry; each checks the user's permission, and the repository confines it to the user's subtree.
 */
public final class OrganisationService {

    private final Session session;
    private final Transactions transactions;
    private final OrganisationRepository organisations;
    private final OrganisationRules rules;
    private final AuditLog audit;

    public OrganisationService(Session session, Transactions transactions, OrganisationRepository organisations,
                               OrganisationRules rules, AuditLog audit) {
        this.session = session;
        this.transactions = transactions;
        this.organisations = organisations;
        this.rules = rules;
        this.audit = audit;
    }

    /** Every organisation in the user's subtree, ordered so that a parent comes before its children. */
    public List<Organisation> all() {
        audit.require(session, Permission.ORG_READ);
        return organisations.findAll();
    }

    /**
     * How many current members each organisation in scope has directly (absent: none) — a count, not the
     * members, but still member information: it needs MEMBER_READ.
     */
    public java.util.Map<Long, Integer> currentMemberCounts() {
        audit.require(session, Permission.ORG_READ);
        audit.require(session, Permission.MEMBER_READ);
        return organisations.currentMemberCounts();
    }

    public Organisation get(long id) {
        audit.require(session, Permission.ORG_READ);
        return organisations.findById(id).orElseThrow(() -> new LedgerException("error.org.notFound", id));
    }

    /** The user's own organisation: the top of everything they may see. */
    public Organisation own() {
        return get(session.orgId());
    }

    /** The organisation with {@code code} (any case, surrounding blanks ignored) in the user's subtree. */
    public Organisation byCode(String code) {
        audit.require(session, Permission.ORG_READ);
        String normalised = OrganisationRules.normaliseCode(code);
        return organisations.findByCode(normalised)
                .orElseThrow(() -> new LedgerException("error.org.codeNotFound", normalised));
    }

    /** Creates an organisation under {@code parentId} (roots are created only when the ledger is initialised). */
    public Organisation create(Long parentId, OrganisationForm input) {
        audit.require(session, Permission.ORG_WRITE);
        OrganisationForm form = normalised(input);
        return transactions.inTransaction(() -> {
            throwIfInvalid(rules.validate(form));
            if (parentId == null) {
                throw new ValidationException(Problem.of(OrganisationField.PARENT, "validation.required"));
            }
            Organisation parent = get(parentId);
            if (!parent.active()) {
                throw new ValidationException(Problem.of(OrganisationField.PARENT, "validation.org.inactiveParent"));
            }
            throwIfInvalid(OrganisationRules.checkPlacement(parent.type(), form.type()));
            requireUniqueCode(form.code(), null);
            if (form.secretaryId() != null) {     // a new organisation has nobody on its roll yet
                throw new ValidationException(Problem.of(OrganisationField.SECRETARY, "validation.org.secretaryNotMember"));
            }
            Organisation created = get(organisations.insert(form, parent));
            audit.record(session, AuditAction.CREATE, "organisation", created.id(), ChangeSummary.created(ChangeSummary.of(created)));
            return created;
        });
    }

    public Organisation update(long id, int version, OrganisationForm input) {
        audit.require(session, Permission.ORG_WRITE);
        OrganisationForm form = normalised(input);
        return transactions.inTransaction(() -> {
            throwIfInvalid(rules.validate(form));
            Organisation existing = get(id);
            if (existing.parentId() != null && organisations.findById(existing.parentId()).isPresent()) {
                throwIfInvalid(OrganisationRules.checkPlacement(get(existing.parentId()).type(), form.type()));
            }
            if (form.type() != existing.type() && form.type().isBranch() && organisations.countActiveDescendants(existing) > 0) {
                throw new ValidationException(Problem.of(OrganisationField.TYPE, "validation.org.branchWithChildren"));
            }
            requireUniqueCode(form.code(), id);
            // The secretary is one of the organisation's own current members (as the form offers them).
            if (form.secretaryId() != null && !form.secretaryId().equals(existing.secretaryId())
                    && !organisations.isCurrentMemberOf(form.secretaryId(), id)) {
                throw new ValidationException(Problem.of(OrganisationField.SECRETARY, "validation.org.secretaryNotMember"));
            }
            if (!organisations.update(id, version, form)) {
                Organisation current = get(id);
                java.util.Map<String, Object> mine = new java.util.LinkedHashMap<>(ChangeSummary.of(current));
                mine.put("code", form.code());
                mine.put("name", form.name());
                mine.put("type", form.type());
                mine.put("establishedOn", form.establishedOn());
                throw audit.conflict("organisation", id, current.version(), ChangeSummary.of(current), mine);
            }
            Organisation saved = get(id);
            audit.record(session, AuditAction.UPDATE, "organisation", id,
                    ChangeSummary.changed(ChangeSummary.of(existing), ChangeSummary.of(saved)));
            return saved;
        });
    }

    /** Moves {@code id} and its whole subtree under {@code newParentId}; a cycle is refused. */
    public Organisation move(long id, long newParentId) {
        audit.require(session, Permission.ORG_WRITE);
        return transactions.inTransaction(() -> {
            Organisation org = get(id);
            Organisation newParent = get(newParentId);
            if (org.id() == session.orgId()) {
                throw new LedgerException("error.org.moveOwnRoot");
            }
            throwIfInvalid(OrganisationRules.checkMove(org, newParent));
            if (!newParent.active()) {
                throw new ValidationException(Problem.of(OrganisationField.PARENT, "validation.org.inactiveParent"));
            }
            organisations.move(org, newParent);
            Organisation moved = get(id);
            audit.record(session, AuditAction.MOVE, "organisation", id,
                    "parentId: " + org.parentId() + " → " + newParent.id());
            return moved;
        });
    }

    /**
     * Deactivates an organisation. It is never deleted (records refer to it); it must first be emptied of
     * current members and active sub-organisations so nobody is left in a hidden organisation.
     */
    public Organisation deactivate(long id) {
        audit.require(session, Permission.ORG_WRITE);
        return transactions.inTransaction(() -> {
            checkDeactivation(id);
            organisations.setActive(id, false);
            audit.record(session, AuditAction.DEACTIVATE, "organisation", id, null);
            return get(id);
        });
    }

    /** Throws the reason {@code id} cannot be deactivated, if there is one (asked before confirming). */
    public void checkDeactivation(long id) {
        audit.require(session, Permission.ORG_WRITE);
        transactions.run(() -> {
            Organisation org = get(id);
            if (org.parentId() == null || org.id() == session.orgId()) {
                throw new LedgerException("error.org.deactivateRoot");
            }
            int members = organisations.countCurrentMembers(id);
            if (members > 0) {
                throw new LedgerException("error.org.deactivateHasMembers", org.name(), members);
            }
            int children = organisations.countActiveDescendants(org);
            if (children > 0) {
                throw new LedgerException("error.org.deactivateHasChildren", org.name(), children);
            }
        });
    }

    public Organisation reactivate(long id) {
        audit.require(session, Permission.ORG_WRITE);
        return transactions.inTransaction(() -> {
            Organisation org = get(id);
            if (org.parentId() != null && organisations.findById(org.parentId()).map(p -> !p.active()).orElse(false)) {
                throw new LedgerException("error.org.reactivateUnderInactive", org.name());
            }
            organisations.setActive(id, true);
            audit.record(session, AuditAction.REACTIVATE, "organisation", id, null);
            return get(id);
        });
    }

    private void requireUniqueCode(String code, Long exceptId) {
        if (organisations.codeTakenAnywhere(code, exceptId)) {
            // Name the holder only when the user may see it.
            String holder = organisations.findByCode(code).filter(o -> exceptId == null || o.id() != exceptId)
                    .map(Organisation::name).orElse(null);
            throw new ValidationException(holder == null
                    ? Problem.of(OrganisationField.CODE, "validation.org.duplicateCodeElsewhere")
                    : Problem.of(OrganisationField.CODE, "validation.org.duplicateCode", holder));
        }
    }

    private static OrganisationForm normalised(OrganisationForm form) {
        return new OrganisationForm(form.name() == null ? null : form.name().strip(),
                OrganisationRules.normaliseCode(form.code()), form.type(), form.establishedOn(), form.secretaryId());
    }

    static void throwIfInvalid(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
