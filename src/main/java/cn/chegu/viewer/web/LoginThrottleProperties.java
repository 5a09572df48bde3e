package cn.chegu.viewer.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed-login limits ({@code chegu.login-throttle.*}; see {@link LoginThrottle}).
 *
 * @param accountFailures failures for one account name within {@code window} that lock it
 * @param addressFailures failures from one IP address within {@code window} that lock it
 * @param window how far back failures count
 * @param lockout how long a lock lasts
 */
@ConfigurationProperties("chegu.login-throttle")
public record LoginThrottleProperties(
    @DefaultValue("10") int accountFailures,
    @DefaultValue("50") int addressFailures,
    @DefaultValue("10m") Duration window,
    @DefaultValue("5m") Duration lockout) {}
