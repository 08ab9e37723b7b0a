package org.conductledger.service;

import java.util.List;
import org.conductledger.model.ConnectionSettings;
import org.conductledger.model.Problem;
import org.conductledger.model.ValidationException;
import org.conductledger.store.ServerProbe;

/** The connection dialog's 测试连接: reaches the server with the settings as typed, changing nothing on it. */
public final class ServerCheck {

    /** The ledger's schema version on the server ("" when the database is still empty) and this application's. */
    public record Result(String schemaVersion, String latestKnownVersion) {

        public boolean empty() {
            return schemaVersion.isEmpty();
        }
    }

    private final ConnectionSettingsStore settings;

    public ServerCheck(ConnectionSettingsStore settings) {
        this.settings = settings;
    }

    /** Connects (password from the settings, else the environment) and reads the schema history; refusals explain why. */
    public Result check(ConnectionSettings server) {
        if (!server.isServer()) {
            throw new IllegalArgumentException("only a server can be tested");
        }
        List<Problem> problems = server.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ServerProbe.Status status = ServerProbe.check(settings.location(server).server());
        return new Result(status.schemaVersion(), status.latestKnownVersion());
    }
}
