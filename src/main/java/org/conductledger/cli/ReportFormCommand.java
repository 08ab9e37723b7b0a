package org.conductledger.cli;

import java.nio.file.Path;
import org.conductledger.app.Services;
import org.conductledger.model.LedgerException;
import org.conductledger.report.forms.FormKind;
import org.conductledger.report.forms.FormOptions;
import org.conductledger.report.forms.FormPrinter;
import org.conductledger.report.forms.FormServices;
import org.conductledger.report.pdf.FontLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger report form --kind <form> --id <id> --pdf f.pdf [--internal|--no-internal]}: one printed
 * form as PDF, recorded in the print log. The file appears whole or not at all (written beside it, then moved).
 */
@Command(name = "form", mixinStandardHelpOptions = true)
public final class ReportFormCommand extends LoggedInCommand {

    @Option(names = "--kind", required = true, paramLabel = "<form>", descriptionKey = "option.formKind")
    String kind;
    @Option(names = "--id", required = true, paramLabel = "<id>", descriptionKey = "option.formId")
    long id;
    @Option(names = "--pdf", required = true, paramLabel = "<file.pdf>", descriptionKey = "option.formPdf")
    Path pdf;
    @Option(names = "--internal", negatable = true, descriptionKey = "option.formInternal")
    Boolean internal;

    public ReportFormCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        FormKind form = FormKind.fromCli(kind)
                .orElseThrow(() -> new LedgerException("error.form.unknownKind", kind, FormKind.cliNames()));
        FormPrinter printer = new FormPrinter(new FormServices(services.registers(), services.members(),
                services.organisations(), services.cases(), services.outcomes(), services.recognition(),
                services.reference()), services.printLog(), env.messages(),
                new FontLocator(FontLocator.systemDirectories()).resolve());
        FormOptions options = internal == null ? FormOptions.defaults() : FormOptions.defaults().withInternal(internal);
        Path target = pdf.toAbsolutePath();
        printer.save(form, id, options, target);
        env.out().println(env.messages().get("cli.form.written", titleOf(form), target));
        env.out().flush();
        return 0;
    }

    private String titleOf(FormKind form) {
        return env.messages().get(form.titleKey());
    }
}
