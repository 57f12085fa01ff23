/** Runs the bare `model.fit` in a dedicated module worker, the widget's context type. */
import { bareFit, type FitOptions } from "./bareFit";

self.onmessage = (e: MessageEvent<FitOptions>) => {
  bareFit(e.data).then(
    (result) => self.postMessage({ ok: true, result }),
    (error: unknown) => self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
