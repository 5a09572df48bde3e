package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.SitingJobs;
import cn.chegu.viewer.siting.SolveControl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.function.Function;

/**
 * A siting solve run as a job: registered under the client's job id or a new one (returned as
 * {@code X-Job-Id}) so that {@code DELETE /api/jobs/{id}} can stop it, under the request's time
 * limit counted from the request's arrival.
 */
final class SolveJob {

  private final SitingJobs jobs;
  private final String owner;
  private final String id;
  private final SolveControl control;

  private SolveJob(SitingJobs jobs, String owner, String id, SolveControl control) {
    this.jobs = jobs;
    this.owner = owner;
    this.id = id;
    this.control = control;
  }

  /**
   * Registers the job for its starter ({@link JobOwner}; 400 when the id is already running) and
   * names it in the response.
   */
  static SolveJob start(
      SitingJobs jobs,
      String givenId,
      Duration limit,
      HttpServletRequest http,
      HttpServletResponse r) {
    String id = SitingParameters.jobId(givenId);
    long spent = RequestClock.timings(http).totalMillis() * 1_000_000;
    SolveControl control = SolveControl.until(System.nanoTime() + limit.toNanos() - spent);
    String owner = JobOwner.of(http);
    if (!jobs.start(owner, id, control)) {
      throw new InvalidParameterException("jobId", "a job " + id + " is already running");
    }
    r.setHeader("X-Job-Id", id);
    return new SolveJob(jobs, owner, id, control);
  }

  /** Runs the solve under the job's control, then unregisters the job. */
  <T> T run(Function<SolveControl, T> solve) {
    try {
      return solve.apply(control);
    } finally {
      jobs.finish(owner, id, control);
    }
  }

  String id() {
    return id;
  }

  boolean cancelled() {
    return control.cancelled();
  }
}
