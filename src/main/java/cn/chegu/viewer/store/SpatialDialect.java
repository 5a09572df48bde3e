package cn.chegu.viewer.store;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The little that differs between the two supported databases. Geometry goes in and out as WKB
 * ({@code ST_GeomFromWKB}, {@code ST_AsBinary}) and bounding-box filters use {@code &&} with {@code
 * ST_MakeEnvelope} in both; only the JSON column needs a cast on PostGIS (jsonb).
 */
enum SpatialDialect {
  H2GIS("?"),
  POSTGIS("CAST(? AS jsonb)");

  private final String jsonParameter;

  SpatialDialect(String jsonParameter) {
    this.jsonParameter = jsonParameter;
  }

  /** The SQL placeholder for a JSON text parameter written to the properties column. */
  String jsonParameter() {
    return jsonParameter;
  }

  static SpatialDialect of(DataSource dataSource) {
    String product;
    try {
      product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("cannot identify the database", e);
    }
    String name = product.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGIS;
    }
    if (name.contains("h2")) {
      return H2GIS;
    }
    throw new IllegalStateException("unsupported database: " + product);
  }
}
