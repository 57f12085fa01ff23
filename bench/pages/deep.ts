/**
 * Page for (f): `window.benchDeepFit(…)` resolves a widget's settings exactly as
 * its embed page does and times bare `model.fit` of the same network in a
 * fresh worker; `window.benchDeepFitIds()` lists the widgets that have one.
 */
import type { BackendChoice } from "../../src/hyperparams/schema";
import { settingsFromSearch } from "../../src/hyperparams/url";
import { widgetCatalog } from "../../src/widgets/catalog";
import type { DeepFitOptions, DeepFitResult } from "./deepFit";
import { fitBaselineIds } from "./deepFits";

interface DeepRequest {
  readonly id: string;
  /** The embed page's query string, without "?" (backend excluded). */
  readonly search: string;
  readonly backend: BackendChoice;
  readonly warmupMs: number;
  readonly windowMs: number;
}

declare global {
  interface Window {
    benchDeepFit: (r: DeepRequest) => Promise<DeepFitResult & { settings: Record<string, string | number> }>;
    benchDeepFitIds: () => readonly string[];
  }
}

window.benchDeepFitIds = () => fitBaselineIds;

window.benchDeepFit = (r) => {
  const entry = widgetCatalog[r.id];
  if (!entry) return Promise.reject(new Error(`no widget ${r.id} in the catalog`));
  const search = new URLSearchParams(r.search);
  search.set("backend", r.backend);
  const { settings } = settingsFromSearch(entry.schema, search.toString());
  const options: DeepFitOptions = { id: r.id, settings, warmupMs: r.warmupMs, windowMs: r.windowMs };
  const worker = new Worker(new URL("./deep.worker.ts", import.meta.url), { type: "module", name: `fit-${r.id}` });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: true; result: DeepFitResult } | { ok: false; error: string }>) => {
      worker.terminate();
      if (e.data.ok) resolve({ ...e.data.result, settings: { ...settings } });
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message || "the model.fit worker crashed")); };
    worker.postMessage(options);
  });
};
document.body.dataset.ready = "true";
