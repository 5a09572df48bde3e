package cn.chegu.viewer.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** UTM zones by hand: zone = ⌊(lon + 180) / 6⌋ + 1; 326zz north, 327zz south. */
class AreaCrsTest {

  @Test
  void zonesOfKnownPlaces() {
    assertThat(AreaCrs.utmEpsg(114.16, 30.50)).isEqualTo(32650); // 车谷: 294.16 / 6 = 49.0
    assertThat(AreaCrs.utmEpsg(112.20, 30.35)).isEqualTo(32649); // 荆州: 292.2 / 6 = 48.7
    assertThat(AreaCrs.utmEpsg(24.94, 60.17)).isEqualTo(32635); // Helsinki: 204.94 / 6 = 34.2
    assertThat(AreaCrs.utmEpsg(-43.2, -22.9)).isEqualTo(32723); // Rio: 136.8 / 6 = 22.8
    assertThat(AreaCrs.utmZone(-180)).isEqualTo(1);
    assertThat(AreaCrs.utmZone(179.99)).isEqualTo(60);
    assertThat(AreaCrs.utmZone(180)).isEqualTo(1); // the antimeridian wraps
  }

  @Test
  void storageKeysOfTheDefaultAreaAreThePlainLayerIds() {
    Area other = new Area("area-2", "x", false, 32649);
    assertThat(Area.DEFAULT.layerKey("zone")).isEqualTo("zone");
    assertThat(other.layerKey("zone")).isEqualTo("area-2/zone");
    assertThat(Area.layerId(other.layerKey("roads"))).isEqualTo("roads");
    assertThat(Area.layerId("roads")).isEqualTo("roads");
    assertThatThrownBy(() -> new Area("../x", "x", false, 32649))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theScopeFallsBackToTheDefaultAndRestoresWhatWasBound() {
    Area other = new Area("area-2", "x", false, 32649);
    assertThat(AreaScope.current()).isEqualTo(Area.DEFAULT);
    String seen = AreaScope.with(other, () -> AreaScope.current().id());
    assertThat(seen).isEqualTo("area-2");
    assertThat(AreaScope.current()).isEqualTo(Area.DEFAULT);
    assertThat(other.projection().toMetric(111.0, 0.0).x)
        .isCloseTo(500_000, org.assertj.core.data.Offset.offset(0.01));
  }
}
