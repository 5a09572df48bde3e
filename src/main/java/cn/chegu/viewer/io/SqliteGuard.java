package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.BudgetExceededException;
import cn.chegu.viewer.budget.WorkBudget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;

/**
 * Keeps an uploaded SQLite file (a GeoPackage) from running arbitrary work: a "table" of a
 * GeoPackage may be a view — e.g. an endlessly recursive {@code WITH RECURSIVE} — or a virtual
 * table, both of which compute when read. Those are refused before anything is read ({@link
 * #requireStoredTables}); and every query on the file runs under SQLite's progress handler ({@link
 * #watch}), which interrupts it once the import's {@link WorkBudget} is spent.
 */
final class SqliteGuard {

  /** SQLite virtual-machine steps between two looks at the budget. */
  private static final int STEPS = 10_000;

  private SqliteGuard() {}

  /**
   * Refuses the file when a table the GeoPackage lists ({@code gpkg_contents}) or one of its own
   * {@code gpkg_*} tables is a view or a virtual table.
   *
   * @throws InvalidImportFileException naming the table
   */
  static void requireStoredTables(Path file, String fileName) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      watch(c);
      List<String> names = new ArrayList<>();
      if (kind(c, "gpkg_contents") == Kind.TABLE) {
        try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM gpkg_contents");
            ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            names.add(rs.getString(1));
          }
        }
      }
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT name FROM sqlite_master WHERE name LIKE 'gpkg!_%' ESCAPE '!'");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        Kind kind = kind(c, name);
        if (kind == Kind.VIEW || kind == Kind.VIRTUAL) {
          throw new InvalidImportFileException(
              fileName
                  + ": the GeoPackage's table '"
                  + name
                  + "' is a "
                  + (kind == Kind.VIEW ? "view" : "virtual table")
                  + ", which computes when read; only stored tables are imported");
        }
      }
    } catch (SQLException e) {
      WorkBudget.check();
      throw new InvalidImportFileException(
          fileName + ": not a readable GeoPackage (" + e.getMessage() + ")", e);
    }
  }

  /** Interrupts every later query on {@code connection} once the thread's budget is spent. */
  static void watch(Connection connection) {
    try {
      ProgressHandler.setHandler(
          connection,
          STEPS,
          new ProgressHandler() {
            @Override
            protected int progress() {
              return WorkBudget.spent() ? 1 : 0;
            }
          });
    } catch (SQLException e) {
      throw new BudgetExceededException("cannot bound the GeoPackage's queries: " + e.getMessage());
    }
  }

  private enum Kind {
    TABLE,
    VIEW,
    VIRTUAL,
    ABSENT
  }

  private static Kind kind(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT type, sql FROM sqlite_master WHERE name = ? COLLATE NOCASE")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Kind.ABSENT;
        }
        String type = rs.getString(1);
        String sql = rs.getString(2) == null ? "" : rs.getString(2).trim();
        if ("view".equalsIgnoreCase(type)) {
          return Kind.VIEW;
        }
        if (sql.toUpperCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .startsWith("CREATE VIRTUAL TABLE")) {
          return Kind.VIRTUAL;
        }
        return Kind.TABLE;
      }
    }
  }
}
