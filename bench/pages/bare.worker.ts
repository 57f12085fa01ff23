/** Runs one bare trainable.run loop in a dedicated module worker, the widget's context type. */
import { bareRun, type BareRunOptions } from "./bareRun";

self.onmessage = (e: MessageEvent<BareRunOptions>) => {
  bareRun(e.data).then(
    (result) => self.postMessage({ ok: true, result }),
    (error: unknown) => self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
