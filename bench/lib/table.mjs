/** The readable half of the report: figures, with each target marked "met" or "missed by …". */
import { printDeep } from "./deepTable.mjs";

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const num = (x, d = 0) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(d) : "—");

function row(cells, widths) {
  return cells.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd();
}

function table(print, title, header, rows) {
  print("");
  print(title);
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i] ?? "").length)));
  print(row(header, widths));
  print(row(widths.map((w) => "-".repeat(w)), widths));
  rows.forEach((r) => print(row(r, widths)));
}

const withRounds = (x) => (x.perRound?.length > 1 ? `${num(x.stepsPerSecond)} [${x.perRound.map((v) => num(v)).join(", ")}]` : num(x.stepsPerSecond));

/** "met" when `ok`, else "missed by <by>". */
const verdict = (ok, by) => (ok === null ? "n/a" : ok ? "met" : `missed by ${by}`);

export function printTable(r, print) {
  const m = r.machine;
  print("Benchmarks — live ML textbook");
  print(`Machine: ${m.cpuCores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, Chromium ${m.chromium}`);
  if (m.backends && !m.backends.error) print(`Backends: WebGPU ${m.backends.webgpu}; WebGL2 (worker OffscreenCanvas) ${m.backends.webgl2}; CPU always`);
  const busy = m.loadAverageAtStart?.[0] > m.cpuCores || m.loadAverageAtEnd?.[0] > m.cpuCores;
  print(`Load average (1 min) at start ${m.loadAverageAtStart?.[0]}, at end ${m.loadAverageAtEnd?.[0]}${busy ? " — MORE THAN THE CORES: other processes were competing, timings are noisy" : ""}`);
  print(`Launcher: ${m.launcher}. Build: ${r.build.join("; ")}. Window ${r.settings.windowMs / 1000} s after ${r.settings.warmupMs / 1000} s warm-up, Adam lr ${r.settings.learningRate}. KB = 1000 bytes, gzip level 9.`);

  const w = r.pageWeight;
  if (w && !w.error) {
    const rows = Object.entries(w.groups).map(([g, v]) => [g, v.files, kb(v.bytes), kb(v.gzip)]);
    table(print, `(a) Page weight: JS loaded by ${w.chapter} (diagram on page: ${w.diagramOnPage ? "yes" : "no"}; ${w.widgetsOnPage} widgets), then Train on ${w.trainedWidget} (backend ${w.backendAfterTrain})`, ["group", "files", "raw", "gzip"], rows);
    const limit = 200_000;
    table(print, "(a) Targets", ["figure", "value", "target", "verdict"], [
      ["page JS before any widget starts, incl. Mermaid", kb(w.beforeWidgetStartsGzip), "≤ 200 KB", verdict(w.beforeWidgetStartsGzip <= limit, kb(w.beforeWidgetStartsGzip - limit))],
      ["page JS before any widget starts, excl. Mermaid", kb(w.beforeWidgetStartsWithoutMermaidGzip), "≤ 200 KB", verdict(w.beforeWidgetStartsWithoutMermaidGzip <= limit, kb(w.beforeWidgetStartsWithoutMermaidGzip - limit))],
      ["TF.js loaded before a widget starts", w.tfjsLoadedBeforeWidgetStarts ? "yes" : "no", "no", verdict(!w.tfjsLoadedBeforeWidgetStarts, "loading it")],
      ["loaded on the first Train (worker + TF.js + backend)", kb(w.afterTrainGzip), "(info)", ""],
    ]);
  } else if (w) print(`\n(a) Page weight: ERROR ${w.error}`);

  if (r.throughput) {
    const rows = Object.entries(r.throughput).map(([b, t]) => {
      const actual = [t.widget.backend, t.bareWorker.backend, t.bareMain.backend].filter(Boolean);
      const mismatch = actual.some((a) => a !== b) ? ` (ran on ${[...new Set(actual)].join("/")})` : "";
      return [
        `${b}${mismatch}`,
        t.widget.error ? `error: ${t.widget.error}` : withRounds(t.widget),
        t.bareWorker.error ? `error: ${t.bareWorker.error}` : withRounds(t.bareWorker),
        t.bareMain.error ? `error: ${t.bareMain.error}` : num(t.bareMain.stepsPerSecond),
        t.widgetOverBareWorker === null ? "—" : `${num(t.widgetOverBareWorker, 2)}×`,
        "≥ 0.90×",
        t.widgetOverBareWorker === null ? "n/a" : verdict(t.widgetOverBareWorker >= 0.9, `${num(0.9 - t.widgetOverBareWorker, 2)}×`),
      ];
    });
    table(print, `(b) Training throughput, MLP on XNOR (steps/s, median of ${r.settings.rounds} alternating rounds [each round]; bare fit: 1 epoch = 1 full-batch step)`, ["backend", "widget (worker)", "bare fit (worker)", "bare fit (main)", "widget/bare", "target", "verdict"], rows);
  }

  const lt = r.longTasks;
  if (lt) {
    const parts = { "worker (widget embed page)": lt.worker, "main thread (same session loop)": lt.mainThread, "control: widget page, not training": lt.idle };
    const rows = Object.entries(parts).filter(([, x]) => x).map(([where, x]) => x.error ? [where, "error", "", "", "", "", x.error.slice(0, 80)] : [x.where, num(x.fps, 1), num(x.worstFrameGapMs), x.longTasks, num(x.longestLongTaskMs), num(x.longTaskMsTotal), x.status]);
    table(print, `(c) Main thread while the MLP trains (${lt.backend}, ${r.settings.windowMs / 1000} s, scrolling + moving the lr slider)`, ["where training runs", "fps", "worst frame gap ms", "long tasks", "longest ms", "total ms", "status"], rows);
    const x = lt.worker;
    if (!x.error) table(print, "(c) Target", ["figure", "value", "target", "verdict"], [["longest main-thread long task, worker case", `${num(x.longestLongTaskMs)} ms (${x.longTasks} tasks)`, "none > 50 ms", verdict(x.longTasks === 0, `${x.longTasks} long task(s), longest ${num(x.longestLongTaskMs)} ms`)]]);
    if (!x.error && x.longTasks > 0 && lt.idle && !lt.idle.error && lt.idle.longTasks > 0) print(`Note: the control page (nothing training) also had ${lt.idle.longTasks} long task(s), longest ${num(lt.idle.longestLongTaskMs)} ms: part of this is the machine, not training.`);
  }

  if (r.tensors) {
    const rows = Object.entries(r.tensors).map(([b, t]) => t.error ? [b, "error", "", "", "", t.error.slice(0, 80)] : [t.backend === b ? b : `${b} (ran on ${t.backend})`, t.baseline, t.afterEach.join(" "), t.final, "= baseline", verdict(t.final === t.baseline, `${t.final - t.baseline} tensors`)]);
    table(print, "(d) Tensors after reset (data-tensors; Step ×3 then Reset, 10 cycles)", ["backend", "baseline", "after each cycle", "after 10", "target", "verdict"], rows);
  }
  if (r.widgets) printWidgets(r.widgets, r.settings.perWidget, print);
  printDeep(r, (title, header, rows) => table(print, title, header, rows), print);
  if (r.warnings?.length) { print(""); r.warnings.forEach((w) => print(`Warning: ${w}`)); }
  print("");
  print(`Total time ${r.seconds} s.`);
}

