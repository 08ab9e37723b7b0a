package org.conductledger.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which ledger the desktop application opens (ADR 0018): the embedded file, or a PostgreSQL server given by
 * host, port and database, the service account and the TLS settings. {@code password} is null when none is
 * kept (an empty one counts as none; then {@code CONDUCT_LEDGER_DB_PASSWORD} supplies it); {@code tlsMode} is null when no {@code sslmode}
 * was given (the driver's own default); {@code options} holds any further URL parameters, unparsed.
 */
public record ConnectionSettings(ConnectionMode mode, String host, int port, String database, String user,
                                 char[] password, TlsMode tlsMode, String rootCertificate, String options) {

    public static final int DEFAULT_PORT = 5432;
    /** The PostgreSQL JDBC prefix (the store's {@code ServerConnection} checks the same). */
    public static final String URL_PREFIX = "jdbc:postgresql://";
    public static final ConnectionSettings EMBEDDED =
            new ConnectionSettings(ConnectionMode.EMBEDDED, "", DEFAULT_PORT, "", "", null, null, "", "");

    private static final Pattern HOST_NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    /** Characters the driver would read as URL structure in a database name. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[^\\s/?&#%+]+");

    public ConnectionSettings {
        Objects.requireNonNull(mode, "mode");
        host = strip(host);
        database = strip(database);
        user = strip(user);
        password = password == null || password.length == 0 ? null : password.clone();
        rootCertificate = strip(rootCertificate);
        options = strip(options);
    }

    /** A server with no further URL parameters. */
    public static ConnectionSettings server(String host, int port, String database, String user, char[] password,
                                            TlsMode tlsMode, String rootCertificate) {
        return new ConnectionSettings(ConnectionMode.SERVER, host, port, database, user, password, tlsMode, rootCertificate, "");
    }

    public boolean isServer() {
        return mode == ConnectionMode.SERVER;
    }

    /** A copy with another password (null: none kept). */
    public ConnectionSettings withPassword(char[] newPassword) {
        return new ConnectionSettings(mode, host, port, database, user, newPassword, tlsMode, rootCertificate, options);
    }

    /** What is wrong with a server's settings, field by field (nothing for the embedded file). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!isServer()) {
            return problems;
        }
        if (host.isEmpty()) {
            problems.add(Problem.of(ConnectionField.HOST, "connection.problem.hostMissing"));
        } else if (!validHost(host)) {
            problems.add(Problem.of(ConnectionField.HOST, "connection.problem.hostInvalid", host));
        }
        if (port < 1 || port > 65535) {
            problems.add(Problem.of(ConnectionField.PORT, "connection.problem.port"));
        }
        if (database.isEmpty()) {
            problems.add(Problem.of(ConnectionField.DATABASE, "connection.problem.databaseMissing"));
        } else if (!DATABASE_NAME.matcher(database).matches()) {
            problems.add(Problem.of(ConnectionField.DATABASE, "connection.problem.databaseInvalid", database));
        }
        if (user.isEmpty()) {
            problems.add(Problem.of(ConnectionField.USER, "error.server.noUser"));
        }
        return problems;
    }

    private static boolean validHost(String host) {
        return host.contains(":") ? IPV6.matcher(host).matches() : HOST_NAME.matcher(host).matches();
    }

    /** The JDBC URL the driver is given: never the password, which travels separately. */
    public String jdbcUrl() {
        return jdbcUrl(host, Integer.toString(port), database, tlsMode, rootCertificate, options);
    }

    /** The URL without {@code sslmode}/{@code sslrootcert}: what the settings file keeps as {@code url}. */
    public String baseUrl() {
        return jdbcUrl(host, Integer.toString(port), database, null, "", options);
    }

    /** The URL of what is typed so far (the dialog's preview): the same as {@link #jdbcUrl()} once it is valid. */
    public static String jdbcUrl(String host, String port, String database, TlsMode tlsMode, String rootCertificate,
                                 String options) {
        String shownHost = strip(host).contains(":") && !strip(host).startsWith("[") ? "[" + strip(host) + "]" : strip(host);
        StringBuilder url = new StringBuilder(URL_PREFIX).append(shownHost).append(':').append(strip(port))
                .append('/').append(strip(database));
        List<String> parameters = new ArrayList<>();
        if (tlsMode != null) {
            parameters.add("sslmode=" + tlsMode.value());
            if (tlsMode.usesRootCertificate() && !strip(rootCertificate).isEmpty()) {
                parameters.add("sslrootcert=" + encodeValue(strip(rootCertificate)));
            }
        }
        if (!strip(options).isEmpty()) {
            parameters.add(strip(options));
        }
        if (!parameters.isEmpty()) {
            url.append('?').append(String.join("&", parameters));
        }
        return url.toString();
    }

    /**
     * Reads a PostgreSQL JDBC URL ({@code jdbc:postgresql://host[:port]/database[?…]}). Its {@code sslmode} and
     * {@code sslrootcert} parameters are used unless {@code tlsMode}/{@code rootCertificate} are given.
     *
     * @throws IllegalArgumentException when it is not such a URL (one host only)
     */
    public static ConnectionSettings fromUrl(String url, String user, char[] password, TlsMode tlsMode, String rootCertificate) {
        String text = strip(url);
        if (!text.toLowerCase(Locale.ROOT).startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
        }
        String rest = text.substring(URL_PREFIX.length());
        int question = rest.indexOf('?');
        String query = question < 0 ? "" : rest.substring(question + 1);
        String address = question < 0 ? rest : rest.substring(0, question);
        int slash = address.indexOf('/');
        if (slash < 0 || address.contains(",")) {
            throw new IllegalArgumentException("no database, or more than one host");
        }
        String hostAndPort = address.substring(0, slash);
        String database = URLDecoder.decode(address.substring(slash + 1), StandardCharsets.UTF_8);
        String host = hostAndPort;
        int port = DEFAULT_PORT;
        int colon = hostAndPort.startsWith("[") ? hostAndPort.indexOf(':', Math.max(0, hostAndPort.indexOf(']')))
                : hostAndPort.lastIndexOf(':');
        if (colon >= 0) {
            host = hostAndPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostAndPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port is not a number", e);
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        TlsMode mode = tlsMode;
        String certificate = rootCertificate;
        List<String> others = new ArrayList<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String value = URLDecoder.decode(pair.substring(name.length() + (pair.contains("=") ? 1 : 0)), StandardCharsets.UTF_8);
            if (name.equalsIgnoreCase("sslmode")) {
                if (mode == null) {
                    mode = TlsMode.fromValue(value).orElseThrow(() -> new IllegalArgumentException("unknown sslmode " + value));
                }
            } else if (name.equalsIgnoreCase("sslrootcert")) {
                certificate = certificate == null || certificate.isBlank() ? value : certificate;
            } else if (!pair.isBlank()) {
                others.add(pair);
            }
        }
        return new ConnectionSettings(ConnectionMode.SERVER, host, port, database, user, password, mode, certificate,
                String.join("&", others));
    }

    /** The driver URL-decodes parameter values: keep what would change meaning ({@code % + &}) literal. */
    private static String encodeValue(String value) {
        return value.replace("%", "%25").replace("+", "%2B").replace("&", "%26");
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionSettings other && mode == other.mode && host.equals(other.host) && port == other.port
                && database.equals(other.database) && user.equals(other.user) && Arrays.equals(password, other.password)
                && tlsMode == other.tlsMode && rootCertificate.equals(other.rootCertificate) && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, host, port, database, user, tlsMode, rootCertificate, options);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return isServer() ? "ConnectionSettings[" + baseUrl() + ", user=" + user + ", sslmode="
                + (tlsMode == null ? "" : tlsMode.value()) + "]" : "ConnectionSettings[embedded]";
    }
}
