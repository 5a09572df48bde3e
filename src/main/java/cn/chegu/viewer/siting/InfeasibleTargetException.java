package cn.chegu.viewer.siting;

/** An LSCP target share that even all candidates together (plus existing facilities) miss. */
public final class InfeasibleTargetException extends RuntimeException {

  private final double targetShare;
  private final double maximumShare;

  public InfeasibleTargetException(double targetShare, double maximumShare) {
    super(
        String.format(
            java.util.Locale.ROOT,
            "target share %.4f cannot be reached: existing facilities plus all candidates cover at"
                + " most %.4f of residents",
            targetShare,
            maximumShare));
    this.targetShare = targetShare;
    this.maximumShare = maximumShare;
  }

  public double targetShare() {
    return targetShare;
  }

  /** The largest share reachable with every candidate opened. */
  public double maximumShare() {
    return maximumShare;
  }
}
