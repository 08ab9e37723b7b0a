package org.conductledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conductledger.model.CaseRegisterEntry;
import org.conductledger.model.CommendationRegisterEntry;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OutcomeRegisterEntry;
import org.conductledger.model.Permission;
import org.conductledger.model.RegisterEntry;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.RegisterStatus;
import org.conductledger.model.ReportingDeadline;
import org.conductledger.model.Session;
import org.conductledger.store.CaseRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.OutcomeRepository;
import org.conductledger.store.RecognitionRepository;
import org.conductledger.store.RegisterRepository;
import org.conductledger.store.Transactions;

/**
 * What the registers (台账) of an organisation's subtree hold for a period — the definitions an organisation
 * department works with (README「台账的口径」), both ends of the period inclusive:
 * <ul>
 *   <li><b>accounts, groups, filings</b>: every record (newest version of a filing) that existed at some time in
 *       the period — opened on or before its last day and not closed before its first — with its status as it
 *       stood on the last day (from the status history) and its timeliness judged on that day (a report made
 *       after the period counts as not yet made). Ordered by organisation, then opening date.</li>
 *   <li><b>cases</b>: cases received (受理) in the period, with their current stage; never the reporter.
 *       A case about the user shows only that it exists.</li>
 *   <li><b>outcomes</b>: decisions dated (决定日期) in the period, whatever their status now.</li>
 *   <li><b>commendations</b>: commendations awarded in the period.</li>
 * </ul>
 * Decisions and commendations follow the member's current organisation, as everywhere in the ledger.
 * An open start means "since the ledger began", an open end "up to today". Each register is read in one
 * transaction with a fixed number of queries (a few, whatever the number of rows); each checks the
 * session's permission, and every query is confined to the session's subtree.
 */
public final class RegisterReportService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final OrganisationRepository organisations;
    private final RegisterRepository registers;
    private final CaseRepository cases;
    private final OutcomeRepository outcomes;
    private final RecognitionRepository recognition;
    private final RegisterService registerService;
    private final Clock clock;

    public RegisterReportService(Session session, AuditLog audit, Transactions transactions,
                                 OrganisationRepository organisations, RegisterRepository registers, CaseRepository cases,
                                 OutcomeRepository outcomes, RecognitionRepository recognition,
                                 RegisterService registerService, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.organisations = organisations;
        this.registers = registers;
        this.cases = cases;
        this.outcomes = outcomes;
        this.recognition = recognition;
        this.registerService = registerService;
        this.clock = clock;
    }

    /** Today, the end of an open-ended period. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether {@link #records} may be read (the check it makes). */
    public boolean mayReadRecords() {
        return session.has(Permission.REGISTER_READ);
    }

    /** Whether {@link #cases} may be read. */
    public boolean mayReadCases() {
        return session.has(Permission.CASE_READ);
    }

    /** Whether {@link #outcomes} may be read. */
    public boolean mayReadOutcomes() {
        return session.has(Permission.MEMBER_READ) || session.has(Permission.CASE_READ);
    }

    /** Whether {@link #commendations} may be read. */
    public boolean mayReadCommendations() {
        return session.has(Permission.MEMBER_READ);
    }

    /** The account, group or filing register of {@code orgId}'s subtree for {@code period}. */
    public List<RegisterEntry> records(RegisterKind kind, long orgId, RegisterPeriod period) {
        audit.require(session, Permission.REGISTER_READ);
        LocalDate end = period.endOr(today());
        ReportingDeadline deadline = registerService.deadline();
        return transactions.inTransaction(() -> {
            Organisation org = organisation(orgId);
            List<RegisterRecord> found = registers.existedIn(kind, org, period.from(), end);
            Map<Long, Map.Entry<RegisterStatus, LocalDate>> status = registers.statusOn(kind, org, period.from(), end, end);
            Map<Long, Integer> treeOrder = treeOrder();
            return found.stream()
                    .sorted(Comparator.comparing((RegisterRecord r) -> treeOrder.getOrDefault(r.orgId(), Integer.MAX_VALUE))
                            .thenComparing(r -> r.form().openedOn()).thenComparing(RegisterRecord::id))
                    .map(r -> {
                        Map.Entry<RegisterStatus, LocalDate> atEnd = status.get(r.id());
                        LocalDate reported = r.firstReportedOn() != null && !r.firstReportedOn().isAfter(end)
                                ? r.firstReportedOn() : null;
                        return new RegisterEntry(r, atEnd == null ? null : atEnd.getKey(),
                                atEnd == null ? null : atEnd.getValue(), deadline.assess(r.form().openedOn(), reported, end));
                    })
                    .toList();
        });
    }

    /** The case register: cases received in the period; reporter identity never included. */
    public List<CaseRegisterEntry> cases(long orgId, RegisterPeriod period) {
        audit.require(session, Permission.CASE_READ);
        return transactions.inTransaction(() -> cases.receivedBetween(organisation(orgId), period.from(), period.to())
                .stream().map(c -> isSubject(c) ? c.restrictedView() : c).toList());
    }

    /** The decisions register: decisions dated in the period (any status). */
    public List<OutcomeRegisterEntry> outcomes(long orgId, RegisterPeriod period) {
        if (!session.has(Permission.MEMBER_READ) && !session.has(Permission.CASE_READ)) {
            audit.require(session, Permission.MEMBER_READ);
        }
        return transactions.inTransaction(() -> outcomes.decidedBetween(organisation(orgId).path(), period.from(),
                period.to()));
    }

    /** The commendations register: commendations awarded in the period. */
    public List<CommendationRegisterEntry> commendations(long orgId, RegisterPeriod period) {
        audit.require(session, Permission.MEMBER_READ);
        return transactions.inTransaction(() -> recognition.commendationsBetween(organisation(orgId).path(),
                period.from(), period.to()));
    }

    /** A user named as a subject sees only that the case exists (conflict of interest, as in {@link CaseService}). */
    private boolean isSubject(CaseRegisterEntry c) {
        return session.memberId() != null && c.subjects().stream().anyMatch(s -> s.memberId() == session.memberId());
    }

    /** Organisations in tree order (parents before children), by id. */
    private Map<Long, Integer> treeOrder() {
        Map<Long, Integer> order = new HashMap<>();
        for (Organisation o : organisations.findAll()) {
            order.put(o.id(), order.size());
        }
        return order;
    }

    private Organisation organisation(long orgId) {
        return organisations.findById(orgId).orElseThrow(() -> new LedgerException("error.org.notFound", orgId));
    }
}
