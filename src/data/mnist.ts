/**
 * MNIST handwritten digits as the book ships them (datasets/mnist.bin.gz, made by
 * datasets/mnist.mjs): 10,000 digits, 28 × 28 grey bytes, a fixed stratified
 * split of 8,000 training and 2,000 held-out digits. Decoding is pure, so the
 * same code runs in the worker, on the main thread and in Node tests.
 */

export const DIGIT_SIDE = 28;
/** Pixels per digit, 28 × 28. */
export const DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;
const TRAIN_COUNT = 8000;
const TOTAL = 10000;

/** Some digits: `images` is count × 784 bytes, row-major, 0 = background, 255 = ink. */
export interface DigitSet {
  readonly images: Uint8Array;
  /** Class 0–9 of each digit. */
  readonly labels: Uint8Array;
  readonly count: number;
}

/** The fixed split: every model trains on `train` and is judged on `test`. */
export interface MnistSplit {
  readonly train: DigitSet;
  readonly test: DigitSet;
}

/** Undoes gzip where the bytes still carry it (a server may already have). */
async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Reads the shipped file: [labels: 10,000 bytes][pixels: 10,000 × 784 bytes],
 * training digits first.
 * @throws when the bytes are not that file (truncated download, wrong asset)
 */
export async function decodeMnist(file: Uint8Array): Promise<MnistSplit> {
  const bytes = await gunzipIfNeeded(file);
  if (bytes.length !== TOTAL * (DIGIT_PIXELS + 1)) {
    throw new Error(`The MNIST file has ${bytes.length} bytes once unpacked; expected ${TOTAL * (DIGIT_PIXELS + 1)}.`);
  }
  const labels = bytes.subarray(0, TOTAL);
  if (labels.some((label) => label > 9)) throw new Error("The MNIST file has a label outside 0–9.");
  const images = bytes.subarray(TOTAL);
  const part = (from: number, to: number): DigitSet => ({
    images: images.subarray(from * DIGIT_PIXELS, to * DIGIT_PIXELS),
    labels: labels.subarray(from, to),
    count: to - from,
  });
  return { train: part(0, TRAIN_COUNT), test: part(TRAIN_COUNT, TOTAL) };
}

/** Digit `index` of `set` as its own 784 bytes (a view, not a copy). */
export function digitAt(set: DigitSet, index: number): Uint8Array {
  return set.images.subarray(index * DIGIT_PIXELS, (index + 1) * DIGIT_PIXELS);
}
