package cn.chegu.viewer.tools;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotated test class or method needs these tools installed (what {@code .ci/run} installs).
 * When one is missing the test is <b>skipped</b> with a message naming the Debian package — unless
 * the environment says {@code CI=true}, where it <b>fails</b>, so CI can never pass without them.
 * See {@link RequiredToolCondition}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiredToolCondition.class)
public @interface RequiresTool {

  /** Every tool the test needs. */
  Tool[] value();
}
