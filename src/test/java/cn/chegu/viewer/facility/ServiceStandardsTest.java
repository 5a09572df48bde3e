package cn.chegu.viewer.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ServiceStandardsTest {

  @Test
  void defaultsHaveExactlyTheContractCodes() {
    assertThat(ServiceStandards.defaults())
        .extracting(ServiceStandard::code)
        .containsExactly(
            "life15",
            "health15",
            "emergency12",
            "culture12",
            "park10",
            "kindergarten5",
            "primary10",
            "middle15");
  }

  @Test
  void everyNumberHasASource() {
    for (ServiceStandard s : ServiceStandards.defaults()) {
      assertThat(s.sources())
          .as(s.code())
          .containsKeys(
              "time",
              "types",
              "mode",
              "speedKmh",
              "dispatchDelay",
              "euclideanRadiusMeters",
              "roadSpeedFactor");
      assertThat(s.sources().values()).allMatch(v -> !v.isBlank());
    }
  }

  @Test
  void walkRadiiAreGbDistancesAndEqualSpeedTimesTime() {
    assertThat(ServiceStandards.byCode("kindergarten5").euclideanRadiusMeters()).isEqualTo(300);
    assertThat(ServiceStandards.byCode("primary10").euclideanRadiusMeters()).isEqualTo(500);
    assertThat(ServiceStandards.byCode("middle15").euclideanRadiusMeters()).isEqualTo(1000);
    for (ServiceStandard s : ServiceStandards.defaults()) {
      if (s.mode() == ServiceStandard.Mode.WALK) {
        assertThat(s.speedKmh() / 3.6 * s.minutes() * 60)
            .as(s.code())
            .isEqualTo(s.euclideanRadiusMeters(), within(1e-6));
      }
    }
  }

  @Test
  void emergencyIsAnAmbulanceWithDispatchDelayAndFiveKilometres() {
    ServiceStandard s = ServiceStandards.byCode("emergency12");
    assertThat(s.mode()).isEqualTo(ServiceStandard.Mode.AMBULANCE);
    assertThat(s.dispatchDelay()).isEqualTo(Duration.ofMinutes(3));
    assertThat(s.euclideanRadiusMeters()).isEqualTo(5000);
    // 5 km driven in the 9 minutes left after dispatch
    assertThat(s.speedKmh() / 3.6 * 9 * 60).isEqualTo(5000, within(1e-6));
  }

  @Test
  void life15RequiresEveryType() {
    ServiceStandard s = ServiceStandards.byCode("life15");
    assertThat(s.rule()).isEqualTo(ServiceStandard.Rule.EVERY_TYPE);
    assertThat(s.types()).contains(FacilityType.PRIMARY_SCHOOL, FacilityType.PARK);
  }

  @Test
  void unknownCodeNamesTheAllowedOnes() {
    assertThatThrownBy(() -> ServiceStandards.byCode("bogus"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("health15");
  }

  @Test
  void rejectsADelayLongerThanTheTime() {
    ServiceStandard s = ServiceStandards.byCode("emergency12");
    assertThatThrownBy(() -> s.withTime(Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dispatchDelay");
  }
}
