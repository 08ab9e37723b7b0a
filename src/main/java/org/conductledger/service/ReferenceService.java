package org.conductledger.service;

import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.Platform;
import org.conductledger.model.Session;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.ReferenceRepository;
import org.conductledger.store.Transactions;

/**
 * Reference data shared by every organisation (platforms): maintained by 组织部门 users at the root only.
 * Nothing is deleted — a platform no longer offered is retired and stays on the records that name it.
 */
public final class ReferenceService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final ReferenceRepository reference;
    private final OrganisationRepository organisations;
    private final org.conductledger.store.RegulationLibrary regulations;

    public ReferenceService(Session session, AuditLog audit, Transactions transactions, ReferenceRepository reference,
                            OrganisationRepository organisations, org.conductledger.store.RegulationLibrary regulations) {
        this.regulations = regulations;
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.reference = reference;
        this.organisations = organisations;
    }

    public List<Platform> platforms() {
        audit.require(session, Permission.REGISTER_READ);
        return reference.platforms();
    }

    public Platform addPlatform(String code, String name, boolean overseasDefault) {
        requireRootEditor();
        String normalised = normaliseCode(code);
        if (!normalised.matches("[A-Z0-9_]{1,16}") || name == null || name.isBlank() || name.strip().length() > 50) {
            throw new LedgerException("error.reference.platformInput");
        }
        return transactions.inTransaction(() -> {
            if (reference.platformCodeTaken(normalised)) {
                throw new LedgerException("error.reference.codeTaken", normalised);
            }
            long id = reference.addPlatform(normalised, name.strip(), overseasDefault);
            audit.record(session, AuditAction.REFERENCE_CHANGE, "platform", id,
                    "code: " + normalised + "; name: " + name.strip() + "; overseas: " + overseasDefault);
            return reference.platform(id).orElseThrow();
        });
    }

    public Platform setRetired(long platformId, boolean retired) {
        requireRootEditor();
        Platform platform = reference.platform(platformId).orElseThrow(() -> new LedgerException("error.reference.notFound"));
        return transactions.inTransaction(() -> {
            reference.setPlatformRetired(platformId, retired);
            audit.record(session, AuditAction.REFERENCE_CHANGE, "platform", platformId,
                    "retired: " + platform.retired() + " → " + retired);
            return reference.platform(platformId).orElseThrow();
        });
    }

    /** The violation taxonomy, in order (案件承办 and 组织部门 choose from it). */
    public List<org.conductledger.model.ViolationCategory> violationCategories() {
        audit.require(session, Permission.CASE_READ);
        return reference.violationCategories();
    }

    /** The full text of a regulation shipped with the application (public texts: no permission needed). */
    public String regulationText(org.conductledger.model.Regulation regulation) {
        return regulations.text(regulation);
    }

    /**
     * Which articles the violation taxonomy cites (the 法规 window marks them): the categories in use, with their
     * regulation and article only — no case data, so every user may see them.
     */
    public List<org.conductledger.model.ViolationCategory> citations() {
        return reference.violationCategories().stream().filter(v -> !v.retired() && v.article() != null).toList();
    }

    /** The cited article's text, shown beside the category on the case screen. */
    public String articleText(org.conductledger.model.ViolationCategory category) {
        audit.require(session, Permission.CASE_READ);
        return category.article() == null ? "" : regulations.article(category.regulation(), category.article()).orElse("");
    }

    /**
     * Adds a violation category citing {@code article} of {@code regulation} (root 组织部门 only); the article
     * must exist in the shipped text, so the case screen can show it.
     */
    public org.conductledger.model.ViolationCategory addViolationCategory(String code, String name,
                                                                          org.conductledger.model.Regulation regulation,
                                                                          String article) {
        requireRootEditor();
        String normalised = normaliseCode(code);
        if (!normalised.matches("[A-Z0-9_]{1,16}") || name == null || name.isBlank() || name.strip().length() > 100) {
            throw new LedgerException("error.reference.platformInput");
        }
        String cited = article == null || article.isBlank() ? null : article.strip();
        if (regulation != org.conductledger.model.Regulation.NONE
                && (cited == null || regulations.article(regulation, cited).isEmpty())) {
            throw new LedgerException("error.reference.articleNotFound", cited == null ? "" : cited);
        }
        return transactions.inTransaction(() -> {
            if (reference.violationCodeTaken(normalised)) {
                throw new LedgerException("error.reference.codeTaken", normalised);
            }
            long id = reference.addViolationCategory(normalised, name.strip(), regulation, cited);
            audit.record(session, AuditAction.REFERENCE_CHANGE, "violation_category", id,
                    "code: " + normalised + "; name: " + name.strip() + "; article: " + cited);
            return reference.violationCategories().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        });
    }

    public org.conductledger.model.ViolationCategory setViolationRetired(long id, boolean retired) {
        requireRootEditor();
        org.conductledger.model.ViolationCategory category = reference.violationCategories().stream().filter(v -> v.id() == id)
                .findFirst().orElseThrow(() -> new LedgerException("error.reference.notFound"));
        return transactions.inTransaction(() -> {
            reference.setViolationRetired(id, retired);
            audit.record(session, AuditAction.REFERENCE_CHANGE, "violation_category", id,
                    "retired: " + category.retired() + " → " + retired);
            return reference.violationCategories().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        });
    }

    public List<org.conductledger.model.GroupCategory> groupCategories() {
        audit.require(session, Permission.REGISTER_READ);
        return reference.groupCategories();
    }

    public org.conductledger.model.GroupCategory addCategory(String code, String name) {
        requireRootEditor();
        String normalised = normaliseCode(code);
        if (!normalised.matches("[A-Z0-9_]{1,16}") || name == null || name.isBlank() || name.strip().length() > 50) {
            throw new LedgerException("error.reference.platformInput");
        }
        return transactions.inTransaction(() -> {
            if (reference.categoryCodeTaken(normalised)) {
                throw new LedgerException("error.reference.codeTaken", normalised);
            }
            long id = reference.addCategory(normalised, name.strip());
            audit.record(session, AuditAction.REFERENCE_CHANGE, "group_category", id, "code: " + normalised + "; name: " + name.strip());
            return category(id);
        });
    }

    public org.conductledger.model.GroupCategory setCategoryRetired(long id, boolean retired) {
        requireRootEditor();
        org.conductledger.model.GroupCategory category = category(id);
        return transactions.inTransaction(() -> {
            reference.setCategoryRetired(id, retired);
            audit.record(session, AuditAction.REFERENCE_CHANGE, "group_category", id,
                    "retired: " + category.retired() + " → " + retired);
            return category(id);
        });
    }

    private org.conductledger.model.GroupCategory category(long id) {
        return reference.groupCategories().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new LedgerException("error.reference.notFound"));
    }

    static String normaliseCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private void requireRootEditor() {
        audit.require(session, Permission.REFERENCE_MANAGE);
        Organisation own = organisations.findById(session.orgId()).orElseThrow();
        if (own.parentId() != null) {
            throw new LedgerException("error.reference.rootOnly");
        }
    }
}
