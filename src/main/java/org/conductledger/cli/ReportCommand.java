package org.conductledger.cli;

import picocli.CommandLine.Command;

/**
 * {@code conduct-ledger report annual|register|form}: the annual review, the registers (台账) and the printed
 * forms, as PDF, .xlsx and (the annual review) JSON — for batch work and for checking the numbers.
 */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {
        ReportAnnualCommand.class,
        ReportFormCommand.class,
        ReportRegisterCommand.class,
})
public final class ReportCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "report annual|register|form");
    }
}
