package org.conductledger.cli;

import org.conductledger.app.Services;
import org.conductledger.model.LoginPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conduct-ledger policy [--max-failures N] [--lock-minutes N] [--idle-minutes N] [--report-days N] [--impact-horizon DAYS]
 * [--backup-keep N]}:
 * shows or sets the login policy and the reporting window of the registers (system administrator; audited).
 */
@Command(name = "policy", mixinStandardHelpOptions = true)
public final class PolicyCommand extends LoggedInCommand {

    @Option(names = "--max-failures", descriptionKey = "option.maxFailures")
    Integer maxFailures;

    @Option(names = "--lock-minutes", descriptionKey = "option.lockMinutes")
    Integer lockMinutes;

    @Option(names = "--idle-minutes", descriptionKey = "option.idleMinutes")
    Integer idleMinutes;

    @Option(names = "--report-days", descriptionKey = "option.reportDays")
    Integer reportDays;

    @Option(names = "--impact-horizon", paramLabel = "<days>", descriptionKey = "option.impactHorizon")
    Integer impactHorizon;

    @Option(names = "--import-max-rows", paramLabel = "<rows>", descriptionKey = "option.importMaxRows")
    Integer importMaxRows;

    @Option(names = "--holidays", split = ",", paramLabel = "<yyyy-mm-dd,...>", descriptionKey = "option.holidays")
    java.util.List<java.time.LocalDate> holidays;

    @Option(names = "--workdays", split = ",", paramLabel = "<yyyy-mm-dd,...>", descriptionKey = "option.workdays")
    java.util.List<java.time.LocalDate> workdays;

    @Option(names = "--case-due", paramLabel = "<STAGE=15w|90d>", descriptionKey = "option.caseDue")
    java.util.Map<org.conductledger.model.CaseStage, String> caseDue;

    @Option(names = "--backup-keep", paramLabel = "<n>", descriptionKey = "option.backupKeep")
    Integer backupKeep;

    public PolicyCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(Services services) {
        LoginPolicy current = services.users().policy();
        if (maxFailures != null || lockMinutes != null || idleMinutes != null) {
            current = new LoginPolicy(maxFailures != null ? maxFailures : current.maxFailures(),
                    lockMinutes != null ? lockMinutes : current.lockMinutes(),
                    idleMinutes != null ? idleMinutes : current.idleMinutes());
            services.users().setPolicy(current);
        }
        if (reportDays != null) {
            services.registers().setDeadline(reportDays);
        }
        env.out().println(env.messages().get("cli.policy", current.maxFailures(), current.lockMinutes(), current.idleMinutes()));
        env.out().println(env.messages().get("cli.reportDays", services.registers().deadline().days()));
        if (holidays != null || workdays != null) {
            var calendar = services.cases().calendar();
            services.cases().setCalendar(holidays != null ? java.util.Set.copyOf(holidays) : calendar.holidays(),
                    workdays != null ? java.util.Set.copyOf(workdays) : calendar.extraWorkingDays());
        }
        if (caseDue != null) {
            caseDue.forEach(services.cases()::setDueRule);
        }
        if (impactHorizon != null) {
            services.outcomes().setHorizonDays(impactHorizon);
        }
        env.out().println(env.messages().get("cli.impactHorizon", services.outcomes().horizonDays()));
        if (importMaxRows != null) {
            services.imports().setMaxRows(importMaxRows);
        }
        env.out().println(env.messages().get("cli.importMaxRows", services.imports().maxRows()));
        if (backupKeep != null) {
            services.backups().setKeep(backupKeep);
        }
        if (!services.backups().onServer()) {
            env.out().println(env.messages().get("cli.backupKeep", services.backups().directory(), services.backups().keep()));
        }
        var calendar = services.cases().calendar();
        env.out().println(env.messages().get("cli.calendar", calendar.holidays().size(), calendar.extraWorkingDays().size()));
        services.cases().dueRules().forEach((stage, rule) ->
                env.out().println(env.messages().get("cli.caseDue", env.messages().label(stage), rule.toString())));
        env.out().flush();
        return 0;
    }
}
