/** The CNN chapter's widgets. */
import { lazy } from "react";
import { cnnMnistSchema, convArithmeticSchema } from "../../hyperparams/cnn";
import type { WidgetEntry } from "../widgetEntry";

export const cnnWidgets: readonly WidgetEntry[] = [
  {
    id: "cnn-mnist",
    title: "Seed 000's CNN learns handwritten digits",
    chapter: "cnn",
    schema: cnnMnistSchema,
    minHeight: 1900,
    View: lazy(() => import("./CnnMnist").then((m) => ({ default: m.CnnMnist }))),
  },
  {
    id: "conv-arithmetic",
    title: "Convolution arithmetic: kernel, stride, padding",
    chapter: "cnn",
    schema: convArithmeticSchema,
    minHeight: 820,
    View: lazy(() => import("./ConvArithmetic").then((m) => ({ default: m.ConvArithmetic }))),
  },
];
