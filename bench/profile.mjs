#!/usr/bin/env node
/**
 * `node bench/profile.mjs`: where the widget's steps/s go. Trains the MLP in a
 * worker through the real session loop with one thing changed at a time
 * (cheap view, bigger chunks, fewer reports) and through trainable.run(N)
 * back to back, beside the bare model.fit. Prints a table; never fails on figures.
 * Environment: BENCH_BACKENDS (webgl,cpu), BENCH_WINDOW_MS (5000), BENCH_WARMUP_MS (1500), BENCH_LR (0.0001).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "./lib/browser.mjs";
import { ensureBuilt } from "./lib/build.mjs";
import { serveDir } from "./lib/servers.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const log = (m) => process.stderr.write(`profile: ${m}\n`);
const env = process.env;
const windowMs = Number(env.BENCH_WINDOW_MS ?? 5000);
const warmupMs = Number(env.BENCH_WARMUP_MS ?? 1500);
const lr = Number(env.BENCH_LR ?? 0.0001);
const backends = (env.BENCH_BACKENDS ?? "webgl,cpu").split(",");

const variants = [
  { name: "session as shipped (chunkMs 30, 20 reports/s)", loop: "session" },
  { name: "session, view() without grid and weights", loop: "session", cheapView: true },
  { name: "session, chunkMs 250", loop: "session", chunkMs: 250 },
  { name: "session, 4 reports/s", loop: "session", reportsPerSecond: 4 },
  { name: "session, chunkMs 250 + 4 reports/s", loop: "session", chunkMs: 250, reportsPerSecond: 4 },
  { name: "trainable.run(1) back to back", loop: "run:1" },
  { name: "trainable.run(32) back to back", loop: "run:32" },
];

async function main() {
  ensureBuilt(root, log);
  const site = await serveDir(join(root, "bench/dist"));
  const { browser } = await launchBrowser(root);
  const rows = [];
  try {
    for (const backend of backends) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}profile.html`);
      await page.waitForSelector("body[data-ready]");
      const fitPage = await context.newPage();
      await fitPage.goto(`${site.url}fit.html`);
      await fitPage.waitForSelector("body[data-ready]");
      log(`${backend}: bare model.fit`);
      const fit = await fitPage.evaluate((o) => window.benchFit("worker", o), { backend, learningRate: lr, warmupMs, windowMs });
      rows.push([backend, "bare model.fit (worker)", fit.stepsPerSecond.toFixed(0), "", "1.00×"]);
      for (const v of variants) {
        log(`${backend}: ${v.name}`);
        try {
          const r = await page.evaluate((o) => window.benchVariant(o), { ...v, backend, learningRate: lr, warmupMs, windowMs });
          rows.push([backend, v.name, r.stepsPerSecond.toFixed(0), r.reportsPerSecond ? r.reportsPerSecond.toFixed(1) : "", `${(r.stepsPerSecond / fit.stepsPerSecond).toFixed(2)}×`]);
        } catch (e) {
          rows.push([backend, v.name, `error: ${e instanceof Error ? e.message : e}`, "", ""]);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    site.close();
  }
  const header = ["backend", "variant (worker)", "steps/s", "reports/s", "vs bare fit"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ").trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  rows.forEach((r) => console.log(line(r)));
}

main().catch((e) => {
  log(`the harness broke: ${e instanceof Error ? e.stack ?? e.message : e}`);
  process.exit(1);
});
