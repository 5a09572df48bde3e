package cn.chegu.viewer.analysis;

/**
 * A site or candidate where no facility can stand by the land rules ({@link
 * cn.chegu.viewer.siting.SiteRules}): outside the boundary, in water, in an exclusion zone, or too
 * close to an existing facility of its type (422).
 */
public class UnsuitableSiteException extends RuntimeException {

  private final String messageZh;
  private final String rule;
  private final int index;

  public UnsuitableSiteException(String message, String messageZh, String rule, int index) {
    super(message);
    this.messageZh = messageZh;
    this.rule = rule;
    this.index = index;
  }

  /** The message in Chinese. */
  public String messageZh() {
    return messageZh;
  }

  /** The rule that refused the point: boundary, water, exclusion or spacing. */
  public String rule() {
    return rule;
  }

  /** Which of the given points (0-based). */
  public int index() {
    return index;
  }
}
