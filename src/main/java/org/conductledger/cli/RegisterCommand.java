package org.conductledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conductledger.app.Services;
import org.conductledger.model.IdNumber;
import org.conductledger.model.Labelled;
import org.conductledger.model.Timeliness;
import org.conductledger.model.LedgerException;
import org.conductledger.model.Organisation;
import org.conductledger.model.OrganisationRules;
import org.conductledger.model.RegisterKind;
import org.conductledger.model.RegisterRecord;
import org.conductledger.model.ReportingDeadline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conduct-ledger register list}: prints a register (ID numbers masked) as CSV or JSON. */
@Command(name = "register", mixinStandardHelpOptions = true, subcommands = RegisterCommand.ListRecords.class)
public final class RegisterCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "register list");
    }

    /** The register kinds as typed on the command line. */
    enum Kind {
        accounts(RegisterKind.ACCOUNT), groups(RegisterKind.GROUP), filings(RegisterKind.FILING);

        final RegisterKind kind;

        Kind(RegisterKind kind) {
            this.kind = kind;
        }
    }

    enum Format { csv, json }

    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListRecords extends LoggedInCommand {
        @Option(names = "--kind", required = true, descriptionKey = "option.registerKind")
        Kind kind;
        @Option(names = "--org", required = true, paramLabel = "<code>", descriptionKey = "option.registerOrg")
        String orgCode;
        @Option(names = "--subtree", descriptionKey = "option.subtree")
        boolean subtree;
        @Option(names = "--format", defaultValue = "csv", descriptionKey = "option.registerFormat")
        Format format;
        @Option(names = "--bom", descriptionKey = "option.bom")
        boolean bom;

        public ListRecords(CliEnvironment env) {
            super(env);
        }

        @Override
        protected int run(Services services) {
            String code = OrganisationRules.normaliseCode(orgCode);
            Organisation org = services.organisations().all().stream().filter(o -> o.code().equals(code)).findFirst()
                    .orElseThrow(() -> new LedgerException("error.org.codeNotFound", code));
            ReportingDeadline deadline = services.registers().deadline();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RegisterRecord r : services.registers().list(kind.kind, org.id(), subtree)) {
                rows.add(row(r, services.registers().timeliness(r, deadline)));
            }
            if (format == Format.csv && bom) {
                env.out().print('\uFEFF');      // lets Excel on Windows read the file as UTF-8 when double-clicked
            }
            env.out().print(format == Format.json ? json(rows) : csv(rows));
            env.out().flush();
            return 0;
        }

        /**
         * One record, keyed by the JSON names. Values keep their type: JSON prints codes, numbers and
         * booleans; CSV prints the Chinese labels (是/否, 在用, 按时 …) under Chinese headers.
         */
        private Map<String, Object> row(RegisterRecord r, Timeliness timeliness) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("member", r.memberName());
            m.put("idNumber", IdNumber.mask(r.memberIdNumber()));
            m.put("organisation", r.orgName());
            m.put("platform", r.platformName());
            m.put("overseas", r.form().overseas());
            m.put("name", r.form().name());
            m.put("identifier", r.form().identifier());
            m.put("url", r.form().url());
            m.put("roleIdentity", r.form().roleIdentity());
            m.put("purpose", r.form().purpose());
            m.put("openedOn", date(r.form().openedOn()));
            m.put("reportedOn", date(r.reportedOn()));
            m.put("firstReportedOn", date(r.firstReportedOn()));
            m.put("timeliness", timeliness);
            m.put("status", r.status());
            m.put("statusOn", date(r.statusOn()));
            if (kind == Kind.groups) {
                m.put("memberRole", r.form().memberRole());
                m.put("inRoleIdentity", r.form().inRoleIdentity());
                m.put("groupSize", r.form().groupSize());
                m.put("groupSizeOn", date(r.form().groupSizeOn()));
            }
            if (kind == Kind.filings) {
                m.put("filingNo", r.filingNo());
                m.put("version", r.versionNo());
                m.put("accountType", r.form().accountType());
                m.put("certSubject", r.form().certSubject());
                m.put("certUscc", r.form().certUscc());
                m.put("contentArea", r.form().contentArea());
            }
            m.put("operators", r.operators().stream().map(o -> o.post() == null ? o.name() : o.name() + "（" + o.post() + "）")
                    .collect(Collectors.joining("；")));
            m.put("notes", r.form().notes());
            return m;
        }

        private static String date(LocalDate d) {
            return d == null ? null : d.toString();
        }

        private String csv(List<Map<String, Object>> rows) {
            List<String> columns = new ArrayList<>(columnsOf(rows));
            StringBuilder out = new StringBuilder();
            out.append(columns.stream().map(c -> Csv.cell(env.messages().get("cli.register.column." + c)))
                    .collect(Collectors.joining(","))).append("\r\n");
            for (Map<String, Object> row : rows) {
                out.append(columns.stream().map(c -> Csv.cell(shown(row.get(c)))).collect(Collectors.joining(","))).append("\r\n");
            }
            return out.toString();
        }

        /** A value as an Excel reader wants it: labels for codes, 是/否 for flags. */
        private String shown(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof Labelled labelled) {
                return env.messages().label(labelled);
            }
            if (value instanceof Boolean flag) {
                return env.messages().get(flag ? "audit.value.true" : "audit.value.false");
            }
            return value.toString();
        }

        private List<String> columnsOf(List<Map<String, Object>> rows) {
            if (!rows.isEmpty()) {
                return new ArrayList<>(rows.get(0).keySet());
            }
            return new ArrayList<>(row(emptyRecord(), Timeliness.PENDING).keySet());
        }

        /** A placeholder to name the columns of an empty register. */
        private RegisterRecord emptyRecord() {
            var form = org.conductledger.model.RegisterForm.blank(kind.kind, 0L);
            return new RegisterRecord(0, form, null, null, 0, null, null, kind.kind.initialStatus(), null, null, 1, null, true, 0, null);
        }

        private static String json(List<Map<String, Object>> rows) {
            return rows.stream().map(row -> row.entrySet().stream()
                            .map(e -> "    " + Json.quote(e.getKey()) + ": " + jsonValue(e.getValue()))
                            .collect(Collectors.joining(",\n", "  {\n", "\n  }")))
                    .collect(Collectors.joining(",\n", "[\n", rows.isEmpty() ? "]\n" : "\n]\n"));
        }

        private static String jsonValue(Object value) {
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            if (value instanceof Enum<?> code) {
                return Json.quote(code.name());
            }
            return Json.quote(value == null ? null : value.toString());
        }
    }
}
