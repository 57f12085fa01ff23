/**
 * A grid of small images drawn pixel-exact: MNIST digits, generated samples,
 * convolution filters, feature maps. Ink follows the theme (text colour on the
 * page background), so digits read in light and dark mode alike; signed images
 * (filters) use the two class colours for negative and positive weights.
 */
import { CanvasPlot } from "./CanvasPlot";
import { themeRgb, type Rgb } from "./themeColour";

/** How pixel values map to ink. */
export type PixelScale =
  /** 0 = blank, 255 = full ink (MNIST bytes). */
  | "byte"
  /** 0 = blank, 1 = full ink. */
  | "unit"
  /** Each image scaled by its own largest |value|: negative and positive in the two class colours. */
  | "signed"
  /** Each image stretched from its own minimum (blank) to its maximum (full ink): feature maps. */
  | "stretch";

export interface DigitGridProps {
  /** What the grid shows, for screen readers. */
  readonly label: string;
  /** `count` images, each `rows` × `side` values, row-major, one after the other. */
  readonly images: ArrayLike<number>;
  readonly count: number;
  /** Pixels per image row (28 for a digit, 3 for a 3 × 3 filter). */
  readonly side: number;
  /** Pixel rows per image; square by default. */
  readonly rows?: number;
  readonly columns: number;
  readonly scale: PixelScale;
  /** A short caption under each image (e.g. "7 → 2"), same order as the images. */
  readonly captions?: readonly string[];
  readonly maxWidth?: number;
}

const GAP = 3;
const CAPTION = 14;

/** Ink colour and strength in [0, 1] (sign chooses the colour) of each pixel of one image. */
function pixelInk(values: ArrayLike<number>, from: number, length: number, scale: PixelScale): Float32Array {
  const ink = new Float32Array(length);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < length; i++) {
    const v = values[from + i];
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const absMax = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  const span = hi - lo || 1;
  for (let i = 0; i < length; i++) {
    const v = values[from + i];
    ink[i] = scale === "byte" ? v / 255 : scale === "unit" ? v : scale === "signed" ? v / absMax : (v - lo) / span;
  }
  return ink;
}

/**
 * Paints every image side by side into one atlas canvas (`count` × `side` pixels wide), so a
 * redraw costs one ImageData, one context and one putImageData, not one of each per image:
 * with a context per image, redrawing a hundred feature maps blocked the page for over 50 ms.
 */
function paintAtlas(images: ArrayLike<number>, count: number, side: number, rows: number, scale: PixelScale, colours: { ink: Rgb; neg: Rgb; pos: Rgb; bg: Rgb }): OffscreenCanvas {
  const width = count * side;
  const image = new ImageData(width, rows);
  const size = side * rows;
  for (let n = 0; n < count; n++) {
    const ink = pixelInk(images, n * size, size, scale);
    for (let i = 0; i < size; i++) {
      const a = Math.min(1, Math.max(0, Math.abs(ink[i])));
      const colour = scale === "signed" ? (ink[i] < 0 ? colours.neg : colours.pos) : colours.ink;
      const at = 4 * (Math.floor(i / side) * width + n * side + (i % side));
      for (let k = 0; k < 3; k++) image.data[at + k] = Math.round(colours.bg[k] + (colour[k] - colours.bg[k]) * a);
      image.data[at + 3] = 255;
    }
  }
  const atlas = new OffscreenCanvas(width, rows);
  atlas.getContext("2d")?.putImageData(image, 0, 0);
  return atlas;
}

export function DigitGrid({ label, images, count, side, rows = side, columns, scale, captions, maxWidth = 420 }: DigitGridProps) {
  const gridRows = Math.max(1, Math.ceil(count / columns));
  const captionRow = captions ? CAPTION : 0;
  const cellAspect = rows / side;
  const cellWidth = (width: number) => (width - GAP * (columns - 1)) / columns;
  const height = (width: number) => gridRows * (cellWidth(width) * cellAspect + captionRow + GAP) - GAP;

  function draw(ctx: CanvasRenderingContext2D, width: number, _height: number, style: CSSStyleDeclaration) {
    const colours = {
      ink: themeRgb(style, "--text", [28, 29, 33]),
      bg: themeRgb(style, "--bg", [253, 253, 251]),
      neg: themeRgb(style, "--class-neg", [230, 126, 34]),
      pos: themeRgb(style, "--class-pos", [41, 128, 185]),
    };
    const cellW = cellWidth(width);
    const cellH = cellW * cellAspect;
    ctx.imageSmoothingEnabled = false;
    ctx.font = "11px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.fillStyle = style.getPropertyValue("--text") || "#1c1d21";
    const atlas = paintAtlas(images, count, side, rows, scale, colours);
    for (let n = 0; n < count; n++) {
      const x = (n % columns) * (cellW + GAP);
      const y = Math.floor(n / columns) * (cellH + GAP + captionRow);
      ctx.drawImage(atlas, n * side, 0, side, rows, x, y, cellW, cellH);
      if (captions?.[n]) ctx.fillText(captions[n], x + cellW / 2, y + cellH + CAPTION - 3);
    }
  }

  return <CanvasPlot label={label} draw={draw} aspect={height} maxWidth={maxWidth} className="widget__digits" />;
}
