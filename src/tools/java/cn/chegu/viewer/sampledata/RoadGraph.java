package cn.chegu.viewer.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** Connectivity of noded lines through their end vertices (union-find). */
final class RoadGraph {

  private RoadGraph() {}

  /** Component label per line (same label = connected through shared end vertices). */
  static int[] components(List<LineString> lines) {
    Map<Coordinate, Integer> node = new HashMap<>();
    List<int[]> edges = new ArrayList<>();
    for (LineString l : lines) {
      int a = node.computeIfAbsent(l.getCoordinateN(0).copy(), k -> node.size());
      int b = node.computeIfAbsent(l.getCoordinateN(l.getNumPoints() - 1).copy(), k -> node.size());
      edges.add(new int[] {a, b});
    }
    int[] parent = new int[node.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] e : edges) {
      parent[find(parent, e[0])] = find(parent, e[1]);
    }
    int[] label = new int[lines.size()];
    for (int i = 0; i < label.length; i++) {
      label[i] = find(parent, edges.get(i)[0]);
    }
    return label;
  }

  /** Number of distinct components. */
  static long componentCount(List<LineString> lines) {
    return java.util.Arrays.stream(components(lines)).distinct().count();
  }

  /** The lines of the largest component, in input order. */
  static List<LineString> largestComponent(List<LineString> lines) {
    int[] label = components(lines);
    Map<Integer, Integer> size = new HashMap<>();
    for (int l : label) {
      size.merge(l, 1, Integer::sum);
    }
    int best = -1;
    int bestSize = -1;
    for (int i = 0; i < label.length; i++) {
      int s = size.get(label[i]);
      if (s > bestSize) {
        best = label[i];
        bestSize = s;
      }
    }
    List<LineString> out = new ArrayList<>();
    for (int i = 0; i < label.length; i++) {
      if (label[i] == best) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
