/** The shipped MNIST file, read from disk for Node tests (the worker fetches it instead). */
import { readFileSync } from "node:fs";
import { decodeMnist, type MnistSplit } from "../../src/data/mnist";

export function readMnist(): Promise<MnistSplit> {
  return decodeMnist(new Uint8Array(readFileSync(new URL("../../datasets/mnist.bin.gz", import.meta.url))));
}
