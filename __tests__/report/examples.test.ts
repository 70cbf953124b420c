import { describe, expect, it } from 'vitest';
import { renderComment, renderTerminalTable } from '../../src/report/index.ts';
import { noBaselineContext, smallRegressionContext } from './fixtures.ts';

// Whole outputs, kept inline so a reviewer can read exactly what lands on a pull request.
describe('full rendered examples', () => {
  it('regression comment', () => {
    expect(renderComment(smallRegressionContext())).toMatchInlineSnapshot(`
      "<!-- perf-gate:api -->
      ### ❌ perf-gate: regression on 1 of 2 series (GET /users P50 +36.0%)

      **API smoke** · baseline \`a1b2c3d\` (main, 3 h old) · PR \`f00dfac\` · 5 runs per side

      **Why:**
      - GET /users P50 is 36% slower than the baseline, past the 10% tolerance

      #### Results

      | Series | Metric | Baseline | PR | Change [interval] | Detectable | Outcome |
      | --- | --- | ---: | ---: | ---: | ---: | --- |
      | **GET /users** | P50 | 7.80 ms | 10.6 ms | +36.0% [+30.0%, +42.0%] | +5.0% / -4.8% | 🔴 regression |
      |  | P99 | 12.0 ms | 14.2 ms | +18.0% [+11.0%, +25.0%] | +7.0% / -6.5% | 🔴 regression |
      | **GET /orders** | P50 | 7.60 ms | 7.63 ms | +0.40% [-4.6%, +5.4%] | +5.0% / -4.8% | ⚪ no change |
      |  | P99 | 11.8 ms | 11.6 ms | -2.0% [-9.0%, +5.0%] | +7.0% / -6.5% | ⚪ no change |

      _Change: PR vs baseline (relative; error rate in percentage points), with its family-wise interval. Detectable: the smallest change this run could tell from noise._

      _Latency quantiles of GET /users: bars baseline, line PR (ms)._

      \`\`\`mermaid
      xychart-beta
          title "Latency of GET /users"
          x-axis ["P50", "P99"]
          y-axis "ms" 0 --> 20
          bar [7.8, 12]
          line [10.61, 14.16]
      \`\`\`

      #### Conditions

      - **Baseline:** \`a1b2c3d\` on main, measured 2024-05-01 09:00 UTC (3 h old), cached baseline of this exact commit
      - **Design:** cached baseline from an earlier job; between-job spread 4.1% CV, the prior blended with 12 earlier baselines
      - **Noise:** baseline CV across runs, median 4.4%, highest 6.1% (GET /users P99)
      - **Environment:** no differences between the two sides

      <details><summary>All figures per series</summary>

      | Series | Metric | Baseline | PR | Change | Interval | Tolerance | Detectable | Baseline CV | Samples (base / PR) | Gated | Outcome |
      | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |
      | **GET /users** | P50 | 7.80 ms | 10.6 ms | +36.0% | [+30.0%, +42.0%] at 99.50% | ±10.0% | +5.0% / -4.8% | 2.1% | 5005 / 5005 | yes | 🔴 regression |
      |  | P99 | 12.0 ms | 14.2 ms | +18.0% | [+11.0%, +25.0%] at 99.50% | ±10.0% | +7.0% / -6.5% | 2.1% | 5005 / 5005 | yes | 🔴 regression |
      | **GET /orders** | P50 | 7.60 ms | 7.63 ms | +0.40% | [-4.6%, +5.4%] at 99.50% | ±10.0% | +5.0% / -4.8% | 2.1% | 5005 / 5005 | yes | ⚪ no change |
      |  | P99 | 11.8 ms | 11.6 ms | -2.0% | [-9.0%, +5.0%] at 99.50% | ±10.0% | +7.0% / -6.5% | 2.1% | 5005 / 5005 | yes | ⚪ no change |

      </details>

      <details><summary>Method and seed</summary>

      - **Design:** cached baseline; load model: open
      - **Runs:** 5 baseline, 5 PR
      - **Intervals:** family-wise confidence 95.0% across every gated metric and series, Holm-adjusted
      - **Seed:** 12345 (the same inputs and seed give the same verdict)
      - **perf-gate:** 0.1.0
      - **Between-job variance:** prior blended with history (CV 4.1%, 12 baselines of history)

      </details>

      <sub>perf-gate 0.1.0 · [workflow run](https://github.com/acme/shop/actions/runs/4242)</sub>
      "
    `);
  });

  it('no-baseline comment', () => {
    expect(renderComment(noBaselineContext())).toMatchInlineSnapshot(`
      "<!-- perf-gate:api -->
      ### ⚪ perf-gate: no baseline yet: first run, nothing recorded for the base branch

      **API smoke** · PR \`f00dfac\`

      > [!NOTE]
      > No baseline has been recorded for the base branch yet, so there is nothing to compare this PR with.
      >
      > **What to do:** Run perf-gate on the base branch (on push or on a schedule) to record one; later pull requests compare against it. Or use the same-job design, which measures the base commit in this job.

      #### PR figures (nothing to compare with)

      | Series | Requests | P50 | P90 | P95 | P99 | Throughput | Error rate |
      | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
      | GET /users | 5005 | 7.70 ms | 9.80 ms | 10.7 ms | 12.1 ms | 100 req/s | 0% |

      <sub>perf-gate 0.1.0 · [workflow run](https://github.com/acme/shop/actions/runs/4242)</sub>
      "
    `);
  });

  it('regression in the terminal', () => {
    expect(renderTerminalTable(smallRegressionContext(), { color: false })).toMatchInlineSnapshot(`
      "FAIL  perf-gate: regression on 1 of 2 series (GET /users P50 +36.0%)
      API smoke · baseline a1b2c3d (main, 3 h old) · PR f00dfac · 5 vs 5 runs

      Series       Metric  Baseline       PR        Change [interval]  Outcome
      -----------  ------  --------  -------  -----------------------  ----------
      GET /users   P50      7.80 ms  10.6 ms  +36.0% [+30.0%, +42.0%]  regression
                   P99      12.0 ms  14.2 ms  +18.0% [+11.0%, +25.0%]  regression
      GET /orders  P50      7.60 ms  7.63 ms    +0.40% [-4.6%, +5.4%]  no change
                   P99      11.8 ms  11.6 ms     -2.0% [-9.0%, +5.0%]  no change

      - GET /users P50 is 36% slower than the baseline, past the 10% tolerance
      "
    `);
  });
});
