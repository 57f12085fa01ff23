/**
 * A digit drawn by the reader, made to look like an MNIST digit, and its
 * transport to the worker. MNIST centred each digit's centre of mass in a
 * 28×28 field after scaling its bounding box to fit 20×20; a network trained on
 * that misreads a digit drawn in a corner or at another size, so the drawing
 * gets the same treatment. Pure TypeScript: runs on the page and in the worker.
 */

export const SIDE = 28;
export const PIXELS = SIDE * SIDE;
/** The box MNIST scaled each digit's longer side to. */
const BOX = 20;

/**
 * MNIST-style preprocessing of a square greyscale drawing.
 * @param ink row-major [side × side], 0 = blank, 1 = full ink
 * @returns [28 × 28] in [0, 1], or undefined when nothing was drawn
 */
export function mnistStyle(ink: Float32Array, side: number): Float32Array | undefined {
  let top = side, bottom = -1, left = side, right = -1;
  for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) {
    if (ink[r * side + c] <= 0.05) continue;
    top = Math.min(top, r); bottom = Math.max(bottom, r);
    left = Math.min(left, c); right = Math.max(right, c);
  }
  if (bottom < 0) return undefined;
  const h = bottom - top + 1, w = right - left + 1;
  const scale = BOX / Math.max(h, w);
  const outH = Math.max(1, Math.round(h * scale)), outW = Math.max(1, Math.round(w * scale));
  // Box-filter the bounding box down (or up) to outW × outH: each output pixel averages the ink it covers.
  const box = new Float32Array(outW * outH);
  for (let y = 0; y < outH; y++) for (let x = 0; x < outW; x++) {
    const r0 = top + (y * h) / outH, r1 = top + ((y + 1) * h) / outH;
    const c0 = left + (x * w) / outW, c1 = left + ((x + 1) * w) / outW;
    let sum = 0, area = 0;
    for (let r = Math.floor(r0); r < Math.ceil(r1); r++) for (let c = Math.floor(c0); c < Math.ceil(c1); c++) {
      const a = (Math.min(r + 1, r1) - Math.max(r, r0)) * (Math.min(c + 1, c1) - Math.max(c, c0));
      sum += a * ink[r * side + c];
      area += a;
    }
    box[y * outW + x] = area > 0 ? sum / area : 0;
  }
  // Centre of mass of the scaled digit goes to the field's centre (14, 14).
  let mass = 0, my = 0, mx = 0;
  for (let y = 0; y < outH; y++) for (let x = 0; x < outW; x++) {
    const v = box[y * outW + x];
    mass += v; my += v * (y + 0.5); mx += v * (x + 0.5);
  }
  const dy = Math.round(SIDE / 2 - my / mass), dx = Math.round(SIDE / 2 - mx / mass);
  const out = new Float32Array(PIXELS);
  for (let y = 0; y < outH; y++) for (let x = 0; x < outW; x++) {
    const r = y + dy, c = x + dx;
    if (r >= 0 && r < SIDE && c >= 0 && c < SIDE) out[r * SIDE + c] = Math.min(1, box[y * outW + x]);
  }
  return out;
}

/** 784 pixels in [0, 1] → a short string setting (base64 of one byte per pixel). */
export function encodeDigit(pixels: Float32Array): string {
  let bytes = "";
  for (let i = 0; i < PIXELS; i++) bytes += String.fromCharCode(Math.round(Math.min(1, Math.max(0, pixels[i])) * 255));
  return btoa(bytes);
}

/** The inverse of encodeDigit; undefined for anything that is not exactly 784 base64-coded bytes. */
export function decodeDigit(text: string): Float32Array | undefined {
  if (text.length !== Math.ceil(PIXELS / 3) * 4 || !/^[A-Za-z0-9+/]+=*$/.test(text)) return undefined;
  const bytes = atob(text);
  if (bytes.length !== PIXELS) return undefined;
  return Float32Array.from(bytes, (ch) => ch.charCodeAt(0) / 255);
}
