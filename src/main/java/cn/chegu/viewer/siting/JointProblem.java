package cn.chegu.viewer.siting;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Joint siting of several facility types under one budget, optionally in phases (see {@link
 * JointSiting} for the model). Demands are population cells; a demand is <em>complete</em> when
 * every type it lacks ({@code missing}) has a new site within reach ({@code covering}), or — for a
 * single-service standard ({@code anyType}) — when any new site of any type reaches it.
 *
 * @param candidateCount number of candidate sites
 * @param covering per demand: the candidates that reach it within the standard, ascending (a site
 *     of any type reaches the same cells: one standard, one mode)
 * @param missing per demand: indices of the types it lacks today (ignored when {@code anyType})
 * @param weights per demand: residents in each phase's year (one entry per phase)
 * @param anyType true when one new site of any type completes a demand (single-service standard)
 * @param typeCost cost of one site of each type (&gt; 0)
 * @param phaseBudget budget of each phase (&ge; 0); one phase when not phased
 * @param maxPerType most new sites of one type over all phases; 0 = no limit
 * @param forbidden per type, the candidates a site of that type may not use (a land rule such as
 *     the minimum spacing to an existing facility of the type); empty = none
 */
public record JointProblem(
    int candidateCount,
    List<int[]> covering,
    List<int[]> missing,
    List<long[]> weights,
    boolean anyType,
    double[] typeCost,
    double[] phaseBudget,
    int maxPerType,
    List<BitSet> forbidden) {

  public JointProblem {
    forbidden = List.copyOf(forbidden);
    if (!forbidden.isEmpty() && forbidden.size() != typeCost.length) {
      throw new IllegalArgumentException("forbidden needs one entry per type, or none");
    }
    covering = List.copyOf(covering);
    missing = List.copyOf(missing);
    weights = List.copyOf(weights);
    if (covering.size() != missing.size() || covering.size() != weights.size()) {
      throw new IllegalArgumentException("covering, missing and weights need one entry per demand");
    }
    if (typeCost.length == 0 || Arrays.stream(typeCost).anyMatch(c -> !(c > 0))) {
      throw new IllegalArgumentException("every type needs a positive cost");
    }
    if (phaseBudget.length == 0 || Arrays.stream(phaseBudget).anyMatch(b -> !(b >= 0))) {
      throw new IllegalArgumentException("every phase needs a budget of at least 0");
    }
    for (long[] w : weights) {
      if (w.length != phaseBudget.length) {
        throw new IllegalArgumentException("one weight per phase is required");
      }
    }
    typeCost = typeCost.clone();
    phaseBudget = phaseBudget.clone();
  }

  public int typeCount() {
    return typeCost.length;
  }

  public int phaseCount() {
    return phaseBudget.length;
  }

  public int demandCount() {
    return covering.size();
  }

  /** Whether a site of type t may stand at candidate j. */
  boolean allowed(int j, int t) {
    return forbidden.isEmpty() || !forbidden.get(t).get(j);
  }

  /** The types a demand still needs: all of {@code missing}, or any one when {@code anyType}. */
  int[] needs(int demand) {
    return missing.get(demand);
  }
}
