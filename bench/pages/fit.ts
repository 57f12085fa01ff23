/** Page for the bare-fit baseline: `window.benchFit(where, options)` runs it in a worker or on this thread. */
import { bareFit, type FitOptions, type FitResult } from "./bareFit";

function inWorker(options: FitOptions): Promise<FitResult> {
  const worker = new Worker(new URL("./fit.worker.ts", import.meta.url), { type: "module", name: "bare-fit" });
  return new Promise<FitResult>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: true; result: FitResult } | { ok: false; error: string }>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || "the bare-fit worker crashed"));
    };
    worker.postMessage(options);
  });
}

declare global {
  interface Window {
    benchFit: (where: "worker" | "main", options: FitOptions) => Promise<FitResult>;
  }
}

window.benchFit = (where, options) => (where === "worker" ? inWorker(options) : bareFit(options));
document.body.dataset.ready = "true";
