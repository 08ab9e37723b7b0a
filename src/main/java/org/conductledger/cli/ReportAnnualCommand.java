package org.conductledger.cli;

import java.nio.file.Path;
import org.conductledger.app.Services;
import org.conductledger.model.AnnualReview;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.Progress;
import org.conductledger.report.annual.ReviewOutput;
import org.conductledger.report.pdf.FontLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger report annual --org <code> --year <yyyy> [--pdf f.pdf] [--xlsx f.xlsx] [--json f.json]}:
 * the annual review of an organisation's subtree, in every format asked for — all from one computation.
 */
@Command(name = "annual", mixinStandardHelpOptions = true)
public final class ReportAnnualCommand extends LoggedInCommand {

    @Option(names = "--org", required = true, paramLabel = "<code>", descriptionKey = "option.reportOrg")
    String org;
    @Option(names = "--year", required = true, paramLabel = "<yyyy>", descriptionKey = "option.reportYear")
    int year;
    @Option(names = "--pdf", paramLabel = "<f.pdf>", descriptionKey = "option.reportPdf")
    Path pdf;
    @Option(names = "--xlsx", paramLabel = "<f.xlsx>", descriptionKey = "option.reportXlsx")
    Path xlsx;
    @Option(names = "--json", paramLabel = "<f.json>", descriptionKey = "option.reportJson")
    Path json;

    public ReportAnnualCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        if (pdf == null && xlsx == null && json == null) {
            throw new LedgerException("cli.annual.noOutput");
        }
        Organisation organisation = services.reviews().organisationByCode(org);
        AnnualReview review = services.reviews().compile(organisation.id(), year, Progress.NONE);
        ReviewOutput output = services.reviewOutput(env.messages(),
                new FontLocator(FontLocator.systemDirectories()).resolve());
        save(output, review, ReviewOutput.Format.JSON, json);
        save(output, review, ReviewOutput.Format.XLSX, xlsx);
        save(output, review, ReviewOutput.Format.PDF, pdf);
        env.out().println(env.messages().get("cli.report.annualDone", review.orgName(), String.valueOf(review.year()),
                review.totals().members(), review.totals().reportsReceived(), review.byOrg().size()));
        env.out().flush();
        return 0;
    }

    private void save(ReviewOutput output, AnnualReview review, ReviewOutput.Format format, Path file) {
        if (file != null) {
            output.save(review, format, file);
            env.out().println(env.messages().get("cli.annual.written", file.toAbsolutePath()));
        }
    }
}
