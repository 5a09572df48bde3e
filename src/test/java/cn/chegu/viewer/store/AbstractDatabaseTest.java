package cn.chegu.viewer.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * One migrated database per test class, opened once (subclasses say which). When it is unavailable,
 * every test of the class calls {@link #requireDatabase()} and is reported skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDatabaseTest {

  private HikariDataSource dataSource;

  /** Why the database is unavailable, or null. */
  private String unavailable;

  /** A migrated, reachable database (or a failed assumption). */
  abstract HikariDataSource createDataSource();

  /** Builds what the tests use, once the database is open. */
  abstract void opened(HikariDataSource dataSource);

  @BeforeAll
  final void openDatabase() {
    try {
      dataSource = createDataSource();
    } catch (TestAbortedException e) {
      unavailable = e.getMessage();
      return;
    }
    opened(dataSource);
  }

  @AfterAll
  final void closeDatabase() {
    if (dataSource != null) {
      dataSource.close();
    }
  }

  /** Skips the calling test when the database is unavailable. */
  final void requireDatabase() {
    assumeTrue(unavailable == null, unavailable);
  }

  final HikariDataSource dataSource() {
    return dataSource;
  }
}
