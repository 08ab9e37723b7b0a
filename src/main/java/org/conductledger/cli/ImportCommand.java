package org.conductledger.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.conductledger.app.Services;
import org.conductledger.exchange.ColumnMapping;
import org.conductledger.exchange.Importer;
import org.conductledger.exchange.SheetTable;
import org.conductledger.model.ImportKind;
import org.conductledger.model.ImportProblem;
import org.conductledger.model.ImportReport;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger import --kind members|accounts|groups|filings --file f.xlsx [--org <code>] [--dry-run]}:
 * prints a summary and every problem; exit 0 only if everything was imported (or, with --dry-run, would be),
 * 2 when the file has problems (nothing is written then).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand extends LoggedInCommand {

    /** The kinds as typed on the command line. */
    enum Kind {
        members(ImportKind.MEMBERS), accounts(ImportKind.ACCOUNTS), groups(ImportKind.GROUPS), filings(ImportKind.FILINGS);

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

    public ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        Importer importer = services.importer();
        Long within = orgCode == null ? null : organisation(services, orgCode).id();
        SheetTable table = importer.read(kind.kind, file, charset());
        env.out().println(env.messages().get("cli.import.read", file.getFileName(), table.source(), table.rows().size()));
        ImportReport report = importer.run(kind.kind, table, ColumnMapping.guess(kind.kind, table.headers()), within, dryRun,
                file.getFileName().toString());
        for (ImportProblem warning : report.warnings()) {
            env.out().println(env.messages().get("cli.import.warning", Importer.describe(env.messages(), warning)));
        }
        for (ImportProblem problem : report.problems()) {
            env.out().println(Importer.describe(env.messages(), problem));
        }
        if (!report.problems().isEmpty()) {
            env.out().println(env.messages().get("cli.import.refused", report.problems().size()));
            env.out().flush();
            return 2;
        }
        env.out().println(dryRun ? env.messages().get("cli.import.wouldImport", report.rows())
                : env.messages().get("cli.import.done", report.imported()));
        env.out().flush();
        return 0;
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
