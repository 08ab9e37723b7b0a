package org.conductledger.report.registers;

import java.util.List;
import org.conductledger.exchange.TableData;
import org.conductledger.model.Organisation;
import org.conductledger.model.RegisterPeriod;

/**
 * A register ready to be written: its table (Chinese sheet name and headers, typed cells), the title and
 * subtitle a printed page or the sheet's top rows carry, and the ids of the records it lists (for the print log).
 */
public record RegisterDocument(RegisterType type, Organisation organisation, RegisterPeriod period, String title,
                               String subtitle, TableData table, List<Long> recordIds) {

    /** Registers with more columns than fit across a portrait A4 page print in landscape. */
    public static final int PORTRAIT_MAX_COLUMNS = 8;

    public RegisterDocument {
        recordIds = List.copyOf(recordIds);
    }

    public boolean wide() {
        return table.headers().size() > PORTRAIT_MAX_COLUMNS;
    }

    public int rowCount() {
        return table.rows().size();
    }

    /** The lines above the header: title, then subtitle. */
    public List<String> titleLines() {
        return List.of(title, subtitle);
    }
}
