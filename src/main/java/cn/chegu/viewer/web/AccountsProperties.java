package cn.chegu.viewer.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may log in: users from configuration (override per environment, e.g. {@code
 * CHEGU_ACCOUNTS_USERS_0_PASSWORD}). Passwords are stored hashed, in Spring Security's {@code
 * {bcrypt}...} form.
 *
 * @param users the accounts; role is {@code EDITOR} (may write; changes only the scenarios it
 *     created), {@code ADMIN} (may write and change every scenario) or {@code VIEWER} (reads only)
 */
@ConfigurationProperties("chegu.accounts")
public record AccountsProperties(List<Account> users) {

  public AccountsProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /** One account. */
  public record Account(String username, String password, Role role) {}

  /** What an account may do: ADMIN also changes and deletes other accounts' scenarios. */
  public enum Role {
    ADMIN,
    EDITOR,
    VIEWER
  }
}
