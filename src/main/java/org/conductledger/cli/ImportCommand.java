package org.conductledger.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.conductledger.app.Services;
import org.conductledger.exchange.ColumnMapping;
import org.conductledger.exchange.Importer;
import org.conductledger.exchange.SheetTable;
import org.conductledger.model.ImportChange;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.ImportReport;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger import --kind members|accounts|groups|filings|orgs --file f.xlsx [--org <code>] [--dry-run]
 * [--apply-changes]}: prints a summary and every problem; exit 0 only if everything was imported (or, with
 * --dry-run, would be), 2 when the file has problems (nothing is written then). An organisation sheet also
 * lists its changes to organisations already in the ledger; without {@code --apply-changes} such a sheet is
 * not imported at all (exit 4, nothing written, not even its new organisations).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand extends LoggedInCommand {

    /** The kinds as typed on the command line. */
    enum Kind {
        members(ImportKind.MEMBERS), accounts(ImportKind.ACCOUNTS), groups(ImportKind.GROUPS), filings(ImportKind.FILINGS),
        orgs(ImportKind.ORGS);

        final ImportKind kind;

        Kind(ImportKind kind) {
            this.kind = kind;
        }
    }

    @Option(names = "--kind", required = true, descriptionKey = "option.importKind")
    Kind kind;
    @Option(names = "--file", required = true, paramLabel = "<file>", descriptionKey = "option.importFile")
    Path file;
    @Option(names = "--org", paramLabel = "<code>", descriptionKey = "option.importOrg")
    String orgCode;
    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;
    @Option(names = "--encoding", paramLabel = "<charset>", descriptionKey = "option.encoding")
    String encoding;
    @Option(names = "--apply-changes", descriptionKey = "option.applyChanges")
    boolean applyChanges;

    public ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        if (applyChanges && kind != Kind.orgs) {
            throw new LedgerException("cli.import.applyChangesOrgsOnly");
        }
        Importer importer = services.importer();
        Long within = orgCode == null ? null : organisation(services, orgCode).id();
        SheetTable table = importer.read(kind.kind, file, charset());
        env.out().println(env.messages().get("cli.import.read", file.getFileName(), table.source(), table.rows().size()));
        ImportReport report = importer.run(kind.kind, table, ColumnMapping.guess(kind.kind, table.headers()), within, dryRun,
                applyChanges, file.getFileName().toString());
        for (ImportProblem warning : report.warnings()) {
            env.out().println(env.messages().get("cli.import.warning", Importer.describe(env.messages(), warning)));
        }
        for (ImportChange change : report.changes()) {
            env.out().println(env.messages().get("cli.import.change", Importer.describe(env.messages(), change)));
        }
        for (ImportProblem problem : report.problems()) {
            env.out().println(Importer.describe(env.messages(), problem));
        }
        try {
            if (!report.problems().isEmpty()) {
                env.out().println(env.messages().get("cli.import.refused", report.problems().size()));
                return Cli.EXIT_USER_ERROR;
            }
            if (report.awaitingConfirmation()) {
                env.out().println(env.messages().get("cli.import.orgs.confirm", report.changedRows(), report.changes().size(),
                        report.added()));
                return Cli.EXIT_NEEDS_CONFIRMATION;
            }
            env.out().println(summary(report));
            return 0;
        } finally {
            env.out().flush();
        }
    }

    private String summary(ImportReport report) {
        if (report.kind() == ImportKind.ORGS) {
            return env.messages().get(dryRun ? "cli.import.orgs.wouldImport" : "cli.import.orgs.done", report.added(),
                    report.changedRows(), report.unchanged());
        }
        return dryRun ? env.messages().get("cli.import.wouldImport", report.rows())
                : env.messages().get("cli.import.done", report.imported());
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new LedgerException("error.import.encoding", encoding);
        }
    }

    static Organisation organisation(Services services, String orgCode) {
        String code = OrganisationRules.normaliseCode(orgCode);
        return services.organisations().all().stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> new LedgerException("error.org.codeNotFound", code));
    }
}
