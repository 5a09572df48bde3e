package cn.chegu.viewer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageOp;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class StandardCatalogTest {

  private static final GeometryFactory GF = new GeometryFactory();

  @Test
  void withoutOverridesTheDefaultsHold() {
    StandardCatalog catalog = new StandardCatalog(new StandardsProperties(null));
    assertThat(catalog.get("health15").time()).isEqualTo(Duration.ofMinutes(15));
    assertThat(catalog.all()).hasSize(8);
  }

  @Test
  void anOverrideChangesTheStandardAndSoTheResult() {
    StandardCatalog defaults = new StandardCatalog(new StandardsProperties(null));
    StandardCatalog stricter =
        new StandardCatalog(
            new StandardsProperties(
                Map.of(
                    "health15",
                    new StandardsProperties.Override(
                        10.0, 500.0, List.of("hospital"), null, null))));
    ServiceStandard s = stricter.get("health15");
    assertThat(s.time()).isEqualTo(Duration.ofMinutes(10));
    assertThat(s.euclideanRadiusMeters()).isEqualTo(500.0);
    assertThat(s.types()).containsExactly(FacilityType.HOSPITAL);

    // One hospital at the origin, 100 residents 700 m away: inside the default 1000 m circle,
    // outside the overridden 500 m one.
    List<ServicePoint> hospital =
        List.of(
            new ServicePoint(
                "h", FacilityType.HOSPITAL, "医院", GF.createPoint(new Coordinate(0, 0))));
    List<DemandCell> cells =
        List.of(new DemandCell("c", GF.createPoint(new Coordinate(700, 0)), 100, "甲"));
    ServiceStandard before = defaults.get("health15").withTypes(s.types());
    assertThat(
            CoverageOp.compute(null, hospital, cells, before, CoverageMethod.EUCLIDEAN)
                .coveredResidents())
        .isEqualTo(100);
    assertThat(
            CoverageOp.compute(null, hospital, cells, s, CoverageMethod.EUCLIDEAN)
                .coveredResidents())
        .isZero();
  }

  @Test
  void unknownCodesAreRefusedNamingTheKnownOnes() {
    assertThatThrownBy(
            () ->
                new StandardCatalog(
                    new StandardsProperties(
                        Map.of(
                            "health99",
                            new StandardsProperties.Override(5.0, null, null, null, null)))))
        .hasMessageContaining("health99")
        .hasMessageContaining("health15");
    StandardCatalog catalog = new StandardCatalog(new StandardsProperties(null));
    assertThatThrownBy(() -> catalog.get("x"))
        .isInstanceOf(UnknownStandardException.class)
        .hasMessageContaining("life15");
  }
}
