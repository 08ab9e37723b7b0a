package org.conductledger.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.conductledger.model.AuditAction;
import org.conductledger.model.ConfirmationRound;
import org.conductledger.model.LedgerException;
import org.conductledger.model.MemberSummary;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.RoundMember;
import org.conductledger.model.Session;
import org.conductledger.store.ConfirmationRepository;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.RegisterRepository;
import org.conductledger.store.Transactions;

/**
 * 年审 (annual re-confirmation): an organisation opens a round for a year; every member holding open
 * records confirms them; the round shows who has and who has not; closing it is audited.
 */
public final class ConfirmationService {

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final ConfirmationRepository rounds;
    private final RegisterRepository registers;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final Clock clock;

    public ConfirmationService(Session session, AuditLog audit, Transactions transactions, ConfirmationRepository rounds,
                               RegisterRepository registers, MemberRepository members, OrganisationRepository organisations,
                               Clock clock) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.rounds = rounds;
        this.registers = registers;
        this.members = members;
        this.organisations = organisations;
        this.clock = clock;
    }

    public java.util.Optional<ConfirmationRound> round(long orgId, int year) {
        audit.require(session, Permission.REGISTER_READ);
        organisation(orgId);
        return rounds.find(orgId, year);
    }

    /** The 年审 rounds still open in the user's subtree (the 工作台 lists their unconfirmed members). */
    public List<ConfirmationRound> openRounds() {
        audit.require(session, Permission.REGISTER_READ);
        return rounds.openRounds();
    }

    public ConfirmationRound open(long orgId, int year) {
        audit.require(session, Permission.REGISTER_WRITE);
        Organisation org = organisation(orgId);
        LocalDate today = LocalDate.now(clock);
        if (year < 2000 || year > today.getYear()) {
            throw new LedgerException("error.round.year", String.valueOf(today.getYear()));
        }
        return transactions.inTransaction(() -> {
            if (rounds.find(orgId, year).isPresent()) {
                throw new LedgerException("error.round.exists", org.name(), String.valueOf(year));
            }
            long id = rounds.open(orgId, year, today);
            audit.record(session, AuditAction.ROUND_OPEN, "round", id, "orgId: " + orgId + "; year: " + year);
            return rounds.find(orgId, year).orElseThrow();
        });
    }

    /** The members expected to confirm (those with open records in the organisation's subtree), confirmed or not. */
    public List<RoundMember> progress(ConfirmationRound round) {
        audit.require(session, Permission.REGISTER_READ);
        Organisation org = organisation(round.orgId());
        List<RoundMember> result = new ArrayList<>();
        Map<Long, RoundMember> stored = new java.util.HashMap<>();
        for (RoundMember kept : rounds.stored(round.id())) {
            stored.put(kept.memberId(), kept);
        }
        if (!round.isOpen()) {
            result.addAll(stored.values());      // a closed round shows what it was when it closed
        } else {
            Map<Long, Integer> open = registers.openRecordCounts(org);
            for (MemberSummary m : members.roster(org, true, true)) {
                RoundMember kept = stored.get(m.id());
                if (kept != null) {
                    result.add(kept);            // as confirmed, with the records confirmed then
                } else if (open.containsKey(m.id())) {
                    result.add(new RoundMember(m.id(), m.name(), m.orgName(), open.get(m.id()), null));
                }
            }
        }
        result.sort(Comparator.comparing(RoundMember::confirmed).thenComparing(RoundMember::orgName)
                .thenComparing(RoundMember::name));
        return result;
    }

    public void confirm(ConfirmationRound round, long memberId) {
        audit.require(session, Permission.REGISTER_WRITE);
        ConfirmationRound current = rounds.find(round.orgId(), round.year())
                .orElseThrow(() -> new LedgerException("error.round.notFound"));
        if (!current.isOpen()) {
            throw new LedgerException("error.round.closed");
        }
        members.findById(memberId).orElseThrow(() -> new LedgerException("error.member.notFound", memberId));
        int openRecords = registers.openRecordCounts(organisation(current.orgId())).getOrDefault(memberId, 0);
        transactions.run(() -> {
            if (rounds.confirm(current.id(), memberId, LocalDate.now(clock), openRecords, session.userId())) {
                audit.record(session, AuditAction.ROUND_CONFIRM, "round", current.id(), "memberId: " + memberId);
            }
        });
    }

    public ConfirmationRound close(ConfirmationRound round) {
        audit.require(session, Permission.REGISTER_WRITE);
        ConfirmationRound current = rounds.find(round.orgId(), round.year())
                .orElseThrow(() -> new LedgerException("error.round.notFound"));
        if (!current.isOpen()) {
            throw new LedgerException("error.round.closed");
        }
        List<RoundMember> state = progress(current);
        long done = state.stream().filter(RoundMember::confirmed).count();
        return transactions.inTransaction(() -> {
            for (RoundMember missing : state) {
                if (!missing.confirmed()) {
                    rounds.confirm(current.id(), missing.memberId(), null, missing.openRecords(), session.userId());
                }
            }
            rounds.close(current.id(), LocalDate.now(clock));
            audit.record(session, AuditAction.ROUND_CLOSE, "round", current.id(),
                    "confirmed: " + done + "; missing: " + (state.size() - done));
            return rounds.find(round.orgId(), round.year()).orElseThrow();
        });
    }

    /** The years and organisations in which a member confirmed their records (for the member profile). */
    public List<org.conductledger.model.Confirmation> confirmationsOf(long memberId) {
        audit.require(session, Permission.REGISTER_READ);
        members.findById(memberId).orElseThrow(() -> new LedgerException("error.member.notFound", memberId));
        return rounds.ofMember(memberId);
    }

    private Organisation organisation(long orgId) {
        return organisations.findById(orgId).orElseThrow(() -> new LedgerException("error.org.notFound", orgId));
    }
}
