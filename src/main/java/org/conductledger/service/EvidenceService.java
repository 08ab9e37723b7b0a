package org.conductledger.service;

import java.util.List;
import org.conductledger.model.AuditAction;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Permission;
import org.conductledger.model.Problem;
import org.conductledger.model.Session;
import org.conductledger.model.ValidationException;
import org.conductledger.store.CaseRepository;
import org.conductledger.store.SettingRepository;
import org.conductledger.store.Transactions;

/**
 * Evidence of a case: files kept in the encrypted database with their SHA-256 (checked on reading), web
 * addresses, capture time and person, withdrawal with a reason — never edited or deleted. Who may see a case
 * (scope, conflict of interest) is decided by {@link CaseService#get}, which every path here goes through.
 */
public final class EvidenceService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final CaseRepository cases;
    private final SettingRepository settings;
    private final CaseService caseFiles;

    public EvidenceService(Session session, AuditLog audit, Transactions transactions, CaseRepository cases,
                           SettingRepository settings, CaseService caseFiles) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.cases = cases;
        this.settings = settings;
        this.caseFiles = caseFiles;
    }

    /** The largest evidence file accepted, in megabytes (a ledger setting; 50 by default). */
    public int maxEvidenceMegabytes() {
        return settings.get("evidence.maxMegabytes").map(Integer::parseInt).orElse(50);
    }

    /**
     * Adds a file. It is read once (never more than the limit plus one byte), hashed (SHA-256) and kept in the
     * encrypted database; {@code originalName} is kept as text only and never used as a path.
     */
    public org.conductledger.model.Evidence addFile(long caseId, String originalName, java.io.InputStream in,
                                                    java.time.Instant capturedAt, String capturedBy) {
        audit.require(session, Permission.CASE_WRITE);
        caseFiles.get(caseId);
        String title = safeTitle(originalName == null ? "" : originalName);
        requireOpen(caseId);
        long limit = maxEvidenceMegabytes() * 1024L * 1024L;
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (java.io.IOException e) {
            throw new LedgerException(e, "error.evidence.read", title);
        }
        if (content.length > limit) {
            throw new ValidationException(Problem.of(null, "validation.evidence.tooLarge", title, maxEvidenceMegabytes()));
        }
        if (content.length == 0) {
            throw new ValidationException(Problem.of(null, "validation.evidence.empty", title));
        }
        requireCapture(capturedAt, capturedBy);
        String sha256 = sha256(content);
        String mediaType = mediaType(title);
        return transactions.inTransaction(() -> {
            long id = cases.addFile(caseId, title, content, sha256, mediaType, capturedAt, capturedBy.strip(), session.userId());
            audit.record(session, AuditAction.EVIDENCE_ADD, "case", caseId,
                    "evidence: " + id + "; sha256: " + sha256 + "; size: " + content.length);
            return evidence(caseId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        });
    }

    public org.conductledger.model.Evidence addUrl(long caseId, String title, String url, java.time.Instant capturedAt,
                                                   String capturedBy) {
        audit.require(session, Permission.CASE_WRITE);
        caseFiles.get(caseId);
        requireOpen(caseId);
        if (url == null || !org.conductledger.model.RegisterRules.isWebAddress(url.strip()) || url.strip().length() > 1000) {
            throw new ValidationException(Problem.of(null, "validation.register.url"));
        }
        requireCapture(capturedAt, capturedBy);
        String shown = title == null || title.isBlank() ? url.strip() : safeTitle(title);
        return transactions.inTransaction(() -> {
            long id = cases.addUrl(caseId, shown, url.strip(), capturedAt, capturedBy.strip(), session.userId());
            audit.record(session, AuditAction.EVIDENCE_ADD, "case", caseId, "evidence: " + id + "; url: " + url.strip());
            return evidence(caseId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        });
    }

    public List<org.conductledger.model.Evidence> evidence(long caseId) {
        caseFiles.get(caseId);
        return cases.evidence(caseId);
    }

    /** A file's bytes, to preview or to open from a temporary copy; the hash is checked on the way out. */
    public byte[] evidenceContent(long caseId, long evidenceId) {
        org.conductledger.model.Evidence e = evidence(caseId).stream().filter(x -> x.id() == evidenceId).findFirst()
                .orElseThrow(() -> new LedgerException("error.evidence.notFound"));
        byte[] content = cases.content(evidenceId).orElseThrow(() -> new LedgerException("error.evidence.notFound"));
        if (!sha256(content).equals(e.sha256())) {
            throw new LedgerException("error.evidence.hashMismatch", e.title());
        }
        return content;
    }

    /** Withdraws a piece of evidence (it stays on record, marked, with the reason). */
    public void withdrawEvidence(long caseId, long evidenceId, String reason) {
        audit.require(session, Permission.CASE_WRITE);
        org.conductledger.model.Evidence e = evidence(caseId).stream().filter(x -> x.id() == evidenceId).findFirst()
                .orElseThrow(() -> new LedgerException("error.evidence.notFound"));
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(Problem.of(null, "validation.evidence.withdrawReason"));
        }
        if (e.withdrawn()) {
            throw new ValidationException(Problem.of(null, "validation.evidence.alreadyWithdrawn"));
        }
        transactions.run(() -> {
            cases.withdraw(evidenceId, reason);
            audit.record(session, AuditAction.EVIDENCE_WITHDRAW, "case", caseId, "evidence: " + evidenceId + "; reason: "
                    + reason.strip());
        });
    }

    private void requireOpen(long caseId) {
        if (cases.findById(caseId).map(c -> c.stage().isTerminal()).orElse(false)) {
            throw new ValidationException(Problem.of(null, "validation.case.closedForEvidence"));
        }
    }

    private void requireCapture(java.time.Instant capturedAt, String capturedBy) {
        if (capturedAt == null || capturedAt.isAfter(java.time.Instant.now().plusSeconds(60))
                || capturedBy == null || capturedBy.isBlank() || capturedBy.strip().length() > 50) {
            throw new ValidationException(Problem.of(null, "validation.evidence.capture"));
        }
    }

    /** The name as text: path separators and control characters removed, at most 255 characters. */
    static String safeTitle(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            base = "-";
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static String mediaType(String title) {
        String lower = title.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
