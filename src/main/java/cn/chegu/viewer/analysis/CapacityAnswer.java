package cn.chegu.viewer.analysis;

import java.util.List;

/**
 * What a capacitated siting adds to its answer: the demand the new sites serve within their
 * capacity, and E2SFCA access before and after the sites.
 *
 * @param type the facility type whose rate and unit are used
 * @param unit beds or places
 * @param perSite capacity of each new site, in {@code unit}
 * @param ratePerThousand demand per 1,000 residents (the type's norm, as E2SFCA's load uses it)
 * @param rateSource where the rate comes from
 * @param demandInReach demand of the residents not yet covered that some candidate reaches
 * @param coveredDemand demand of the residents the chosen sites newly reach (rate × newlyCovered):
 *     what they would serve with no capacity limit
 * @param served demand the chosen sites serve within their capacity (the objective)
 * @param sites the chosen sites in the order of the answer's sites
 * @param access E2SFCA before and after the sites
 * @param rules every rule that moves these numbers
 * @param rulesZh the same rules in Chinese
 */
public record CapacityAnswer(
    String type,
    String unit,
    double perSite,
    double ratePerThousand,
    String rateSource,
    double demandInReach,
    double coveredDemand,
    double served,
    List<Site> sites,
    Access access,
    List<String> rules,
    List<String> rulesZh) {

  public CapacityAnswer {
    sites = List.copyOf(sites);
    rules = List.copyOf(rules);
    rulesZh = List.copyOf(rulesZh);
  }

  /**
   * One new site.
   *
   * @param served demand assigned to it by the siting model (&le; perSite)
   * @param load served / perSite
   * @param accessLoad its E2SFCA load after siting (apportioned need / capacity)
   */
  public record Site(double lon, double lat, double served, double load, double accessLoad) {}

  /**
   * E2SFCA (Luo &amp; Qi 2009) of the type before and after the new sites.
   *
   * @param catchment the standard bounding each catchment
   * @param catchmentMinutes its time
   * @param normPerThousand the norm, to read the ratios against
   * @param before the zone before
   * @param after the zone with the new sites
   * @param byArea per sub-district, sorted by name
   * @param overloadedBefore facilities whose load exceeds 1 before
   * @param overloadedAfter facilities (new ones included) whose load exceeds 1 after
   */
  public record Access(
      String catchment,
      double catchmentMinutes,
      double normPerThousand,
      Totals before,
      Totals after,
      List<Area> byArea,
      long overloadedBefore,
      long overloadedAfter) {

    public Access {
      byArea = List.copyOf(byArea);
    }
  }

  /**
   * @param capacityInReach capacity of the facilities whose catchment holds residents
   * @param perThousand residents-weighted mean access, {@code unit} per 1,000 residents
   */
  public record Totals(long residents, double capacityInReach, double perThousand) {}

  /** One sub-district: residents-weighted access per 1,000 residents, before and after. */
  public record Area(String area, long residents, double before, double after) {}
}
