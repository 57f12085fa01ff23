/** The SVM chapter's widget views: decision regions with margins and support vectors, and the objective. */
import { useMemo } from "react";
import { irisVersicolorVirginica } from "../../data/svmSets";
import { nonlinearSet, type NonlinearSetName } from "../../data/nonlinearSets";
import type { TwoFeatureSet } from "../../data/twoFeatureSet";
import type { ModelView } from "../../ml/trainable";
import { DecisionScatter, type ScatterCoordinates } from "../kit/DecisionScatter";
import { LossChart } from "../kit/LossChart";
import { WidgetFrame } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { drawMargins, drawSupportRings } from "./svmOverlay";

const iris = irisVersicolorVirginica();

type Overlay = (ctx: CanvasRenderingContext2D, at: ScatterCoordinates, style: CSSStyleDeclaration) => void;

function SvmPlots({ data, view, revision, history, linear }: {
  data: TwoFeatureSet; view: ModelView | undefined; revision: number;
  history: Parameters<typeof LossChart>[0]["history"]; linear: boolean;
}) {
  const overlay = useMemo<Overlay>(() => (ctx, at, style) => {
    if (linear) drawMargins(ctx, at, data, view, style);
    drawSupportRings(ctx, at, data, view, style);
  }, [data, view, linear]);
  return (
    <>
      <div>
        <DecisionScatter data={data} view={view} overlay={overlay} label={`${data.name}: points, decision regions${linear ? ", margin lines" : ""} and ringed support vectors`} />
        <p className="widget__legend">
          {linear
            ? "Solid: the boundary w·x + b = 0. Dashed: the margin lines w·x + b = ±1. Dotted: the exact solution's boundary. Ringed: support vectors (yᵢ f(xᵢ) ≤ 1). Pale band: inside the margin."
            : "Ringed: support vectors (yᵢ f(xᵢ) ≤ 1, on or inside the margin). Pale band: inside the margin, −1 < f(x) < 1."}
        </p>
      </div>
      <LossChart history={history} revision={revision} label="Objective ½‖w‖² + C·Σ hinge, and accuracy, by step" />
    </>
  );
}

export function SvmLinear(props: WidgetViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history }) => <SvmPlots data={iris} view={state.view} revision={state.revision} history={history} linear />}
    </WidgetFrame>
  );
}

/** The kernel widget's data depend on its settings (set and seed), so the view makes them as the worker does. */
function KernelPlots({ dataset, seed, ...rest }: { dataset: NonlinearSetName; seed: number; view: ModelView | undefined; revision: number; history: Parameters<typeof LossChart>[0]["history"] }) {
  const data = useMemo(() => nonlinearSet(dataset, seed), [dataset, seed]);
  return <SvmPlots data={data} linear={false} {...rest} />;
}

export function SvmKernel(props: WidgetViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history, settings }) => (
        <KernelPlots dataset={settings.dataset as NonlinearSetName} seed={Number(settings.seed)} view={state.view} revision={state.revision} history={history} />
      )}
    </WidgetFrame>
  );
}
