/** The SVM chapter's widgets. */
import { lazy } from "react";
import { svmKernelSchema, svmLinearSchema } from "../../hyperparams/svm";
import type { WidgetEntry } from "../widgetEntry";

const views = () => import("./views");

export const svmWidgets: readonly WidgetEntry[] = [
  {
    id: "svm-linear",
    title: "A soft-margin linear SVM on two Iris species",
    chapter: "svm",
    schema: svmLinearSchema,
    minHeight: 760,
    View: lazy(() => views().then((m) => ({ default: m.SvmLinear }))),
  },
  {
    id: "svm-kernel",
    title: "An RBF-kernel SVM by random Fourier features",
    chapter: "svm",
    schema: svmKernelSchema,
    minHeight: 860,
    View: lazy(() => views().then((m) => ({ default: m.SvmKernel }))),
  },
];
