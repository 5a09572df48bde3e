package cn.chegu.viewer.transit;

import java.util.ArrayList;
import java.util.List;

/** Walking transfers between stops: for each stop, the stops reachable on foot and the seconds. */
public final class Transfers {

  private final int[][] targets;
  private final int[][] seconds;

  private Transfers(int[][] targets, int[][] seconds) {
    this.targets = targets;
    this.seconds = seconds;
  }

  /** One walk from a stop to another (directed; add both directions for a symmetric walk). */
  public record Walk(int from, int to, int seconds) {}

  public static Transfers of(int stopCount, List<Walk> walks) {
    List<List<Walk>> by = new ArrayList<>();
    for (int i = 0; i < stopCount; i++) {
      by.add(new ArrayList<>());
    }
    for (Walk w : walks) {
      if (w.from() != w.to()) {
        by.get(w.from()).add(w);
      }
    }
    int[][] t = new int[stopCount][];
    int[][] s = new int[stopCount][];
    for (int i = 0; i < stopCount; i++) {
      t[i] = by.get(i).stream().mapToInt(Walk::to).toArray();
      s[i] = by.get(i).stream().mapToInt(Walk::seconds).toArray();
    }
    return new Transfers(t, s);
  }

  public static Transfers none(int stopCount) {
    return of(stopCount, List.of());
  }

  int[] targets(int stop) {
    return targets[stop];
  }

  int[] seconds(int stop) {
    return seconds[stop];
  }
}
