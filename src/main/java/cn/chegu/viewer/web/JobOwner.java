package cn.chegu.viewer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;

/**
 * Who a job (a siting solve) belongs to, for cancelling it: the signed-in account, else the
 * session, else the client address (anonymous siting needs no session). Only the owner finds its
 * job.
 */
final class JobOwner {

  private JobOwner() {}

  static String of(HttpServletRequest request) {
    Principal user = request.getUserPrincipal();
    if (user != null) {
      return "user:" + user.getName().toLowerCase(java.util.Locale.ROOT);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      return "session:" + session.getId();
    }
    return "address:" + request.getRemoteAddr();
  }
}
