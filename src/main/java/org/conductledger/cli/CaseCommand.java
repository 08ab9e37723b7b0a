package org.conductledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.model.CaseFile;
import org.conductledger.model.CaseStage;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.ViolationCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conduct-ledger case list}: the cases of an organisation as CSV or JSON — never the reporter's identity. */
@Command(name = "case", mixinStandardHelpOptions = true, subcommands = CaseCommand.ListCases.class)
public final class CaseCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "case list");
    }

    enum Format { csv, json }

    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListCases extends LoggedInCommand {
        @Option(names = "--org", required = true, paramLabel = "<code>", descriptionKey = "option.registerOrg")
        String orgCode;
        @Option(names = "--subtree", descriptionKey = "option.subtree")
        boolean subtree;
        @Option(names = "--status", split = ",", paramLabel = "<STAGE,...>", descriptionKey = "option.caseStatus")
        Set<CaseStage> stages;
        @Option(names = "--format", defaultValue = "csv", descriptionKey = "option.registerFormat")
        Format format;

        public ListCases(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            String code = OrganisationRules.normaliseCode(orgCode);
            Organisation org = services.organisations().all().stream().filter(o -> o.code().equals(code)).findFirst()
                    .orElseThrow(() -> new LedgerException("error.org.codeNotFound", code));
            Map<Long, ViolationCategory> categories = services.reference().violationCategories().stream()
                    .collect(Collectors.toMap(ViolationCategory::id, Function.identity()));
            List<CaseFile> shown = services.cases().list(org.id(), subtree).stream()
                    .filter(c -> stages == null || stages.isEmpty() || stages.contains(c.stage())).toList();
            env.out().print(format == Format.json ? json(shown, categories) : csv(shown, categories));
            env.out().flush();
            return 0;
        }

        private String csv(List<CaseFile> shown, Map<Long, ViolationCategory> categories) {
            StringBuilder out = new StringBuilder(Csv.line(List.of("id", "receivedOn", "source", "organisation", "subjects",
                    "categories", "realName", "stage", "stageSince").stream()
                    .map(c -> env.messages().get("cli.case.column." + c)).toList()));
            for (CaseFile c : shown) {
                out.append(Csv.line(List.of(String.valueOf(c.id()), c.receivedOn().toString(), env.messages().label(c.source()),
                        c.orgName(), c.restricted() ? env.messages().get("cli.case.restricted") : subjects(c),
                        names(c, categories), env.messages().get(c.realName() ? "audit.value.true" : "audit.value.false"),
                        env.messages().label(c.stage()), c.stageSince().toString())));
            }
            return out.toString();
        }

        private String subjects(CaseFile c) {
            return c.subjects().isEmpty() ? env.messages().get("cli.case.unidentified")
                    : c.subjects().stream().map(CaseFile.Subject::name).collect(Collectors.joining("、"));
        }

        private static String names(CaseFile c, Map<Long, ViolationCategory> categories) {
            return c.categoryIds().stream().map(id -> categories.containsKey(id) ? categories.get(id).name() : String.valueOf(id))
                    .collect(Collectors.joining("；"));
        }

        private static String json(List<CaseFile> shown, Map<Long, ViolationCategory> categories) {
            List<String> rows = new ArrayList<>();
            for (CaseFile c : shown) {
                rows.add("  {\"id\": " + c.id() + ", \"receivedOn\": " + Json.quote(c.receivedOn().toString())
                        + ", \"source\": " + Json.quote(c.source().name()) + ", \"organisation\": " + Json.quote(c.orgName())
                        + ", \"restricted\": " + c.restricted()
                        + ", \"subjects\": [" + c.subjects().stream().map(s -> Json.quote(s.name())).collect(Collectors.joining(", "))
                        + "], \"categories\": [" + c.categoryIds().stream()
                                .map(id -> Json.quote(categories.containsKey(id) ? categories.get(id).code() : String.valueOf(id)))
                                .collect(Collectors.joining(", "))
                        + "], \"realName\": " + c.realName() + ", \"stage\": " + Json.quote(c.stage().name())
                        + ", \"stageSince\": " + Json.quote(c.stageSince().toString()) + "}");
            }
            return rows.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", rows) + "\n]\n";
        }
    }
}
