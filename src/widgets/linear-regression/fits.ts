/** Reading a linear-regression view: the rescaling it was trained with, and its fits as predictors in original units. */
import { predictOriginal, type AffineScaling, type Scaling } from "../../data/scaling";
import type { ModelView } from "../../ml/trainable";
import type { Predictor } from "./drawFits";

const numbers = (v: unknown): number[] | undefined => (Array.isArray(v) ? v.map(Number) : undefined);

/** The rescaling the worker trained with, as the view reports it (so params and scaling always match). */
export function viewScaling(view: ModelView | undefined): AffineScaling | undefined {
  const e = view?.extra;
  const xShift = numbers(e?.xShift), xScale = numbers(e?.xScale);
  if (!e || !xShift || !xScale || typeof e.yShift !== "number" || typeof e.yScale !== "number") return undefined;
  return { kind: String(e.scaling) as Scaling, xShift, xScale, yShift: e.yShift, yScale: e.yScale };
}

/** Gradient descent's fit and the closed-form one as predictors in original units, when the view matches `d`. */
export function fitsOf(view: ModelView | undefined, d: number, features: string): { fit?: Predictor; exact?: Predictor } {
  const s = viewScaling(view);
  const w = view?.params?.w, b = view?.params?.b?.[0];
  const wStar = numbers(view?.extra?.wStar), bStar = view?.extra?.bStar;
  if (!s || view?.extra?.features !== features || !w || w.length !== d || b === undefined) return {};
  const fit: Predictor = (x, offset) => predictOriginal(s, w, b, x, offset);
  const exact: Predictor | undefined = wStar && typeof bStar === "number" ? (x, offset) => predictOriginal(s, wStar, bStar, x, offset) : undefined;
  return { fit, exact };
}

