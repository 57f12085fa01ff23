/** Page for bench/profile.mjs: `window.benchVariant(options)` runs one variant in a fresh worker. */
import type { VariantOptions, VariantResult } from "./variants";

declare global {
  interface Window {
    benchVariant: (options: VariantOptions) => Promise<VariantResult>;
  }
}

window.benchVariant = (options) => {
  const worker = new Worker(new URL("./variants.worker.ts", import.meta.url), { type: "module", name: "variant" });
  return new Promise<VariantResult>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: true; result: VariantResult } | { ok: false; error: string }>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message || "the variant worker crashed")); };
    worker.postMessage(options);
  });
};
document.body.dataset.ready = "true";
