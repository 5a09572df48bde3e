package cn.chegu.viewer.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed-login limits ({@code chegu.login-throttle.*}; see {@link LoginThrottle}).
 *
 * @param accountFailures failures for one account from one address within {@code window} that start
 *     its delay
 * @param addressFailures failures from one IP address (any account) that start its delay
 * @param window how far back failures count
 * @param lockout the longest delay
 * @param delay the first delay, doubled for every further failure
 * @param accountFailuresFromAnyAddress failures for one account from all addresses together
 */
@ConfigurationProperties("chegu.login-throttle")
public record LoginThrottleProperties(
    @DefaultValue("10") int accountFailures,
    @DefaultValue("50") int addressFailures,
    @DefaultValue("10m") Duration window,
    @DefaultValue("5m") Duration lockout,
    @DefaultValue("30s") Duration delay,
    @DefaultValue("50") int accountFailuresFromAnyAddress) {}
