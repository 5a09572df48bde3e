package cn.chegu.viewer.store;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One migrated database per test class, opened once (subclasses say which). A subclass on a
 * database that may be missing says {@code @RequiresTool}, which skips it before it opens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDatabaseTest {

  private HikariDataSource dataSource;

  /** A migrated, reachable database. */
  abstract HikariDataSource createDataSource();

  /** Builds what the tests use, once the database is open. */
  abstract void opened(HikariDataSource dataSource);

  @BeforeAll
  final void openDatabase() {
    dataSource = createDataSource();
    opened(dataSource);
  }

  @AfterAll
  final void closeDatabase() {
    if (dataSource != null) {
      dataSource.close();
    }
  }

  final HikariDataSource dataSource() {
    return dataSource;
  }
}
