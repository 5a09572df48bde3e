package cn.chegu.viewer.web;

import cn.chegu.viewer.budget.WorkBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM (the context closing) cancels every running import and heavy answer ({@link
 * WorkBudget#cancelAll}) BEFORE the graceful shutdown waits for requests ({@code
 * server.shutdown=graceful}, {@code spring.lifecycle.timeout-per-shutdown-phase}): each stops at
 * its next check and answers 422 "stopped: the server is stopping", nothing written, so the wait is
 * short and the process exits.
 */
@Component
class StopWorkOnShutdown implements ApplicationListener<ContextClosedEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(StopWorkOnShutdown.class);

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    int n = WorkBudget.cancelAll("the server is stopping");
    if (n > 0) {
      LOG.info("shutdown: stopped {} running import(s) or heavy answer(s)", n);
    }
  }
}
