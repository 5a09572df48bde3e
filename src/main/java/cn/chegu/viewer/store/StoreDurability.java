package cn.chegu.viewer.store;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a committed write survive a crash of the process before it is acknowledged.
 *
 * <p>PostgreSQL does so at commit ({@code synchronous_commit} on). The embedded H2 store keeps a
 * commit in memory for up to {@code WRITE_DELAY} (500 ms) before a background thread writes it: a
 * {@code kill -9} in that window lost acknowledged writes. Setting {@code WRITE_DELAY=0} would also
 * stop the background writer during the large sample-data load (all of it held in memory until one
 * huge commit), so instead every acknowledged change calls {@link #flush()} after its commit: a
 * {@code CHECKPOINT}, which writes the store and syncs the file (a few ms; writes are rare).
 */
@Component
public class StoreDurability {

  private final JdbcTemplate jdbc;
  private final boolean embedded;

  public StoreDurability(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.embedded = SpatialDialect.of(dataSource) == SpatialDialect.H2GIS;
  }

  /** Writes everything committed so far to disk (H2); nothing to do on PostgreSQL. */
  public void flush() {
    if (embedded) {
      jdbc.execute("CHECKPOINT");
    }
  }
}
