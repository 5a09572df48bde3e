package cn.chegu.viewer.analysis;

import cn.chegu.viewer.siting.SitingResult;
import java.util.List;

/**
 * Proposed sites in WGS84 with the solver's account of itself.
 *
 * @param sites chosen sites in attribution order, each with its marginal newly covered residents
 * @param candidatesConsidered how many candidate sites the model chose from
 * @param result the solver's result (status, objective, bound, gap, times, model size)
 */
public record SitingAnswer(List<Site> sites, int candidatesConsidered, SitingResult result) {

  /** One proposed site. */
  public record Site(double lon, double lat, long newlyCovered) {}

  public SitingAnswer {
    sites = List.copyOf(sites);
  }
}
