package cn.chegu.viewer.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refuses to start outside the local profile with a default credential: an account whose password
 * is one of the documented local ones (README), an empty database password, or the database
 * superuser {@code postgres}. The local profile is the default one (embedded store, no active
 * profile, or {@code local}); anything else — the {@code postgis} profile, production — must set
 * its own credentials, or opt in explicitly with {@code CHEGU_ALLOW_DEFAULT_CREDENTIALS=true}
 * (property {@code chegu.allow-default-credentials}; used by scripts/postgis-local.sh and CI). Runs
 * before any bean exists, so nothing starts, listens or connects with them.
 */
public class DefaultCredentialsGuard implements EnvironmentPostProcessor {

  /** The passwords README documents for the local run. */
  static final List<String> DOCUMENTED_PASSWORDS = List.of("editor-chegu", "viewer-chegu");

  private static final Set<String> LOCAL_PROFILES = Set.of("default", "local");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    List<String> profiles = Arrays.asList(env.getActiveProfiles());
    if (LOCAL_PROFILES.containsAll(profiles)
        || env.getProperty("chegu.allow-default-credentials", Boolean.class, false)) {
      return;
    }
    List<String> problems = problems(env);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Refusing to start with profile(s) "
              + profiles
              + " and default credentials: "
              + String.join("; ", problems)
              + ". Set your own (CHEGU_ACCOUNTS_USERS_<n>_PASSWORD='{bcrypt}...',"
              + " CHEGU_DB_USER, CHEGU_DB_PASSWORD), or for a local test server only set"
              + " CHEGU_ALLOW_DEFAULT_CREDENTIALS=true.");
    }
  }

  static List<String> problems(ConfigurableEnvironment env) {
    List<String> problems = new ArrayList<>();
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    Binder binder = Binder.get(env);
    List<AccountsProperties.Account> accounts =
        binder
            .bind("chegu.accounts.users", Bindable.listOf(AccountsProperties.Account.class))
            .orElse(List.of());
    for (AccountsProperties.Account a : accounts) {
      for (String documented : DOCUMENTED_PASSWORDS) {
        if (a.password() != null && matches(encoder, documented, a.password())) {
          problems.add("account '" + a.username() + "' has the documented password");
        }
      }
    }
    String user = env.getProperty("spring.datasource.username", "");
    String password = env.getProperty("spring.datasource.password", "");
    if (password.isEmpty()) {
      problems.add("the database password is empty");
    }
    if ("postgres".equals(user)) {
      problems.add("the database user is the superuser 'postgres'");
    }
    return problems;
  }

  private static boolean matches(PasswordEncoder encoder, String raw, String stored) {
    try {
      return encoder.matches(raw, stored);
    } catch (IllegalArgumentException e) {
      return false; // a stored form the encoder does not know: not a documented default
    }
  }
}
