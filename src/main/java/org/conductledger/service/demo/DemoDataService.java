package org.conductledger.service.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.conductledger.model.AuditAction;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Permission;
import org.conductledger.model.Progress;
import org.conductledger.model.Session;
import org.conductledger.service.AuditLog;
import org.conductledger.store.BulkLoader;
import org.conductledger.store.Database;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.OutcomeRepository;
import org.conductledger.store.ReferenceRepository;
import org.conductledger.store.SettingRepository;

/**
 * The demo ledger (演示数据, issue 12, ADR 0021): fills an empty ledger with a realistic, reproducible, entirely
 * fictitious organisation — see {@link DemoGenerator} — one committee (基层党委) per transaction, marks the ledger as
 * a demo for good (the title bar says so) from the first one on, and closes the generation with one audit entry (also
 * when it stops halfway: then the ledger holds part of a demo, says so in the entry, and stays marked). Only the 组织部门 at the root may do it, and only while the
 * ledger holds no member and no case: demo records never mix with real ones.
 */
public final class DemoDataService {

    /** The ledger setting that marks a demo ledger. */
    public static final String DEMO_SETTING = "demo";
    /** The size the first-run dialog offers. */
    public static final int FIRST_RUN_MEMBERS = 2_000;
    public static final int MIN_MEMBERS = 3;
    public static final int MAX_MEMBERS = 2_000_000;
    /** The setting while a generation runs, and after one that stopped halfway: still a demo ledger. */
    static final String INCOMPLETE = "incomplete";

    private final Session session;
    private final AuditLog audit;
    private final Database database;
    private final OrganisationRepository organisations;
    private final ReferenceRepository reference;
    private final OutcomeRepository outcomes;
    private final SettingRepository settings;
    private final Clock clock;

    public DemoDataService(Session session, AuditLog audit, Database database, OrganisationRepository organisations,
                           ReferenceRepository reference, OutcomeRepository outcomes, SettingRepository settings, Clock clock) {
        this.session = session;
        this.audit = audit;
        this.database = database;
        this.organisations = organisations;
        this.reference = reference;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    /** The service for {@code session} on {@code ledger}, with its own repositories (the first-run screen has no Services yet). */
    public static DemoDataService of(org.conductledger.service.OpenLedger ledger, Session session, Clock clock, String host) {
        Database database = ledger.database();
        String scope = session.scopePath();
        return new DemoDataService(session, new AuditLog(database, new org.conductledger.store.AuditRepository(database),
                ledger.keyFile(), clock, host), database, new OrganisationRepository(database, scope),
                new ReferenceRepository(database), new OutcomeRepository(database, scope), new SettingRepository(database), clock);
    }

    /** Whether this ledger holds demo data (any user may know: the title bar shows it). */
    public boolean isDemo() {
        return settings.get(DEMO_SETTING).map(v -> v.equals("true") || v.equals(INCOMPLETE)).orElse(false);
    }

    /**
     * Generates {@code members} members and everything around them from {@code seed}; {@code progress} sees the
     * members written so far and may cancel (nothing is then kept).
     */
    public DemoSummary generate(int members, long seed, Progress progress) {
        for (Permission p : new Permission[] {Permission.ORG_WRITE, Permission.MEMBER_WRITE, Permission.REGISTER_WRITE,
            Permission.CASE_WRITE}) {
            audit.require(session, p);
        }
        if (members < MIN_MEMBERS || members > MAX_MEMBERS) {
            throw new LedgerException("error.demo.members", MIN_MEMBERS, MAX_MEMBERS);
        }
        Organisation root = organisations.findById(session.orgId())
                .orElseThrow(() -> new LedgerException("error.org.notFound", session.orgId()));
        if (root.parentId() != null) {
            throw new LedgerException("error.demo.notRoot");
        }
        if (root.type().isBranch()) {
            throw new LedgerException("error.demo.rootIsBranch");
        }
        BulkLoader loader = new BulkLoader(database, session.userId());
        if (loader.holdsRecords()) {
            throw new LedgerException("error.demo.notEmpty");
        }
        DemoGenerator.Reference ref = new DemoGenerator.Reference(reference.platforms(), reference.groupCategories(),
                reference.violationCategories(), outcomes.types());
        DemoGenerator generator = new DemoGenerator(loader, root, ref, LocalDate.now(clock), clock.getZone(), seed);
        database.run(() -> {
            if (loader.holdsRecords()) {
                throw new LedgerException("error.demo.notEmpty");
            }
            settings.put(DEMO_SETTING, INCOMPLETE);
        });
        DemoSummary summary;
        try {
            // One transaction per committee: a million members never wait in one transaction's undo log.
            summary = generator.run(members, progress, database::run);
        } catch (RuntimeException stopped) {
            database.run(() -> audit.record(session, AuditAction.DEMO_DATA, "organisation", root.id(),
                    "incomplete; " + generator.soFar().auditSummary()));
            throw stopped;
        }
        database.run(() -> {
            settings.put(DEMO_SETTING, "true");
            audit.record(session, AuditAction.DEMO_DATA, "organisation", root.id(), summary.auditSummary());
        });
        return summary;
    }
}
