/**
 * Page for the per-widget baseline. `window.benchCatalog()` lists the widgets
 * the catalog holds now (id, title, chapter, schema); `window.benchBare(…)`
 * resolves a widget's settings exactly as its embed page does (defaults, then
 * the query string through settingsFromSearch) and trains that model bare in
 * a fresh worker.
 */
import type { BackendChoice, Schema } from "../../src/hyperparams/schema";
import { settingsFromSearch } from "../../src/hyperparams/url";
import { hasModel } from "../../src/ml/models";
import { widgetCatalog } from "../../src/widgets/catalog";
import type { BareRunOptions, BareRunResult } from "./bareRun";

interface CatalogRow { readonly id: string; readonly title: string; readonly chapter: string; readonly schema: Schema; readonly trains: boolean }

interface BareRequest {
  readonly id: string;
  /** The embed page's query string, without "?" (backend excluded). */
  readonly search: string;
  readonly backend: BackendChoice;
  readonly warmupMs: number;
  readonly windowMs: number;
  readonly chunkMs: number;
}

declare global {
  interface Window {
    benchCatalog: () => CatalogRow[];
    benchBare: (r: BareRequest) => Promise<BareRunResult & { settings: Record<string, string | number>; messages: readonly string[] }>;
  }
}

window.benchCatalog = () => Object.values(widgetCatalog).map((e) => ({ id: e.id, title: e.title, chapter: e.chapter, schema: e.schema, trains: hasModel(e.id) }));

window.benchBare = (r) => {
  const entry = widgetCatalog[r.id];
  if (!entry) return Promise.reject(new Error(`no widget ${r.id} in the catalog`));
  const search = new URLSearchParams(r.search);
  search.set("backend", r.backend);
  const { settings, messages } = settingsFromSearch(entry.schema, search.toString());
  const options: BareRunOptions = { id: r.id, settings, warmupMs: r.warmupMs, windowMs: r.windowMs, chunkMs: r.chunkMs };
  const worker = new Worker(new URL("./bare.worker.ts", import.meta.url), { type: "module", name: `bare-${r.id}` });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: true; result: BareRunResult } | { ok: false; error: string }>) => {
      worker.terminate();
      if (e.data.ok) resolve({ ...e.data.result, settings: { ...settings }, messages });
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message || "the bare worker crashed")); };
    worker.postMessage(options);
  });
};
document.body.dataset.ready = "true";
