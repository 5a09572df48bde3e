package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.analysis.SitingJobs;
import cn.chegu.viewer.siting.SolveControl;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** A siting job is cancelled only by the client that started it, whatever id the other sends. */
class JobOwnerTest {

  private static MockHttpServletRequest from(String address) {
    MockHttpServletRequest r = new MockHttpServletRequest("DELETE", "/api/jobs/job-12345678");
    r.setRemoteAddr(address);
    return r;
  }

  @Test
  void anotherClientKnowingTheIdCancelsNothing() {
    SitingJobs jobs = new SitingJobs();
    SolveControl control = SolveControl.until(System.nanoTime() + 60_000_000_000L);
    String starter = JobOwner.of(from("10.0.0.1"));
    assertThat(jobs.start(starter, "job-12345678", control)).isTrue();

    assertThat(jobs.cancel(JobOwner.of(from("10.0.0.2")), "job-12345678")).isFalse();
    assertThat(control.cancelled()).isFalse();
    // the other client may even run a job of the same id: it is its own
    SolveControl other = SolveControl.until(System.nanoTime() + 60_000_000_000L);
    assertThat(jobs.start(JobOwner.of(from("10.0.0.2")), "job-12345678", other)).isTrue();

    assertThat(jobs.cancel(JobOwner.of(from("10.0.0.1")), "job-12345678")).isTrue();
    assertThat(control.cancelled()).isTrue();
    assertThat(other.cancelled()).isFalse();
  }

  @Test
  void aSignedInAccountOwnsItsJobsFromAnyAddressAndSessionComesBeforeAddress() {
    MockHttpServletRequest a = from("10.0.0.1");
    a.setUserPrincipal(new UsernamePasswordAuthenticationToken("Editor", null));
    MockHttpServletRequest b = from("10.9.9.9");
    b.setUserPrincipal(new UsernamePasswordAuthenticationToken("editor", null));
    assertThat(JobOwner.of(a)).isEqualTo(JobOwner.of(b)).isEqualTo("user:editor");

    MockHttpServletRequest withSession = from("10.0.0.1");
    String session = withSession.getSession(true).getId();
    assertThat(JobOwner.of(withSession)).isEqualTo("session:" + session);
    assertThat(JobOwner.of(from("10.0.0.1"))).isEqualTo("address:10.0.0.1");
  }
}