/** (e) Every widget: throughput against its bare model, and long tasks while it trains. */
function printWidgets(e, o, print) {
  if (e.error) { print(`\n(e) Every widget: ERROR ${e.error}`); return; }
  const shortErr = (x) => `error: ${String(x.error).slice(0, 60)}`;
  const widgetCell = (w) => {
    if (w.error) return shortErr(w);
    if (w.stepsPerSecond === null) return `done early (step ${w.doneEarly?.step} in ${num(w.doneEarly?.withinSeconds, 1)} s)`;
    return `${num(w.stepsPerSecond)}${w.doneEarly ? ` (done at ${w.doneEarly.step})` : ""}`;
  };
  const ran = (row) => {
    const actual = [row.widget.backend, row.bare.backend].filter(Boolean);
    return actual.some((a) => a !== row.backend) ? `${row.backend} (ran on ${[...new Set(actual)].join("/")})` : row.backend;
  };
  const rows = e.rows.map((row) => {
    const w = row.widget, b = row.bare, x = row.widgetOverBare;
    const capped = row.pace !== null && w.stepsPerSecond && w.stepsPerSecond >= 0.85 * row.pace;
    return [
      row.id,
      ran(row),
      widgetCell(w),
      b.error ? shortErr(b) : `${num(b.stepsPerSecond)}`,
      b.error ? "" : `${b.k}`,
      row.pace === null ? "—" : String(row.pace),
      x === null ? "—" : `${num(x, 2)}×`,
      x === null ? "n/a" : verdict(x >= 0.9, `${num(0.9 - x, 2)}×${capped ? " (pace cap)" : ""}`),
      w.error || !w.dataStepChangesPerSecond ? "" : num(w.dataStepChangesPerSecond, 1),
    ];
  });
  table(print, `(e) Every widget: steps/s on its embed page vs its own model bare (trainable.run(k) back to back in a worker, k sized to ~${o.chunkMs} ms), ${o.warmupMs / 1000} s warm-up + ${o.windowMs / 1000} s window`,
    ["widget", "backend", "widget steps/s", "bare steps/s", "k", "pace max", "widget/bare", "target ≥ 0.90×", "reports/s"], rows);
  const settingsRows = [...new Map(e.rows.map((r) => [r.id, r])).values()].map((r) => [r.id, r.search || "(defaults)"]);
  table(print, "(e) URL settings used (pace at max, learning rate at min, longest runs; the bare model gets the same)", ["widget", "query string (plus backend=…)"], settingsRows);

  const lt = e.rows.filter((r) => r.backend === e.longTaskBackend);
  const ltRows = lt.map((r) => {
    const w = r.widget;
    if (w.error) return [r.id, "error", "", "", "", "", shortErr(w)];
    if (!w.longTasks) return [r.id, "—", "", "", "", "", "not measured (done before the window)"];
    const t = w.longTasks;
    const c = w.cpuCoresBusy ?? {};
    return [r.id, `${num(w.ms / 1000, 1)} s`, t.count, num(t.longestMs), num(w.fps, 1), num(w.worstFrameGapMs), verdict(t.count === 0, `${t.count} task(s), longest ${num(t.longestMs)} ms`), num(c.pageMainThread, 2), num(c.renderer, 2), num(c.GPU, 2)];
  });
  for (const [name, c] of [["control before (not training)", e.idleBefore], ["control after (not training)", e.idleAfter]]) {
    if (!c) continue;
    ltRows.push(c.error ? [name, "error", "", "", "", "", shortErr(c)] : [`${name}: ${c.widget}`, `${num(c.windowSeconds, 1)} s`, c.longTasks.count, num(c.longTasks.longestMs), "", "", "(control)"]);
  }
  table(print, `(e) Main-thread long tasks (> 50 ms) while each widget trains in its worker (${e.longTaskBackend}, page left alone during the window)`, ["widget", "window", "long tasks", "longest ms", "fps", "worst frame gap ms", "target: none", "main thread", "renderer", "gpu proc"], ltRows);
  print("CPU columns: cores busy during the window (CPU s per s): the page's main thread, the renderer process (main thread + training worker), the GPU process (SwiftShader, i.e. the 'GPU' work on this machine).");
  const idleHad = [e.idleBefore, e.idleAfter].filter((c) => c && !c.error && c.longTasks.count > 0);
  if (idleHad.length) print(`Note: the control page (nothing training) also had long tasks (${idleHad.map((c) => `${c.longTasks.count}, longest ${num(c.longTasks.longestMs)} ms`).join("; ")}): that much is the machine, not training.`);
  const early = e.rows.filter((r) => r.widget.doneEarly);
  if (early.length) print(`Note: reached "done" early: ${early.map((r) => `${r.id} on ${r.backend} at step ${r.widget.doneEarly.step}`).join("; ")}; the bare loop rebuilds the model when it converges (see JSON rebuilds).`);
  const rebuilt = e.rows.filter((r) => r.bare.rebuilds > 0);
  if (rebuilt.length) print(`Note: bare models rebuilt on convergence/divergence: ${rebuilt.map((r) => `${r.id}/${r.backend} ×${r.bare.rebuilds}`).join("; ")}.`);
  if (e.skipped?.length) print(`Skipped: ${e.skipped.map((s) => `${s.id} (${s.why})`).join("; ")}.`);
  const failed = e.rows.filter((r) => r.widget.error || r.bare.error);
  if (failed.length) print(`Failed to load or run (skipped, see JSON): ${failed.map((r) => `${r.id}/${r.backend}`).join(", ")}.`);
}
