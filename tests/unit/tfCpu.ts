/** Puts TF.js on its cpu backend for unit tests, as the worker would with ?backend=cpu. */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";

export async function useCpu(): Promise<void> {
  if (!(await tf.setBackend("cpu"))) throw new Error("the cpu backend did not start");
  await tf.ready();
}
