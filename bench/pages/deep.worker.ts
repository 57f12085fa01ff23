/** Runs one bare model.fit baseline in a dedicated module worker, the widget's context type. */
import { deepFit, type DeepFitOptions } from "./deepFit";

self.onmessage = (e: MessageEvent<DeepFitOptions>) => {
  deepFit(e.data).then(
    (result) => self.postMessage({ ok: true, result }),
    (error: unknown) => self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
