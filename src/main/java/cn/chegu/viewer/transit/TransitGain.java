package cn.chegu.viewer.transit;

/**
 * Who gains a trip within a time limit when the network changes (existing lines → with the planned
 * ones): places reached within the limit after the change but not before, weighted by their
 * residents. A place reached before but not after counts as lost (a set that only adds lines and
 * roads loses no one; the number is reported so that a feed that drops a line says so).
 *
 * @param before residents reached within the limit before the change
 * @param after residents reached within the limit after it
 * @param gained residents reached after but not before
 * @param lost residents reached before but not after
 */
public record TransitGain(long before, long after, long gained, long lost) {

  /**
   * @param secondsBefore each place's travel time before (infinite or larger = not reached)
   * @param secondsAfter the same places' times after the change
   * @param residents each place's residents
   * @param limitSeconds the trip's limit (a place exactly at the limit is reached)
   */
  public static TransitGain of(
      double[] secondsBefore, double[] secondsAfter, long[] residents, double limitSeconds) {
    if (secondsBefore.length != residents.length || secondsAfter.length != residents.length) {
      throw new IllegalArgumentException("before, after and residents must be the same places");
    }
    long before = 0;
    long after = 0;
    long gained = 0;
    long lost = 0;
    for (int i = 0; i < residents.length; i++) {
      boolean b = secondsBefore[i] <= limitSeconds;
      boolean a = secondsAfter[i] <= limitSeconds;
      before += b ? residents[i] : 0;
      after += a ? residents[i] : 0;
      gained += a && !b ? residents[i] : 0;
      lost += b && !a ? residents[i] : 0;
    }
    return new TransitGain(before, after, gained, lost);
  }
}
