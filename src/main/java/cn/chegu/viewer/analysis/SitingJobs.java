package cn.chegu.viewer.analysis;

import cn.chegu.viewer.siting.SolveControl;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Running siting solves by owner and job id, so that {@code DELETE /api/jobs/{id}} (the panel's
 * cancel button, or a client going away) can stop one: the id is the client's {@code jobId} or one
 * the server makes up (a random UUID) and returns as {@code X-Job-Id}. A job is found only under
 * the owner that started it (the web layer's {@code JobOwner}: account, else session, else client
 * address), so knowing or guessing another client's id cancels nothing: to anyone else it does not
 * exist (404).
 */
@Component
public class SitingJobs {

  private final Map<String, SolveControl> running = new ConcurrentHashMap<>();

  /** Registers a solve of {@code owner}; returns false when that owner already runs the id. */
  public boolean start(String owner, String id, SolveControl control) {
    return running.putIfAbsent(key(owner, id), control) == null;
  }

  public void finish(String owner, String id, SolveControl control) {
    running.remove(key(owner, id), control);
  }

  /** Cancels a running job of {@code owner}; false when that owner runs none of that id. */
  public boolean cancel(String owner, String id) {
    SolveControl c = running.get(key(owner, id));
    if (c == null) {
      return false;
    }
    c.cancel();
    return true;
  }

  private static String key(String owner, String id) {
    return owner + "\n" + id;
  }
}
