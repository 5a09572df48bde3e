/**
 * Siting of new facilities on a cost matrix: Maximal Covering Location (MCLP) and Location Set
 * Covering (LSCP), solved exactly by a portfolio ({@link cn.chegu.viewer.siting.ExactSiting}:
 * submodular branch and bound, then a MIP through OR-Tools' CBC or SCIP) under a deadline that
 * covers every phase, with a greedy baseline that is also the fallback. Plain Java: no Spring, no
 * SQL, no HTTP.
 *
 * <h2>Terms</h2>
 *
 * <ul>
 *   <li><b>demand</b> i: a population cell with weight w_i = residents (integer).
 *   <li><b>candidate</b> j: a possible new site.
 *   <li>{@link cn.chegu.viewer.siting.CostMatrix}: travel minutes t_ij, stored sparsely (only pairs
 *       within a cutoff), like PySAL spopt's cost matrix.
 *   <li>{@link cn.chegu.viewer.siting.CoverageSets}: N_i = { j : t_ij &le; S }, the candidates
 *       covering demand i within the standard's limit S.
 *   <li><b>already covered</b>: demands an existing (fixed) facility covers; they count in the
 *       shares but never in the objective. W_0 = their residents, W = all residents.
 * </ul>
 *
 * <h2>MCLP (Church &amp; ReVelle 1974)</h2>
 *
 * <pre>
 *   max  sum_i w_i y_i                 (i over demands not already covered)
 *   s.t. y_i &le; sum_{j in N_i} x_j     for every i
 *        sum_j x_j &le; k
 *        x_j, y_i in {0,1}
 * </pre>
 *
 * Church, R. &amp; ReVelle, C. (1974) The maximal covering location problem. Papers of the Regional
 * Science Association 32, 101–118.
 *
 * <h2>LSCP, share-target variant (Toregas, Swain, ReVelle &amp; Bergman 1971)</h2>
 *
 * <pre>
 *   min  sum_j x_j
 *   s.t. sum_i w_i y_i &ge; ceil(alpha W) - W_0
 *        y_i &le; sum_{j in N_i} x_j     for every i
 *        x_j, y_i in {0,1}
 * </pre>
 *
 * With alpha = 1 and every demand coverable this is the original set-covering model. Toregas, C.,
 * Swain, R., ReVelle, C. &amp; Bergman, L. (1971) The location of emergency service facilities.
 * Operations Research 19(6), 1363–1373.
 *
 * <h2>Capacitated MCLP ({@link cn.chegu.viewer.siting.CapacitatedSiting})</h2>
 *
 * Each new site serves at most C units (beds, places); demand i needs d_i = w_i &times; r units, r
 * the type's norm per resident (the rate E2SFCA's load uses). Demand is divisible: a cell may be
 * served by several sites. In the style of spopt's capacitated coverage models:
 *
 * <pre>
 *   max  sum_i sum_{j in N_i} d_i z_ij          (i over demands not already covered)
 *   s.t. sum_{j in N_i} z_ij &le; 1               for every i   (served at most once)
 *        sum_{i : j in N_i} d_i z_ij &le; C x_j     for every j   (capacity)
 *        z_ij &le; x_j                             for every pair (only open sites serve)
 *        sum_j x_j &le; k
 *        x_j in {0,1},  0 &le; z_ij &le; 1
 * </pre>
 *
 * z_ij is the share of demand i assigned to site j (the brief's x_ij; x_j here is the site, as in
 * MCLP above). With C &ge; sum_i d_i the capacity rows never bind and the optimum is r times the
 * MCLP optimum; with any C it is at most that (a property test checks both). Demands covered by an
 * existing facility stay out, as in MCLP: an existing facility is taken to serve the cells it
 * covers, whatever its capacity (its load shows in E2SFCA). The reductions differ from MCLP's: a
 * candidate whose coverage another's contains is kept (beside it, it adds capacity); candidates
 * with identical coverage become one integer count, which removes their symmetry. Pirkul, H. &amp;
 * Schilling, D. (1991) The maximal covering location problem with capacities on total workload.
 * Management Science 37(2), 233–248.
 *
 * <h2>Reductions (exact, value-preserving)</h2>
 *
 * <ol>
 *   <li>drop demands with w_i = 0, already covered, or N_i empty;
 *   <li>merge demands with identical N_i (sum their weights) — one y per distinct set;
 *   <li>drop candidates covering nothing, and candidates whose covered set is contained in another
 *       candidate's (ties: keep the lowest index) — swapping a dominated site for its dominator
 *       never lowers coverage, so the optimal value of both problems is unchanged;
 *   <li>MCLP only: with greedy value G, drop a candidate j (not in the greedy solution) when v_j +
 *       (sum of the k-1 largest other singleton values) &le; G, where v_j is the residents j alone
 *       covers: no set containing j can beat G, which greedy already attains.
 * </ol>
 *
 * <h2>Exact solving: the portfolio</h2>
 *
 * The LP relaxation of MCLP is very weak when coverage disks overlap a lot (x_j = 1/14 on many
 * candidates "covers" everything), so a MIP or CP-SAT alone does not close small-k instances fast
 * (an earlier CP-SAT model, removed since, left about 15 % gap after 60 s on 20,000 cells x 2,000
 * candidates with k = 5). {@link cn.chegu.viewer.siting.ExactSiting} therefore runs, under one
 * {@link cn.chegu.viewer.siting.SolveControl} (deadline + cancel):
 *
 * <ol>
 *   <li>greedy (incumbent and submodular bound, below) and reductions 1–4, the bound pruning
 *       checking the deadline too;
 *   <li>MCLP: {@code SubmodularBranchAndBound} for half the time left (k &le; 10) or a quarter, at
 *       most 2 s (larger k): a depth-first search over site sets pruned by f(A) + (sum of the k -
 *       |A| largest gains w.r.t. A) (Nemhauser, Wolsey &amp; Fisher 1978); it proves small-k optima
 *       in well under a second, while at large k its bound closes slowly;
 *   <li>if it does not close, and always for LSCP, the integer programs above through OR-Tools'
 *       {@code MPSolver} (CBC for MCLP: it proves the bench plane's k = 20 in 13–15 s where SCIP
 *       stays at greedy's value; SCIP for LSCP; relative gap 0, so OPTIMAL means proven) with the
 *       best solution as hint, for the rest of the time; y_i are continuous in [0, 1] (exact for
 *       integral x). A backend that overstays the deadline or is cancelled is interrupted where it
 *       can be (CBC cannot) and abandoned; at most one native solve per core runs at once.
 * </ol>
 *
 * The answer is the best solution of all phases with the best bound of all phases; OPTIMAL only
 * when they meet. (An earlier CP-SAT model, with pair clauses for pairs whose bound could not beat
 * greedy, was removed: it neither kept its deadline nor proved large-k optima.)
 *
 * <h2>Bounds reported by greedy</h2>
 *
 * For a greedy partial set S and any solution T, f(T) &le; f(S) + sum_{t in T} gain_S(t)
 * (submodularity). Hence MCLP: OPT &le; f(S) + (sum of the k largest gains w.r.t. S), and LSCP: |T|
 * &ge; the fewest gains w.r.t. S whose sum reaches the remaining need. The best over all greedy
 * steps is the reported bound, so greedy reports a proven gap too.
 */
package cn.chegu.viewer.siting;
