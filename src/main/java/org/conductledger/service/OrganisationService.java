package org.conductledger.service;

import java.util.List;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationField;
import org.conductledger.model.OrganisationForm;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.Transactions;

/** Use cases of the organisation tree: create, edit, move, deactivate. Each is one transaction. */
public final class OrganisationService {

    private final Transactions transactions;
    private final OrganisationRepository organisations;
    private final OrganisationRules rules;

    public OrganisationService(Transactions transactions, OrganisationRepository organisations, OrganisationRules rules) {
        this.transactions = transactions;
        this.organisations = organisations;
        this.rules = rules;
    }

    /** Every organisation, ordered so that a parent comes before its children. */
    public List<Organisation> all() {
        return organisations.findAll();
    }

    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> new LedgerException("error.org.notFound", id));
    }

    /** Creates an organisation under {@code parentId}, or a root when {@code parentId} is null. */
    public Organisation create(Long parentId, OrganisationForm input) {
        OrganisationForm form = normalised(input);
        return transactions.inTransaction(() -> {
            throwIfInvalid(rules.validate(form));
            Organisation parent = parentId == null ? null : get(parentId);
            if (parent != null && !parent.active()) {
                throw new ValidationException(Problem.of(OrganisationField.PARENT, "validation.org.inactiveParent"));
            }
            if (parent != null) {
                throwIfInvalid(OrganisationRules.checkPlacement(parent.type(), form.type()));
            }
            requireUniqueCode(form.code(), null);
            return get(organisations.insert(form, parent));
        });
    }

    public Organisation update(long id, int version, OrganisationForm input) {
        OrganisationForm form = normalised(input);
        return transactions.inTransaction(() -> {
            throwIfInvalid(rules.validate(form));
            Organisation existing = get(id);
            if (existing.parentId() != null) {
                throwIfInvalid(OrganisationRules.checkPlacement(get(existing.parentId()).type(), form.type()));
            }
            if (form.type() != existing.type() && form.type().isBranch() && organisations.countActiveDescendants(existing) > 0) {
                throw new ValidationException(Problem.of(OrganisationField.TYPE, "validation.org.branchWithChildren"));
            }
            requireUniqueCode(form.code(), id);
            if (!organisations.update(id, version, form)) {
                throw new LedgerException("error.concurrentModification");
            }
            return get(id);
        });
    }

    /** Moves {@code id} and its whole subtree under {@code newParentId}; a cycle is refused. */
    public Organisation move(long id, long newParentId) {
        return transactions.inTransaction(() -> {
            Organisation org = get(id);
            Organisation newParent = get(newParentId);
            throwIfInvalid(OrganisationRules.checkMove(org, newParent));
            if (!newParent.active()) {
                throw new ValidationException(Problem.of(OrganisationField.PARENT, "validation.org.inactiveParent"));
            }
            organisations.move(org, newParent);
            return get(id);
        });
    }

    /**
     * Deactivates an organisation. It is never deleted (records refer to it); it must first be emptied of
     * current members and active sub-organisations so nobody is left in a hidden organisation.
     */
    public Organisation deactivate(long id) {
        return transactions.inTransaction(() -> {
            checkDeactivation(id);
            organisations.setActive(id, false);
            return get(id);
        });
    }

    /** Throws the reason {@code id} cannot be deactivated, if there is one (asked before confirming). */
    public void checkDeactivation(long id) {
        transactions.run(() -> {
            Organisation org = get(id);
            if (org.parentId() == null) {
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
        return transactions.inTransaction(() -> {
            Organisation org = get(id);
            if (org.parentId() != null && !get(org.parentId()).active()) {
                throw new LedgerException("error.org.reactivateUnderInactive", org.name());
            }
            organisations.setActive(id, true);
            return get(id);
        });
    }

    private void requireUniqueCode(String code, Long exceptId) {
        organisations.findByCode(code)
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    throw new ValidationException(
                            Problem.of(OrganisationField.CODE, "validation.org.duplicateCode", existing.name()));
                });
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
