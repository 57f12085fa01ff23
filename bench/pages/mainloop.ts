/**
 * The MLP widget's training loop (src/ml/session.ts's createSession, same
 * chunking and report rate) run on the main thread instead of a worker, for
 * the long-task comparison. Reports update the same data-* attributes the
 * widget root carries; a slider changes the learning rate live like the
 * widget's.
 */
import { defaults, type BackendChoice } from "../../src/hyperparams/schema";
import { createSession } from "../../src/ml/session";
import { widgetCatalog } from "../../src/widgets/catalog";

const root = document.querySelector<HTMLElement>("section[data-widget]")!;
const params = new URLSearchParams(location.search);
const settings = {
  ...defaults(widgetCatalog["mlp-xnor"].schema),
  learningRate: Number(params.get("lr") ?? 0.001),
  backend: (params.get("backend") ?? "webgl") as BackendChoice,
};

const session = createSession((report) => {
  switch (report.type) {
    case "ready":
      root.dataset.backend = report.backend;
      break;
    case "progress": {
      root.dataset.status = report.status;
      root.dataset.step = String(report.view.step);
      const last = report.points[report.points.length - 1];
      if (last) root.dataset.loss = String(last.loss);
      break;
    }
    case "error":
      root.dataset.status = "error";
      root.dataset.error = report.message;
      break;
    case "memory":
      root.dataset.tensors = String(report.numTensors);
      break;
  }
});

let started = false;
document.querySelector('[data-action="train"]')!.addEventListener("click", () => {
  if (!started) void session.handle({ type: "init", model: "mlp-xnor", settings });
  started = true;
  void session.handle({ type: "train" });
});
const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
slider.addEventListener("input", () => {
  void session.handle({ type: "set", settings: { learningRate: 10 ** Number(slider.value) } });
});
