package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The joint greedy's lazy evaluation picks exactly the sites of the full rescan it replaced (kept
 * here as the oracle), on random instances: 2–3 types, any-type or every-type, 1–3 phases, costs
 * with ties (1 or 2), budgets, a per-type limit and forbidden pairs sometimes; small integer
 * weights so that equal scores, where the tie rule decides, are frequent.
 */
class JointGreedyLazyTest {

  @Test
  void theLazyGreedyChoosesWhatTheFullRescanChooses() {
    int severalSites = 0;
    for (int seed = 0; seed < 500; seed++) {
      List<JointSiting.Site> lazy = compare(new Random(seed), seed);
      severalSites += lazy.size() >= 2 ? 1 : 0;
    }
    assertThat(severalSites)
        .as("instances where the greedy chose two sites or more")
        .isGreaterThan(100);
  }

  private static List<JointSiting.Site> compare(Random random, int seed) {
    int demands = 5 + random.nextInt(60);
    int candidates = 2 + random.nextInt(25);
    int types = 2 + random.nextInt(2);
    int phases = 1 + random.nextInt(3);
    boolean anyType = random.nextInt(4) == 0;
    List<int[]> covering = new ArrayList<>();
    List<int[]> missing = new ArrayList<>();
    List<long[]> weights = new ArrayList<>();
    for (int i = 0; i < demands; i++) {
      covering.add(random.ints(random.nextInt(5), 0, candidates).sorted().distinct().toArray());
      missing.add(random.ints(random.nextInt(types + 1), 0, types).sorted().distinct().toArray());
      weights.add(random.longs(phases, 0, 6).toArray());
    }
    double[] cost = random.doubles(types).map(c -> c < 0.5 ? 1 : 2).toArray();
    double[] budget = random.doubles(phases).map(b -> Math.floor(b * 6)).toArray();
    int maxPerType = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
    List<BitSet> forbidden = new ArrayList<>();
    if (random.nextBoolean()) {
      for (int t = 0; t < types; t++) {
        BitSet no = new BitSet();
        for (int j = 0; j < candidates; j++) {
          if (random.nextInt(5) == 0) {
            no.set(j);
          }
        }
        forbidden.add(no);
      }
    }
    JointProblem p =
        new JointProblem(
            candidates, covering, missing, weights, anyType, cost, budget, maxPerType, forbidden);
    JointSiting.Groups groups = JointSiting.Groups.of(p);
    List<int[]> pairs = JointSiting.keptPairs(p, groups);

    List<JointSiting.Site> lazy = JointSiting.greedy(p, groups, pairs);
    assertThat(lazy).as("seed %d", seed).isEqualTo(plainGreedy(p, groups, pairs));
    return lazy;
  }

  /**
   * The greedy as it was before lazy evaluation, rescoring every pair at every step (the oracle): a
   * greedy incumbent, phase by phase: the affordable (site, type) pair with the most progress per
   * cost unit, where a group lacking m types gains w/m for each missing type satisfied (so a bundle
   * completing it earns w in all); any-type standards: w for the first site reaching an incomplete
   * group. w counts the phase's and the last phase's residents. Keeps the budgets and the per-type
   * limit.
   */
  static List<JointSiting.Site> plainGreedy(
      JointProblem p, JointSiting.Groups groups, List<int[]> pairs) {
    int types = p.typeCount();
    boolean[][] has = new boolean[groups.size()][types];
    boolean[] done = new boolean[groups.size()];
    Map<Long, List<Integer>> reach = new HashMap<>(); // (j, t) -> groups lacking t reached by j
    for (int g = 0; g < groups.size(); g++) {
      for (int t : groups.missing(g)) {
        for (int j : groups.covering(g)) {
          reach.computeIfAbsent(((long) j << 8) | t, k -> new ArrayList<>()).add(g);
        }
      }
    }
    boolean[] used = new boolean[pairs.size()];
    int[] ofType = new int[types];
    List<JointSiting.Site> out = new ArrayList<>();
    int last = p.phaseCount() - 1;
    for (int q = 0; q < p.phaseCount(); q++) {
      double left = p.phaseBudget()[q];
      while (true) {
        int best = -1;
        double bestScore = 0;
        for (int k = 0; k < pairs.size(); k++) {
          int j = pairs.get(k)[0];
          int t = pairs.get(k)[1];
          if (used[k]
              || p.typeCost()[t] > left + 1e-9
              || (p.maxPerType() > 0 && ofType[t] >= p.maxPerType())) {
            continue;
          }
          double score = 0;
          for (int g : reach.getOrDefault(((long) j << 8) | t, List.of())) {
            if (done[g] || has[g][t]) {
              continue;
            }
            long w = groups.weight(g, q) + groups.weight(g, last);
            score += p.anyType() ? w : (double) w / groups.missing(g).length;
          }
          score /= p.typeCost()[t];
          if (score > bestScore) {
            bestScore = score;
            best = k;
          }
        }
        if (best < 0) {
          break;
        }
        used[best] = true;
        int j = pairs.get(best)[0];
        int t = pairs.get(best)[1];
        left -= p.typeCost()[t];
        ofType[t]++;
        out.add(new JointSiting.Site(j, t, q));
        for (int g : reach.getOrDefault(((long) j << 8) | t, List.of())) {
          has[g][t] = true;
          boolean all = true;
          for (int m : groups.missing(g)) {
            all &= has[g][m];
          }
          done[g] = p.anyType() || all;
        }
      }
    }
    return out;
  }
}
