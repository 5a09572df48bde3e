package cn.chegu.viewer.facility;

import java.util.List;
import java.util.Optional;

/** The baseline facilities, as held by the store. */
public interface FacilityCatalog {

  /** Every baseline facility, in a stable order. */
  List<Facility> all();

  default Optional<Facility> find(String id) {
    return all().stream().filter(f -> f.id().equals(id)).findFirst();
  }
}
