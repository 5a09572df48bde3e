package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The service standards in force: the defaults with the configured overrides applied. */
@Component
public class StandardCatalog {

  private final List<ServiceStandard> standards;

  public StandardCatalog(StandardsProperties properties) {
    List<ServiceStandard> list = new ArrayList<>(ServiceStandards.defaults());
    for (Map.Entry<String, StandardsProperties.Override> e : properties.overrides().entrySet()) {
      int i = indexOf(list, e.getKey());
      if (i < 0) {
        throw new IllegalStateException(
            "chegu.standards.overrides."
                + e.getKey()
                + ": no such standard; known: "
                + codes(list));
      }
      list.set(i, apply(list.get(i), e.getValue()));
    }
    this.standards = List.copyOf(list);
  }

  public List<ServiceStandard> all() {
    return standards;
  }

  /** The standard with this code; {@link UnknownStandardException} naming the known codes. */
  public ServiceStandard get(String code) {
    int i = indexOf(standards, code);
    if (i < 0) {
      throw new UnknownStandardException("no standard '" + code + "'; known: " + codes(standards));
    }
    return standards.get(i);
  }

  private static ServiceStandard apply(ServiceStandard s, StandardsProperties.Override o) {
    ServiceStandard out = s;
    if (o.minutes() != null) {
      out = out.withTime(Duration.ofMillis(Math.round(o.minutes() * 60_000)));
    }
    if (o.euclideanRadiusMeters() != null) {
      out = out.withEuclideanRadiusMeters(o.euclideanRadiusMeters());
    }
    if (o.types() != null) {
      Set<FacilityType> types = new LinkedHashSet<>();
      o.types().forEach(t -> types.add(FacilityType.fromCode(t)));
      out = out.withTypes(types);
    }
    if (o.accessSpeedKmh() != null || o.snapMaxMeters() != null) {
      out =
          out.withAccess(
              o.accessSpeedKmh() != null ? o.accessSpeedKmh() : out.accessSpeedKmh(),
              o.snapMaxMeters() != null ? o.snapMaxMeters() : out.snapMaxMeters());
    }
    return out;
  }

  private static int indexOf(List<ServiceStandard> list, String code) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> codes(List<ServiceStandard> list) {
    return list.stream().map(ServiceStandard::code).toList();
  }
}
