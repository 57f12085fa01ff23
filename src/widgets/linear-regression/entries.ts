/** The linear-regression chapter's widgets. */
import { lazy } from "react";
import { linregCarsSchema, polyfitCarsSchema } from "../../hyperparams/linear-regression";
import type { WidgetEntry } from "../widgetEntry";

const views = () => import("./views");

export const linearRegressionWidgets: readonly WidgetEntry[] = [
  {
    id: "linreg-cars",
    title: "Gradient descent fits fuel economy to weight and horsepower",
    chapter: "linear-regression",
    schema: linregCarsSchema,
    minHeight: 2200,
    View: lazy(() => views().then((m) => ({ default: m.LinregCars }))),
  },
  {
    id: "polyfit-cars",
    title: "Polynomial features and L2: overfitting on a few cars",
    chapter: "linear-regression",
    schema: polyfitCarsSchema,
    minHeight: 2000,
    View: lazy(() => views().then((m) => ({ default: m.PolyfitCars }))),
  },
];
