/**
 * Loads the shipped MNIST file from the site itself (Vite fingerprints it as an
 * asset; nothing comes from the network beyond our own origin). Only models
 * import this, so it runs in the training worker.
 */
import mnistUrl from "../../datasets/mnist.bin.gz?url";
import { decodeMnist, type MnistSplit } from "./mnist";

// Once per worker: a Reset rebuilds the model, not the 7.8 MB of digits.
let loading: Promise<MnistSplit> | undefined;

/** The 8,000 training and 2,000 held-out digits. A failed load is retried on the next call. */
export function loadMnist(): Promise<MnistSplit> {
  loading ??= fetchMnist().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function fetchMnist(): Promise<MnistSplit> {
  const response = await fetch(mnistUrl);
  if (!response.ok) throw new Error(`Could not load the MNIST digits (${response.status} ${response.statusText}).`);
  return decodeMnist(new Uint8Array(await response.arrayBuffer()));
}
