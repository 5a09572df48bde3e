package cn.chegu.viewer.analysis;

import cn.chegu.viewer.siting.SolveControl;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Running siting solves by job id, so that {@code DELETE /api/jobs/{id}} (the panel's cancel
 * button, or a client going away) can stop one: the id is the client's {@code jobId} or one the
 * server makes up and returns as {@code X-Job-Id}.
 */
@Component
public class SitingJobs {

  private final Map<String, SolveControl> running = new ConcurrentHashMap<>();

  /** Registers a solve; returns false when the id is already running. */
  public boolean start(String id, SolveControl control) {
    return running.putIfAbsent(id, control) == null;
  }

  public void finish(String id, SolveControl control) {
    running.remove(id, control);
  }

  /** Cancels a running job; false when there is none of that id. */
  public boolean cancel(String id) {
    SolveControl c = running.get(id);
    if (c == null) {
      return false;
    }
    c.cancel();
    return true;
  }
}
