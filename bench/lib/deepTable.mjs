/** The readable report of (f) the deep widgets and (g) MNIST to 97 %. */

const num = (x, d = 0) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(d) : "—");
const mb = (bytes) => (typeof bytes === "number" ? `${(bytes / 1e6).toFixed(1)} MB` : "—");
const verdict = (ok, by) => (ok === null ? "n/a" : ok ? "met" : `missed by ${by}`);
const shortErr = (x) => `error: ${String(x.error).slice(0, 60)}`;

/** @param {(title: string, header: string[], rows: unknown[][]) => void} table */
export function printDeep(r, table, print) {
  const d = r.deep;
  if (d) {
    if (d.error) print(`\n(f) Deep widgets: ERROR ${d.error}`);
    else {
      const rows = d.rows.map((row) => {
        const w = row.widget, f = row.fit, x = row.widgetOverFit;
        const fitCell = f.none ? "— (see e)" : f.error ? shortErr(f) : `${num(f.stepsPerSecond, 1)} (batch ${f.batchSize})`;
        const ran = [w.backend, f.backend].filter(Boolean).some((a) => a !== row.backend) ? `${row.backend} (ran on ${[w.backend, f.backend].filter(Boolean).join("/")})` : row.backend;
        return [
          row.id, ran,
          w.error ? shortErr(w) : num(w.stepsPerSecond, 1),
          fitCell,
          x === null ? "—" : `${num(x, 2)}×`,
          x === null ? "n/a" : verdict(x >= 0.9, `${num(0.9 - x, 2)}×`),
          w.probe?.peakTensors ?? "—", mb(w.probe?.peakBytes),
          w.longTasks ? `${w.longTasks.count} (longest ${num(w.longTasks.longestMs)} ms)` : "—",
        ];
      });
      table(`(f) Deep widgets: steps/s on the embed page vs bare tfjs model.fit of the same network, batch and data (in a worker); peak tensors/bytes held by the widget's worker at chunk ends; main-thread long tasks (> 50 ms) in the window`,
        ["widget", "backend", "widget steps/s", "model.fit steps/s", "widget/fit", "target ≥ 0.90×", "peak tensors", "peak bytes", "long tasks (target: none)"], rows);
      const settings = [...new Map(d.rows.map((x) => [x.id, x])).values()].map((x) => [x.id, x.search || "(defaults)", x.fit.what ?? x.fit.none ?? ""]);
      table("(f) Settings and baselines", ["widget", "query string (plus backend=…)", "model.fit baseline"], settings);
    }
  }
  const m = r.mnist97;
  if (m) {
    const rows = Object.entries(m).map(([b, x]) => x.error ? [b, shortErr(x), "", "", ""] : [
      x.backend === b ? b : `${b} (ran on ${x.backend})`,
      x.reached ? `${num(x.seconds, 0)} s` : `not within ${num(x.seconds, 0)} s${x.endStatus ? ` (${x.endStatus})` : ""}`,
      x.step, num(x.accuracy * 100, 2) + " %",
      // Only the samples where a new epoch's score appeared (the full curve is in the JSON).
      x.curve.filter((c, i) => c.accuracy > 0 && c.accuracy !== x.curve[i - 1]?.accuracy) // 0: nothing scored yet
        .map((c) => `${c.seconds} s (step ${c.step}): ${num(c.accuracy * 100, 2)} %`).join(", "),
    ]);
    table("(g) MNIST CNN with its default settings: seconds from Train to ≥ 97 % held-out accuracy (data-accuracy)", ["backend", "time to 97 %", "step", "accuracy then", "each epoch's held-out accuracy, when first seen"], rows);
  }
}
