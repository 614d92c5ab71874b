package io.freshet.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The driver without a server: URLs, defaults, discovery, versions, property info. */
class FreshetDriverUrlTest {
    private final FreshetDriver driver = new FreshetDriver();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
        "jdbc:freshet://db.example:6000/analytics jdbc:postgresql://db.example:6000/analytics",
        "jdbc:freshet://db.example/analytics jdbc:postgresql://db.example:5433/analytics",
        "jdbc:freshet://db.example jdbc:postgresql://db.example:5433/freshet",
        "jdbc:freshet://db.example/ jdbc:postgresql://db.example:5433/freshet",
        "jdbc:freshet://db.example:/x jdbc:postgresql://db.example:5433/x",
        "jdbc:freshet://127.0.0.1:5999/freshet?ApplicationName=bi&ssl=false "
                + "jdbc:postgresql://127.0.0.1:5999/freshet?ApplicationName=bi&ssl=false",
        "jdbc:freshet://h1,h2:7000/db jdbc:postgresql://h1:5433,h2:7000/db",
        "jdbc:freshet://[::1]/db jdbc:postgresql://[::1]:5433/db",
        "jdbc:freshet://[::1]:6000/db jdbc:postgresql://[::1]:6000/db",
        "jdbc:freshet:analytics jdbc:postgresql://localhost:5433/analytics",
        "jdbc:freshet: jdbc:postgresql://localhost:5433/freshet",
        "jdbc:freshet:/ jdbc:postgresql://localhost:5433/freshet",
        "jdbc:freshet:?user=bob jdbc:postgresql://localhost:5433/freshet?user=bob",
        "jdbc:freshet:///db jdbc:postgresql://localhost:5433/db",
    })
    void freshetUrls_becomePgjdbcUrlsWithFreshetDefaults(String url, String pgjdbc) {
        assertThat(FreshetDriver.toPgjdbcUrl(url)).isEqualTo(pgjdbc);
        assertThat(driver.acceptsURL(url)).isTrue();
    }

    @Test
    void otherUrls_areNotAccepted_andConnectReturnsNull() throws SQLException {
        for (String url : new String[] {"jdbc:postgresql://localhost/db", "jdbc:mysql://x/y", "freshet://x",
                "jdbc:freshetx://x", "", "jdbc:freshet://host:port/db"}) {
            assertThat(driver.acceptsURL(url)).as(url).isFalse();
            assertThat(driver.connect(url, new Properties())).as(url).isNull();
            assertThat(driver.getPropertyInfo(url, new Properties())).as(url).isEmpty();
        }
        assertThat(driver.acceptsURL(null)).isFalse();
        assertThatThrownBy(() -> FreshetDriver.toPgjdbcUrl("jdbc:postgresql://x/y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FreshetDriver.toPgjdbcUrl("jdbc:freshet://host:port/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad port 'port'");
    }

    @Test
    void driverManagerAndServiceLoader_findTheDriver() throws SQLException {
        assertThat(DriverManager.getDriver("jdbc:freshet://127.0.0.1:1/freshet")).isInstanceOf(FreshetDriver.class);
        List<Class<?>> loaded = new ArrayList<>();
        ServiceLoader.load(Driver.class).forEach(d -> loaded.add(d.getClass()));
        assertThat(loaded).contains(FreshetDriver.class, org.postgresql.Driver.class);
        // pgjdbc keeps its own URLs
        assertThat(DriverManager.getDriver("jdbc:postgresql://127.0.0.1:1/x")).isInstanceOf(org.postgresql.Driver.class);
    }

    @Test
    void versions_areFreshetsAndPgjdbcIsNamed() {
        assertThat(FreshetDriver.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        String[] parts = FreshetDriver.version().split("[.-]");
        assertThat(driver.getMajorVersion()).isEqualTo(Integer.parseInt(parts[0]));
        assertThat(driver.getMinorVersion()).isEqualTo(Integer.parseInt(parts[1]));
        assertThat(FreshetDriver.pgjdbcVersion()).startsWith("42.");
        assertThat(driver.jdbcCompliant()).isFalse();
    }

    @Test
    void propertyInfo_isPgjdbcsWithFreshetDefaults() throws SQLException {
        DriverPropertyInfo[] info = driver.getPropertyInfo("jdbc:freshet://db.example/analytics?ApplicationName=bi",
                new Properties());
        assertThat(value(info, "user")).isEqualTo("freshet");
        assertThat(value(info, "PGHOST")).isEqualTo("db.example");
        assertThat(value(info, "PGPORT")).isEqualTo("5433");
        assertThat(value(info, "PGDBNAME")).isEqualTo("analytics");
        assertThat(value(info, "ApplicationName")).isEqualTo("bi");
        assertThat(Arrays.stream(info).map(p -> p.name)).contains("password", "preferQueryMode", "connectTimeout");
        Properties bob = new Properties();
        bob.setProperty("user", "bob");
        assertThat(value(driver.getPropertyInfo("jdbc:freshet://h/db", bob), "user")).isEqualTo("bob");
        assertThat(value(driver.getPropertyInfo("jdbc:freshet://h/db?user=carl", new Properties()), "user"))
                .isEqualTo("carl");
        // the caller's properties are not changed
        Properties empty = new Properties();
        driver.getPropertyInfo("jdbc:freshet://h/db", empty);
        assertThat(empty).isEmpty();
    }

    private static String value(DriverPropertyInfo[] info, String name) {
        return Arrays.stream(info).filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + name)).value;
    }
}
