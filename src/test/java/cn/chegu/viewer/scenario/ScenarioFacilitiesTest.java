package cn.chegu.viewer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.FacilityEdit.Action;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ScenarioFacilitiesTest {

  private static final Facility A =
      new Facility("a", FacilityType.PRIMARY_SCHOOL, "甲小学", "A", 114.0, 30.0, 900, "existing");
  private static final Facility B =
      new Facility("b", FacilityType.KINDERGARTEN, "乙幼儿园", "B", 114.1, 30.1, 180, "existing");
  private static final List<Facility> BASELINE = List.of(A, B);
  private static final Function<String, Optional<Facility>> LOOKUP =
      id -> BASELINE.stream().filter(f -> f.id().equals(id)).findFirst();

  @Test
  void addMoveAndRemoveCombineOverTheBaseline() {
    List<FacilityEdit> edits =
        List.of(new FacilityEdit(Action.ADD, "s1-1", FacilityType.PARK, "新公园", 114.2, 30.2));
    edits = ScenarioFacilities.move(edits, "a", 114.05, 30.05, LOOKUP);
    edits = ScenarioFacilities.remove(edits, "b", LOOKUP);

    List<Facility> after = ScenarioFacilities.apply(BASELINE, edits);

    assertThat(after).extracting(Facility::id).containsExactly("a", "s1-1");
    assertThat(after.get(0).lon()).isEqualTo(114.05);
    assertThat(after.get(0).capacity()).isEqualTo(900);
    assertThat(after.get(1).type()).isEqualTo(FacilityType.PARK);
    assertThat(BASELINE).containsExactly(A, B); // the baseline itself never changes
  }

  @Test
  void movingTwiceKeepsOneMoveAndMovingAnAdditionRepositionsIt() {
    List<FacilityEdit> edits =
        List.of(new FacilityEdit(Action.ADD, "s1-1", FacilityType.PARK, "新公园", 114.2, 30.2));
    edits = ScenarioFacilities.move(edits, "a", 1, 1, LOOKUP);
    edits = ScenarioFacilities.move(edits, "a", 2, 2, LOOKUP);
    edits = ScenarioFacilities.move(edits, "s1-1", 3, 3, LOOKUP);

    assertThat(edits)
        .extracting(FacilityEdit::action, FacilityEdit::facilityId, FacilityEdit::lon)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Action.ADD, "s1-1", 3.0),
            org.assertj.core.groups.Tuple.tuple(Action.MOVE, "a", 2.0));
  }

  @Test
  void removingAnAdditionDropsItAndUnknownOrRemovedFacilitiesAreRefused() {
    List<FacilityEdit> edits =
        List.of(new FacilityEdit(Action.ADD, "s1-1", FacilityType.PARK, "新公园", 114.2, 30.2));
    assertThat(ScenarioFacilities.remove(edits, "s1-1", LOOKUP)).isEmpty();

    assertThatThrownBy(() -> ScenarioFacilities.move(edits, "nope", 1, 1, LOOKUP))
        .isInstanceOf(ScenarioNotFoundException.class)
        .hasMessageContaining("nope");
    List<FacilityEdit> removed = ScenarioFacilities.remove(List.of(), "b", LOOKUP);
    assertThatThrownBy(() -> ScenarioFacilities.move(removed, "b", 1, 1, LOOKUP))
        .isInstanceOf(ScenarioNotFoundException.class);
  }
}
