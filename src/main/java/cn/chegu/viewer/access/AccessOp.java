package cn.chegu.viewer.access;

import cn.chegu.viewer.access.AccessResult.AreaAccess;
import cn.chegu.viewer.access.AccessResult.CellAccess;
import cn.chegu.viewer.access.AccessResult.FacilityLoad;
import cn.chegu.viewer.access.AccessResult.Quantiles;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.network.Attachment;
import cn.chegu.viewer.network.Reach;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The enhanced two-step floating catchment area method (E2SFCA; Luo &amp; Qi 2009) on the road
 * network.
 *
 * <p>With P<sub>k</sub> the residents of cell k, S<sub>j</sub> the capacity of facility j,
 * t<sub>kj</sub> the network travel time between them and W the stepped decay of {@link DecayBands}
 * (W = 0 beyond the catchment time t<sub>max</sub>):
 *
 * <pre>
 *   step 1, for each facility j:  D_j = Σ_k P_k · W(t_kj)        R_j = S_j / D_j   (0 if D_j = 0)
 *   step 2, for each cell i:      A_i = Σ_j R_j · W(t_ij)        access_i = 1000 · A_i
 * </pre>
 *
 * <p><b>Invariant.</b> Both steps use the same W, so Σ<sub>i</sub> A<sub>i</sub> P<sub>i</sub> =
 * Σ<sub>j</sub> R<sub>j</sub> Σ<sub>i</sub> P<sub>i</sub> W(t<sub>ij</sub>) = Σ<sub>j :
 * D<sub>j</sub> &gt; 0</sub> S<sub>j</sub>: the access of all residents adds up to exactly the
 * capacity that anyone can reach ({@link AccessResult#invariantResidual()}).
 *
 * <p><b>Load.</b> D<sub>j</sub> counts a resident in every catchment that holds them, so where
 * catchments overlap (hospitals: a 30-minute drive reaches most of the zone) D<sub>j</sub> × norm
 * over-states what one facility must serve. The load therefore apportions each resident among the
 * facilities in reach in proportion to S<sub>j</sub> W(t<sub>ij</sub>) (the Huff-model choice of
 * Luo J. 2014, <i>Transactions in GIS</i> 18(3):436–448): D'<sub>j</sub> = Σ<sub>i</sub>
 * P<sub>i</sub> S<sub>j</sub> W(t<sub>ij</sub>) / Σ<sub>k</sub> S<sub>k</sub> W(t<sub>ik</sub>), so
 * Σ<sub>j</sub> D'<sub>j</sub> = the residents in reach; need<sub>j</sub> = D'<sub>j</sub> × norm /
 * 1,000 and load<sub>j</sub> = need<sub>j</sub> / S<sub>j</sub>.
 *
 * <p><b>Travel time.</b> One shortest-path tree per facility, grown with the catchment time as its
 * limit, in the mode and with the dispatch delay of the type's service standard; a cell is reached
 * at its representative point through the tree's {@link ShortestPathTree#reach(Attachment)} — the
 * same trees and point-to-road rule as the network coverage, so "within reach" means the same thing
 * in both answers. Cost O(F · (E log V + C)) for F facilities, C cells.
 */
public final class AccessOp {

  private static final double[] QUANTILES = {0.10, 0.25, 0.50, 0.75, 0.90};

  private AccessOp() {}

  /**
   * @param graph road graph, metres
   * @param facilities the facilities of one type with their capacities
   * @param cells demand cells, metres
   * @param parameters mode, delay, decay bands and norm
   */
  public static AccessResult compute(
      RoadGraph graph,
      List<SupplyPoint> facilities,
      List<DemandCell> cells,
      AccessParameters parameters) {
    long start = System.nanoTime();
    int n = cells.size();
    Attachment[] located = locate(graph, cells, parameters.mode());
    List<Catchment> catchments = new ArrayList<>(facilities.size());
    double[] attraction = new double[n]; // Σ_j S_j W(t_ij), for the apportioned load
    for (SupplyPoint f : facilities) {
      Catchment c = catchment(graph, f, cells, located, parameters);
      catchments.add(c);
      for (int k = 0; k < c.cells.length; k++) {
        attraction[c.cells[k]] += f.capacity() * c.weights[k];
      }
    }
    double[] access = new double[n]; // A_i
    boolean[] inReach = new boolean[n];
    double capacityInReach = 0;
    List<FacilityLoad> loads = new ArrayList<>(facilities.size());
    for (int j = 0; j < facilities.size(); j++) {
      SupplyPoint f = facilities.get(j);
      Catchment c = catchments.get(j);
      double ratio = c.demand > 0 ? f.capacity() / c.demand : 0; // R_j
      double apportioned = 0;
      for (int k = 0; k < c.cells.length; k++) {
        int i = c.cells[k];
        access[i] += ratio * c.weights[k]; // step 2
        inReach[i] = cells.get(i).residents() > 0 || inReach[i];
        if (attraction[i] > 0) {
          apportioned += cells.get(i).residents() * c.weights[k] * f.capacity() / attraction[i];
        }
      }
      capacityInReach += c.demand > 0 ? f.capacity() : 0;
      double need = apportioned * parameters.normPerThousand() / 1000.0;
      double load = f.capacity() > 0 ? need / f.capacity() : 0;
      loads.add(new FacilityLoad(f, c.populated, c.demand, apportioned, need, load));
    }
    return result(cells, access, inReach, loads, capacityInReach, start);
  }

  /**
   * The cells of one facility's catchment (an empty cell still gets its access), their weights, how
   * many hold residents, and D_j (step 1).
   */
  private record Catchment(int[] cells, double[] weights, int populated, double demand) {}

  private static Catchment catchment(
      RoadGraph graph,
      SupplyPoint f,
      List<DemandCell> cells,
      Attachment[] located,
      AccessParameters parameters) {
    ShortestPathTree tree =
        ShortestPathTree.grow(
            graph,
            parameters.mode(),
            List.of(f.point().getCoordinate()),
            parameters.dispatchDelay(),
            parameters.catchment());
    int[] idx = new int[cells.size()];
    double[] w = new double[cells.size()];
    int m = 0;
    int populated = 0;
    double demand = 0;
    for (int i = 0; i < cells.size(); i++) {
      Reach r = tree.reach(located[i]);
      double weight = r.reachable() ? parameters.decay().weight(r.minutes()) : 0;
      if (weight > 0) {
        long residents = cells.get(i).residents();
        idx[m] = i;
        w[m++] = weight;
        demand += residents * weight; // D_j = Σ_k P_k W(t_kj)
        populated += residents > 0 ? 1 : 0;
      }
    }
    return new Catchment(Arrays.copyOf(idx, m), Arrays.copyOf(w, m), populated, demand);
  }

  /** The representative point of every cell on the graph (as {@code CoverageModel.at} does). */
  private static Attachment[] locate(RoadGraph graph, List<DemandCell> cells, TravelMode mode) {
    Attachment[] out = new Attachment[cells.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = graph.locator(mode).attach(cells.get(i).location(), mode.snapMaxMeters());
    }
    return out;
  }

  private static AccessResult result(
      List<DemandCell> cells,
      double[] access,
      boolean[] inReach,
      List<FacilityLoad> loads,
      double capacityInReach,
      long start) {
    List<CellAccess> out = new ArrayList<>(cells.size());
    Map<String, double[]> areas = new TreeMap<>(); // residents, Σ A P
    long total = 0;
    long reached = 0;
    double allocated = 0;
    for (int i = 0; i < cells.size(); i++) {
      DemandCell c = cells.get(i);
      out.add(new CellAccess(c.id(), c.area(), c.residents(), 1000 * access[i]));
      double[] a = areas.computeIfAbsent(c.area(), k -> new double[2]);
      a[0] += c.residents();
      a[1] += c.residents() * access[i];
      total += c.residents();
      reached += inReach[i] ? c.residents() : 0;
      allocated += c.residents() * access[i];
    }
    List<AreaAccess> byArea = new ArrayList<>(areas.size());
    areas.forEach(
        (name, a) ->
            byArea.add(new AreaAccess(name, (long) a[0], a[0] == 0 ? 0 : 1000 * a[1] / a[0])));
    return new AccessResult(
        out,
        byArea,
        quantiles(out, total),
        loads,
        total,
        reached,
        capacityInReach,
        allocated,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Residents-weighted quantiles: the least access such that a share p of residents has ≤ it. */
  static Quantiles quantiles(List<CellAccess> cells, long totalResidents) {
    double[] q = new double[QUANTILES.length];
    if (totalResidents > 0) {
      CellAccess[] sorted = cells.toArray(CellAccess[]::new);
      Arrays.sort(sorted, Comparator.comparingDouble(CellAccess::accessPerThousand));
      long cumulative = 0;
      int k = 0;
      for (CellAccess c : sorted) {
        cumulative += c.residents();
        while (k < q.length && cumulative >= QUANTILES[k] * totalResidents) {
          q[k++] = c.accessPerThousand();
        }
      }
    }
    return new Quantiles(q[0], q[1], q[2], q[3], q[4]);
  }
}
