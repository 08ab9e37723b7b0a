package org.conductledger.service;

import org.conductledger.store.CaseMoves;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.AppraisalLine;
import org.conductledger.model.CaseSource;
import org.conductledger.model.CaseStage;
import org.conductledger.model.DueRule;
import org.conductledger.model.GroupCount;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.Progress;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.Session;
import org.conductledger.model.WorkingCalendar;
import org.conductledger.store.ReviewRepository;
import org.conductledger.store.Transactions;

/**
 * Computes the annual review (年度网络行为管理工作报告) of an organisation's subtree for a year — the one piece
 * of code behind the screen, the PDF, the .xlsx and the JSON. Every figure is counted per organisation in
 * one grouped query; the totals are the sums of the organisations' figures. Runs inside one read transaction.
 */
public final class AnnualReviewService {

    public static final int FIRST_YEAR = 2000;
    static final List<String> DISPOSALS = Arrays.stream(CaseStage.values()).filter(CaseStage::isDisposal)
            .map(CaseStage::disposalCode).toList();
    static final List<String> APPEAL_RESULTS = List.of("UPHELD", "CHANGED", "REVOKED", "PENDING");
    private static final int STEPS = 18;

    private final Session session;
    private final AuditLog audit;
    private final Transactions transactions;
    private final ReviewRepository review;
    private final OrganisationService organisations;
    private final RegisterService registers;
    private final CaseService cases;
    private final Clock clock;

    public AnnualReviewService(Session session, AuditLog audit, Transactions transactions, ReviewRepository review,
                               OrganisationService organisations, RegisterService registers, CaseService cases, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.transactions = transactions;
        this.review = review;
        this.organisations = organisations;
        this.registers = registers;
        this.cases = cases;
        this.clock = clock;
    }

    public boolean mayCompile() {
        return session.has(Permission.REVIEW_COMPILE);
    }

    /** The organisation with this code, if the user may see it. */
    public Organisation organisationByCode(String code) {
        return organisations.byCode(code);
    }

