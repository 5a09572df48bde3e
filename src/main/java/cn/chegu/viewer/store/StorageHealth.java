package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the embedded store's disk ({@code storage}): DOWN with the reason while the data
 * directory cannot take writes (read-only, full, below {@code chegu.storage.min-free-megabytes});
 * probed on every health call, so it is UP again as soon as space is back — and then the
 * connections a disk fault may have broken are replaced (Hikari soft eviction), so the store
 * recovers without a restart. With PostGIS the disk is the server's: always UP here ({@code db}
 * says whether PostgreSQL answers).
 */
@Component("storage")
public class StorageHealth implements HealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(StorageHealth.class);

  private final StoreProperties properties;
  private final DataSource dataSource;
  private final boolean embeddedFile;
  private final long minFreeBytes;
  private volatile boolean wasDown;

  public StorageHealth(
      StoreProperties properties,
      DataSource dataSource,
      @Value("${spring.datasource.url:}") String url,
      @Value("${chegu.storage.min-free-megabytes:64}") long minFreeMegabytes) {
    this.properties = properties;
    this.dataSource = dataSource;
    this.embeddedFile = url.startsWith("jdbc:h2:file:");
    this.minFreeBytes = minFreeMegabytes << 20;
  }

  @Override
  public Health health() {
    if (!embeddedFile) {
      return Health.up().withDetail("store", "not a file of this server").build();
    }
    String problem = DataDirectory.problem(properties.dataDir(), minFreeBytes);
    if (problem != null) {
      if (!wasDown) {
        LOG.warn("Storage DOWN: {}; writes cannot succeed", problem);
      }
      wasDown = true;
      return Health.down().withDetail("reason", problem + "; writes cannot succeed").build();
    }
    if (wasDown) {
      wasDown = false;
      LOG.info("Storage UP again: replacing the database connections");
      if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
        hikari.getHikariPoolMXBean().softEvictConnections();
      }
    }
    return Health.up()
        .withDetail("path", properties.dataDir().toAbsolutePath().normalize().toString())
        .withDetail("free", DataDirectory.freeBytes(properties.dataDir()))
        .build();
  }
}
