/**
 * Chooses where TF.js runs: WebGPU if an adapter is there, else WebGL, else the
 * CPU. Each backend's code is imported only when tried, so a reader on WebGL
 * never downloads WebGPU's kernels.
 */
import * as tf from "./tf";
import type { BackendChoice } from "../hyperparams/schema";
import type { BackendName } from "./trainable";

export interface BackendSelection {
  readonly backend: BackendName;
  /** Why this one runs, in words a reader understands. */
  readonly reason: string;
}

const order: readonly BackendName[] = ["webgpu", "webgl", "cpu"];
const label: Record<BackendName, string> = { webgpu: "WebGPU", webgl: "WebGL", cpu: "CPU" };

interface Adapter {
  readonly isFallbackAdapter?: boolean;
  readonly info?: { readonly architecture?: string; readonly vendor?: string };
}

/**
 * Why `name` cannot run here, or null if it may. Checked before loading its code.
 * With `auto`, a software WebGPU adapter (SwiftShader, or one the browser marks
 * as a fallback) is passed over: it is far slower than WebGL on the same machine.
 */
async function unavailable(name: BackendName, auto: boolean): Promise<string | null> {
  const g = globalThis as { navigator?: { gpu?: { requestAdapter(): Promise<Adapter | null> } }; OffscreenCanvas?: unknown; document?: unknown };
  if (name === "webgpu") {
    if (!g.navigator?.gpu) return "this browser has no WebGPU";
    try {
      const adapter = await g.navigator.gpu.requestAdapter();
      if (!adapter) return "WebGPU found no GPU adapter";
      const software = adapter.isFallbackAdapter || /swiftshader/i.test(`${adapter.info?.architecture} ${adapter.info?.vendor}`);
      if (auto && software) return "WebGPU's only adapter here is a software renderer";
    } catch (e) {
      return `WebGPU adapter request failed (${String(e)})`;
    }
  }
  if (name === "webgl" && !g.OffscreenCanvas && !g.document) return "WebGL needs a canvas, and there is none here";
  return null;
}

async function load(name: BackendName): Promise<void> {
  if (name === "webgpu") await import("@tensorflow/tfjs-backend-webgpu");
  else if (name === "webgl") await import("@tensorflow/tfjs-backend-webgl");
  else await import("@tensorflow/tfjs-backend-cpu");
}

/** Tries one backend; resolves to a reason it failed, or null on success. */
async function tryBackend(name: BackendName, auto: boolean): Promise<string | null> {
  const why = await unavailable(name, auto);
  if (why) return why;
  try {
    await load(name);
    // setBackend resolves false on failure; it does not throw.
    if (!(await tf.setBackend(name))) return `${label[name]} failed to start`;
    await tf.ready();
    return null;
  } catch (e) {
    return `${label[name]} failed to start (${e instanceof Error ? e.message : String(e)})`;
  }
}

/**
 * Sets the TF.js backend. A forced choice that fails falls back along
 * webgpu → webgl → cpu and the reason says so.
 */
export async function selectBackend(choice: BackendChoice): Promise<BackendSelection> {
  const start = choice === "auto" ? 0 : order.indexOf(choice);
  const failures: string[] = [];
  for (const name of order.slice(start)) {
    const why = await tryBackend(name, choice === "auto");
    if (why === null) {
      const asked = choice === "auto" ? "chosen automatically" : choice === name ? "as requested" : `instead of ${label[choice]}`;
      const because = failures.length ? ` (${failures.join("; ")})` : "";
      return { backend: name, reason: `${label[name]}, ${asked}${because}` };
    }
    failures.push(why);
  }
  throw new Error(`No TensorFlow.js backend could start: ${failures.join("; ")}`);
}