    /** Compiles the review; {@code progress} sees each step and may cancel between them. */
    public AnnualReview compile(long orgId, int year, Progress progress) {
        audit.require(session, Permission.REVIEW_COMPILE);
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw new LedgerException("error.report.year", String.valueOf(FIRST_YEAR), String.valueOf(today.getYear()));
        }
        Organisation org = organisations.get(orgId);
        return transactions.inTransaction(() -> new Compilation(org, year, today, progress).run());
    }

    /** One compilation's state: the tallies per organisation and the steps. */
    private final class Compilation {
        private final Organisation org;
        private final int year;
        private final LocalDate today;
        private final LocalDate from;
        private final LocalDate to;
        private final Progress progress;
        private final Map<Long, ReviewTally> tallies = new LinkedHashMap<>();
        private int step;
        /** Read once, used by two figures each. */
        private Map<String, Long> activeByPlatform = Map.of();
        private List<CaseMoves.Move> moves = List.of();

        Compilation(Organisation org, int year, LocalDate today, Progress progress) {
            this.org = org;
            this.year = year;
            this.today = today;
            this.from = LocalDate.of(year, 1, 1);
            this.to = LocalDate.of(year, 12, 31);
            this.progress = progress;
        }

        private void step() {
            progress.check();
            progress.step(++step, STEPS);
        }

        /** Adds each count under its figure (or figures: a source count is also a report received), then a step. */
        @SafeVarargs
        private void add(List<GroupCount> counts, Function<GroupCount, String>... figures) {
            for (GroupCount c : counts) {
                ReviewTally tally = tallies.get(c.orgId());
                if (tally != null) {
                    for (Function<GroupCount, String> figure : figures) {
                        tally.add(figure.apply(c), c.count());
                    }
                }
            }
            step();
        }

        AnnualReview run() {
            String path = org.path();
            List<String[]> orgs = review.organisations(path);
            for (String[] o : orgs) {
                tallies.put(Long.parseLong(o[0]), new ReviewTally());
            }
            step();
            add(review.members(path, to), GroupCount::key);
            add(review.membersWithRecords(path, to), GroupCount::key);
            ReviewRepository.RegisterFigures registers = review.registerFigures(path, from, to, AnnualReviewService.this.registers
                    .deadline().days());
            activeByPlatform = registers.activeByPlatform();
            add(registers.opened(), c -> "new." + c.key());
            add(registers.active(), c -> "active." + c.key());
            add(registers.closed(), c -> "closed." + c.key());
            add(registers.late(), GroupCount::key);
            add(review.confirmations(path, year), GroupCount::key);
            add(review.reportsBySource(path, from, to), c -> "source." + c.key(), c -> "reportsReceived");
            add(review.reportsByCategory(path, from, to), c -> "category." + c.key());
            moves = review.moves(path, to.isAfter(today) ? today : to);
            add(CaseMoves.stagesEntered(moves, from, to), this::stageFigure);
            add(review.outcomesByType(path, from, to), c -> "outcome." + c.key());
            add(review.appeals(path, from, to), c -> "appeal." + c.key(), c -> "appeals");
            add(review.accountability(path, from, to), GroupCount::key);
            add(review.commendations(path, from, to), GroupCount::key);
            add(review.clarifications(path, from, to), GroupCount::key);
            countOverdue(path);
            step();
            return assemble(orgs);
        }

        private String stageFigure(GroupCount c) {
            CaseStage stage = CaseStage.valueOf(c.key());
            if (stage.isDisposal()) {
                return "disposal." + stage.disposalCode();
            }
            return stage == CaseStage.FILED ? "casesOpened" : stage == CaseStage.CLOSED ? "casesClosed" : "stage." + c.key();
        }

        /** Cases open on the review day (year end, or today for the current year) past their stage's time limit. */
        private void countOverdue(String path) {
            LocalDate asOf = to.isAfter(today) ? today : to;
            Map<CaseStage, DueRule> rules = cases.dueRules();
            WorkingCalendar calendar = cases.calendar();
            for (CaseMoves.StageOn s : CaseMoves.stagesOn(moves, asOf)) {
                CaseStage stage = CaseStage.valueOf(s.stage());
                DueRule rule = rules.get(stage);
                ReviewTally tally = tallies.get(s.orgId());
                if (tally != null && rule != null && !stage.isTerminal() && asOf.isAfter(rule.dueOn(s.since(), calendar))) {
                    tally.add("casesOverdue", 1);
                }
            }
        }

        private AnnualReview assemble(List<String[]> orgs) {
            Map<String, String> names = new HashMap<>();
            Map<String, String> categories = review.categoryNames();
            Map<String, String> outcomeTypes = review.outcomeTypeNames();
            Map<String, String> platforms = review.platformNames();
            names.putAll(categories);
            names.putAll(outcomeTypes);
            names.putAll(platforms);
            ReviewTally.ReviewKeys keys = new ReviewTally.ReviewKeys(
                    Arrays.stream(CaseSource.values()).map(Enum::name).toList(), List.copyOf(categories.keySet()),
                    DISPOSALS, List.copyOf(outcomeTypes.keySet()), APPEAL_RESULTS);
            ReviewTally total = new ReviewTally();
            List<AnnualReview.OrgReview> byOrg = new ArrayList<>();
            int rootDepth = depth(org.path());
            for (String[] o : orgs) {
                ReviewTally tally = tallies.get(Long.parseLong(o[0]));
                total.addAll(tally);
                byOrg.add(new AnnualReview.OrgReview(Long.parseLong(o[0]), o[1], o[2], depth(o[3]) - rootDepth,
                        tally.counts(keys)));
            }
            Map<String, Long> byPlatform = new LinkedHashMap<>();
            Map<String, Long> active = activeByPlatform;
            platforms.keySet().stream().filter(active::containsKey).forEach(code -> byPlatform.put(code, active.get(code)));
            long[] months = new long[12];
            review.reportsByMonth(org.path(), from, to).forEach(c -> months[Integer.parseInt(c.key()) - 1] += c.count());
            List<AppraisalLine> appraisal = appraisal();
            var counts = total.counts(keys);
            return new AnnualReview(org.id(), org.code(), org.name(), year, today, counts, byOrg, byPlatform,
                    Arrays.stream(months).boxed().toList(), names, appraisal,
                    Math.max(0, counts.members() - appraisal.size()));
        }

        private List<AppraisalLine> appraisal() {
            Map<Long, Line> lines = new LinkedHashMap<>();
            for (ReviewRepository.MemberItem item : review.memberItems(org.path(), from, to)) {
                Line line = lines.computeIfAbsent(item.memberId(), id -> new Line(item));
                if (item.kind().startsWith("FILING:")) {
                    line.filings.add(new AppraisalLine.Filing(RegisterKind.valueOf(item.kind().substring(7)), item.text()));
                } else {
                    line.items.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item.text());
                }
            }
            step();
            return lines.values().stream()
                    .sorted(Comparator.comparing((Line l) -> l.item.orgPath()).thenComparing(l -> l.item.name())
                            .thenComparing(l -> l.item.memberId()))
                    .map(Line::toLine).toList();
        }
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    /** A member's items while the appraisal list is gathered. */
    private static final class Line {
        final ReviewRepository.MemberItem item;
        final List<AppraisalLine.Filing> filings = new ArrayList<>();
        final Map<String, List<String>> items = new HashMap<>();

        Line(ReviewRepository.MemberItem item) {
            this.item = item;
        }

        AppraisalLine toLine() {
            return new AppraisalLine(item.memberId(), item.name(), item.orgName(), filings, of("FINDING"), of("OUTCOME"),
                    of("COMMENDATION"), of("CLARIFICATION"));
        }

        private List<String> of(String kind) {
            return items.getOrDefault(kind, List.of());
        }
    }
}
