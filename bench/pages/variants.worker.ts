/** Runs one training variant in a dedicated worker, as the widget's training runs. */
import { runVariant, type VariantOptions } from "./variants";

self.onmessage = (e: MessageEvent<VariantOptions>) => {
  runVariant(e.data).then(
    (result) => self.postMessage({ ok: true, result }),
    (error: unknown) => self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
