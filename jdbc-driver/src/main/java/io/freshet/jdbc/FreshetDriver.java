package io.freshet.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for {@code jdbc:freshet:} URLs: Freshet speaks the PostgreSQL wire protocol,
 * so this driver is a thin layer over pgjdbc ({@link org.postgresql.Driver}), not a second
 * implementation. It turns a Freshet URL into a pgjdbc URL with Freshet's defaults and lets
 * pgjdbc connect; the connections it returns are pgjdbc's own, so they
 * {@link Connection#unwrap unwrap} to {@link org.postgresql.PGConnection} and
 * {@link org.postgresql.jdbc.PgConnection}, and every pgjdbc connection property works.
 *
 * <h2>URLs</h2>
 * <pre>
 * jdbc:freshet://host[:port][,host2[:port2]...][/database][?property=value[&amp;...]]
 * jdbc:freshet:database[?...]       localhost
 * jdbc:freshet:[/][?...]            localhost, the default database
 * </pre>
 * Defaults: port {@value #DEFAULT_PORT} (Freshet's, not PostgreSQL's 5432), database
 * {@value #DEFAULT_DATABASE}, and user {@value #DEFAULT_USER} when neither the URL nor the
 * properties name one (pgjdbc would take the operating system's user name). IPv6 hosts are
 * written in brackets: {@code jdbc:freshet://[::1]:5433/freshet}. Properties are pgjdbc's
 * ({@code user}, {@code password}, {@code ApplicationName}, {@code preferQueryMode},
 * {@code connectTimeout}, ...).
 *
 * <h2>Registration</h2>
 * The driver registers itself with {@link DriverManager} when its class is loaded and is
 * listed in {@code META-INF/services/java.sql.Driver}, so
 * {@code DriverManager.getConnection("jdbc:freshet://...")} finds it without any
 * {@code Class.forName}.
 *
 * <h2>Subscriptions</h2>
 * Freshet's design has {@code SUBSCRIBE} to a view's changes, and this driver is where a Java
 * API for it belongs (a stream of weighted row changes per epoch over a pgjdbc connection).
 * The server does not implement {@code SUBSCRIBE} yet, so the driver offers no subscription
 * API: it will add one when the server has the statement, rather than emulate it by polling.
 */
public final class FreshetDriver implements Driver {
    /** The prefix of every URL this driver accepts. */
    public static final String URL_PREFIX = "jdbc:freshet:";
    /** The port when the URL names none: Freshet's default ({@code bin/freshet server}). */
    public static final int DEFAULT_PORT = 5433;
    /** The database when the URL names none. */
    public static final String DEFAULT_DATABASE = "freshet";
    /** The user when neither the URL nor the properties name one. */
    public static final String DEFAULT_USER = "freshet";

    private static final String PGJDBC_PREFIX = "jdbc:postgresql://";
    private static final String VERSION = readVersion();

    /** pgjdbc, called directly (never through DriverManager, which might pick another driver). */
    private final org.postgresql.Driver pgjdbc = new org.postgresql.Driver();

    static {
        try {
            DriverManager.registerDriver(new FreshetDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Connects through pgjdbc; null if the URL is not a {@code jdbc:freshet:} one (as the JDBC
     * contract asks, so that DriverManager tries the next driver).
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return pgjdbc.connect(toPgjdbcUrl(url), withDefaultUser(url, info));
    }

    /** Whether the URL starts with {@value #URL_PREFIX} and is well formed. */
    @Override
    public boolean acceptsURL(String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return false;
        }
        try {
            return org.postgresql.Driver.parseURL(toPgjdbcUrl(url), new Properties()) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * pgjdbc's connection properties for the URL (with their descriptions, choices and the
     * values the URL sets), with Freshet's default user. Empty for a URL this driver does not
     * accept.
     */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return new DriverPropertyInfo[0];
        }
        return pgjdbc.getPropertyInfo(toPgjdbcUrl(url), withDefaultUser(url, info));
    }

    /** The major version of this driver (Freshet's version, not pgjdbc's). */
    @Override
    public int getMajorVersion() {
        return versionPart(0);
    }

    /** The minor version of this driver (Freshet's version, not pgjdbc's). */
    @Override
    public int getMinorVersion() {
        return versionPart(1);
    }

    /** This driver's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    /** The version of pgjdbc underneath, e.g. {@code 42.7.14}. */
    public static String pgjdbcVersion() {
        return org.postgresql.util.DriverInfo.DRIVER_VERSION;
    }

    /** As pgjdbc: not JDBC compliant in the strict sense (neither server is SQL-92 entry level complete). */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pgjdbc.getParentLogger();
    }

    /**
     * The pgjdbc URL a {@code jdbc:freshet:} URL stands for: the same hosts, database and
     * properties, with Freshet's default port and database filled in.
     *
     * @throws IllegalArgumentException if the URL does not start with {@value #URL_PREFIX} or
     *     a port is not a number
     */
    public static String toPgjdbcUrl(String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("not a " + URL_PREFIX + " URL: " + url);
        }
        String rest = url.substring(URL_PREFIX.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q);
            rest = rest.substring(0, q);
        }
        String hosts;
        String database;
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            hosts = slash < 0 ? rest : rest.substring(0, slash);
            database = slash < 0 ? "" : rest.substring(slash + 1);
        } else {
            hosts = "";
            database = rest.startsWith("/") ? rest.substring(1) : rest;
        }
        StringBuilder pg = new StringBuilder(PGJDBC_PREFIX);
        if (hosts.isEmpty()) {
            pg.append("localhost:").append(DEFAULT_PORT);
        } else {
            String[] list = hosts.split(",", -1);
            for (int i = 0; i < list.length; i++) {
                pg.append(i > 0 ? "," : "").append(withPort(list[i], url));
            }
        }
        pg.append('/').append(database.isEmpty() ? DEFAULT_DATABASE : database).append(query);
        return pg.toString();
    }

    private static String withPort(String host, String url) {
        if (host.isEmpty()) {
            return "localhost:" + DEFAULT_PORT;
        }
        int colon = host.lastIndexOf(':');
        boolean hasPort = host.startsWith("[") ? colon > host.indexOf(']') : colon >= 0;
        if (!hasPort) {
            return host + ":" + DEFAULT_PORT;
        }
        String port = host.substring(colon + 1);
        if (port.isEmpty()) {
            return host + DEFAULT_PORT;
        }
        if (!port.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("bad port '" + port + "' in " + url);
        }
        return host;
    }

    /** A copy of {@code info} with {@code user=freshet} unless the URL or {@code info} names a user. */
    private static Properties withDefaultUser(String url, Properties info) {
        Properties p = new Properties();
        if (info != null) {
            p.putAll(info);
        }
        if (p.getProperty("user") == null && !urlNamesUser(url)) {
            p.setProperty("user", DEFAULT_USER);
        }
        return p;
    }

    private static boolean urlNamesUser(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return false;
        }
        for (String kv : url.substring(q + 1).split("&")) {
            int eq = kv.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals("user")) {
                return true;
            }
        }
        return false;
    }

    private static int versionPart(int index) {
        String[] parts = VERSION.split("[.-]");
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String readVersion() {
        try (InputStream in = FreshetDriver.class.getResourceAsStream("driver.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the unknown version
        }
        return "0.0.0";
    }
}
