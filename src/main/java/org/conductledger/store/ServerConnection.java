package org.conductledger.store;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.conductledger.model.LedgerException;

/**
 * A PostgreSQL server holding a shared ledger (ADR 0018): its JDBC URL and the service account the
 * application logs in with. Users and their scopes are the application's own, as with an embedded file;
 * the server login only connects. TLS settings travel in the URL ({@code sslmode=verify-full},
 * {@code sslrootcert=…}), exactly as the PostgreSQL driver reads them.
 */
public record ServerConnection(String url, String user, char[] password) {

    public static final String URL_PREFIX = "jdbc:postgresql://";

    public ServerConnection {
        Objects.requireNonNull(url, "url");
        url = url.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? new char[0] : password.clone();
    }

    /** A server connection, refusing (with a message the user can act on) anything but a PostgreSQL JDBC URL. */
    public static ServerConnection of(String url, String user, char[] password) {
        if (!isServerUrl(url)) {
            throw new LedgerException("error.server.badUrl", url == null ? "" : url.strip());
        }
        if (user == null || user.isBlank()) {
            throw new LedgerException("error.server.noUser");
        }
        return new ServerConnection(url, user, password);
    }

    public static boolean isServerUrl(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith(URL_PREFIX) && url.strip().length() > URL_PREFIX.length();
    }

    /** host:port/database, for the title bar and messages (never the password, never the query string). */
    public String displayName() {
        String rest = url.substring(URL_PREFIX.length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** The TLS mode the URL asks for ("disable" when it names none — the driver then tries TLS and falls back). */
    public String sslMode() {
        try {
            String query = URI.create("http://" + url.substring(URL_PREFIX.length())).getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.toLowerCase(Locale.ROOT).startsWith("sslmode=")) {
                        return pair.substring("sslmode=".length());
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return "";
        }
        return "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerConnection other && url.equals(other.url) && user.equals(other.user)
                && Arrays.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, user);
    }

    @Override
    public String toString() {
        return "ServerConnection[" + displayName() + ", user=" + user + "]";
    }
}
