/**
 * Work budgets: how long one request (an import, a heavy answer) may compute before it is stopped.
 *
 * <p><b>Budget</b>: a deadline bound to the thread that does the work ({@link
 * cn.chegu.viewer.budget.WorkBudget#open}), as {@code AreaScope} binds the area: the web layer (the
 * heavy-job limiter) and the importer open one; loops that may run long (readers, feature checks,
 * exports, service-area drawing, the SQLite progress handler) call {@link
 * cn.chegu.viewer.budget.WorkBudget#check()}, which throws {@link
 * cn.chegu.viewer.budget.BudgetExceededException} once the deadline has passed or the work was
 * cancelled (the client left, the server is stopping). Nested budgets keep the earlier deadline.
 *
 * <p>Trade-off: cooperative, not pre-emptive — Java cannot stop a thread safely, so a loop that
 * never checks runs on; the checks sit where the work grows with the input (per feature, per row,
 * per band, per cell), so the overrun past the deadline is one unit of work. Outside any budget
 * (start-up, warm-ups, tests of the engines) {@code check()} does nothing.
 */
package cn.chegu.viewer.budget;
