/** The readable half of the report: figures, with each target marked "met" or "missed by …". */

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
  if (r.warnings?.length) { print(""); r.warnings.forEach((w) => print(`Warning: ${w}`)); }
  print("");
  print(`Total time ${r.seconds} s.`);
}
