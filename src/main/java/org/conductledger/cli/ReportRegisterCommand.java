package org.conductledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.model.RegisterPeriod;
import org.conductledger.report.pdf.FontLocator;
import org.conductledger.report.registers.RegisterDocument;
import org.conductledger.report.registers.RegisterReports;
import org.conductledger.report.registers.RegisterType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger report register --kind accounts|groups|filings|cases|outcomes|commendations --org <code>
 * [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--pdf <file>] [--xlsx <file>]}: a register (台账) of the organisation and
 * the ones below it for the period (both ends inclusive), written to the files named; each file is logged.
 */
@Command(name = "register", mixinStandardHelpOptions = true)
public final class ReportRegisterCommand extends LoggedInCommand {

    /** The registers as typed on the command line. */
    enum Kind {
        accounts, groups, filings, cases, outcomes, commendations;

        RegisterType type() {
            return RegisterType.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Option(names = "--kind", required = true, descriptionKey = "option.reportRegisterKind")
    Kind kind;
    @Option(names = "--org", required = true, paramLabel = "<code>", descriptionKey = "option.registerOrg")
    String orgCode;
    @Option(names = "--from", paramLabel = "<yyyy-MM-dd>", converter = IsoDateConverter.class,
            descriptionKey = "option.reportFrom")
    LocalDate from;
    @Option(names = "--to", paramLabel = "<yyyy-MM-dd>", converter = IsoDateConverter.class,
            descriptionKey = "option.reportTo")
    LocalDate to;
    @Option(names = "--pdf", paramLabel = "<file.pdf>", descriptionKey = "option.reportPdf")
    Path pdf;
    @Option(names = "--xlsx", paramLabel = "<file.xlsx>", descriptionKey = "option.reportXlsx")
    Path xlsx;

    public ReportRegisterCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        if (pdf == null && xlsx == null) {
            throw new LedgerException("cli.report.noOutput");
        }
        RegisterPeriod period = new RegisterPeriod(from, to);
        // The installed official faces are looked for only when a PDF is wanted.
        RegisterReports reports = pdf == null ? services.registerReports()
                : services.registerReports(new FontLocator(FontLocator.systemDirectories()).resolve());
        RegisterDocument document = reports.build(kind.type(), orgCode, period);
        if (xlsx != null) {
            int rows = reports.writeXlsx(document, xlsx);
            env.out().println(env.messages().get("cli.report.written", document.title(), String.valueOf(rows),
                    xlsx.toAbsolutePath()));
        }
        if (pdf != null) {
            int rows = reports.writePdf(document, pdf);
            env.out().println(env.messages().get("cli.report.written", document.title(), String.valueOf(rows),
                    pdf.toAbsolutePath()));
        }
        env.out().flush();
        return 0;
    }
}
