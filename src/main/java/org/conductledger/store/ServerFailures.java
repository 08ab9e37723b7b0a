package org.conductledger.store;

import java.sql.SQLException;
import java.util.Locale;
import org.conductledger.model.LedgerException;

/** Turns a PostgreSQL connection failure into a message a user (or their IT colleague) can act on. */
final class ServerFailures {

    private ServerFailures() {
    }

    static LedgerException translate(SQLException e, ServerConnection server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String name = server.displayName();
        if (state.equals("28P01") || state.equals("28000")) {
            return new LedgerException(e, "error.server.loginFailed", name, server.user());
        }
        if (state.equals("3D000")) {
            return new LedgerException(e, "error.server.noDatabase", name);
        }
        if (text.contains("ssl") || text.contains("certificate") || text.contains("tls")) {
            return new LedgerException(e, "error.server.tls", name);
        }
        if (state.startsWith("08")) {
            return new LedgerException(e, "error.server.unreachable", name);
        }
        return new LedgerException(e, "error.server.openFailed", name);
    }
}
