/** The GAN chapter's widgets. */
import { lazy } from "react";
import { gan2dSchema, ganMnistSchema } from "../../hyperparams/gan";
import type { WidgetEntry } from "../widgetEntry";

export const ganWidgets: readonly WidgetEntry[] = [
  {
    id: "gan-2d",
    title: "A GAN learns a 2-D distribution",
    chapter: "gan",
    schema: gan2dSchema,
    minHeight: 1100,
    View: lazy(() => import("./Gan2dView").then((m) => ({ default: m.Gan2d }))),
  },
  {
    id: "gan-mnist",
    title: "Seed 000's dense GAN on MNIST, fixed",
    chapter: "gan",
    schema: ganMnistSchema,
    minHeight: 900,
    View: lazy(() => import("./GanMnistView").then((m) => ({ default: m.GanMnist }))),
  },
];
