/**
 * The CNN widget: loss and accuracy curves, held-out accuracy, first-layer
 * filters, feature maps of one held-out digit, the confusion matrix, a gallery
 * of misclassified digits and a pad to draw your own.
 */
import { useEffect, useRef } from "react";
import type { ModelView } from "../../ml/trainable";
import { DigitGrid } from "../kit/DigitGrid";
import { MetricsChart, type MetricSeries } from "../kit/MetricsChart";
import { WidgetFrame } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { DrawPad } from "./DrawPad";
import { ProbabilityBars } from "./ProbabilityBars";
import "./cnn.css";

const series: readonly MetricSeries[] = [
  { column: "loss", label: "loss (batch)", colour: ["--series-loss", "#c0262d"] },
  { column: "trainAccuracy", label: "training accuracy (this epoch so far)", colour: ["--series-accuracy", "#1f6fb5"], axis: "right", dash: [4, 3] },
  { column: "accuracy", label: "held-out accuracy (after each epoch)", colour: ["--series-accuracy", "#1f6fb5"], axis: "right" },
];

type Extra = NonNullable<ModelView["extra"]>;
const arr = (extra: Extra | undefined, key: string) => extra?.[key] as Float32Array | number[] | undefined;
const num = (extra: Extra | undefined, key: string) => extra?.[key] as number | undefined;

function Maps({ extra }: { extra: Extra | undefined }) {
  const filters = arr(extra, "filters");
  const maps1 = arr(extra, "maps1");
  const maps2 = arr(extra, "maps2");
  const pixels = arr(extra, "digitPixels");
  const probs = arr(extra, "digitProbs");
  if (!filters || !maps1 || !maps2 || !pixels || !probs) return null;
  const f1 = filters.length / 9;
  const f2 = maps2.length / 121;
  const label = num(extra, "digitLabel");
  return (
    <div className="cnn__maps">
      <div>
        <h4 className="cnn__heading">First-layer filters ({f1} × 3 × 3)</h4>
        <DigitGrid label={`The ${f1} learned 3 × 3 filters of the first convolution; orange negative, blue positive weights`} images={filters} count={f1} side={3} columns={8} scale="signed" maxWidth={320} />
      </div>
      <div>
        <h4 className="cnn__heading">Held-out digit #{num(extra, "digitIndex")} (a {label})</h4>
        <div className="cnn__digit">
          <DigitGrid label={`Held-out digit number ${num(extra, "digitIndex")}, a ${label}`} images={pixels} count={1} side={28} columns={1} scale="unit" maxWidth={84} />
          <ProbabilityBars label="The network's class probabilities for this digit" probs={probs} truth={label} />
        </div>
      </div>
      <div>
        <h4 className="cnn__heading">Its feature maps after conv 1 + ReLU ({f1} × 26 × 26)</h4>
        <DigitGrid label={`The digit's ${f1} feature maps after the first convolution and ReLU, each stretched to its own range`} images={maps1} count={f1} side={26} columns={8} scale="stretch" maxWidth={420} />
      </div>
      <div>
        <h4 className="cnn__heading">After conv 2 + ReLU ({f2} × 11 × 11)</h4>
        <DigitGrid label={`The digit's ${f2} feature maps after the second convolution and ReLU`} images={maps2} count={f2} side={11} columns={16} scale="stretch" maxWidth={420} />
      </div>
    </div>
  );
}

function Mistakes({ extra }: { extra: Extra | undefined }) {
  const pixels = arr(extra, "wrongPixels");
  const predicted = arr(extra, "wrongPredicted");
  const truth = arr(extra, "wrongLabel");
  const confusion = arr(extra, "confusion");
  if (!pixels || !predicted || !truth || !confusion) {
    return <p className="widget__note">The confusion matrix and the misclassified digits appear when the first epoch ends and the 2,000 held-out digits are scored.</p>;
  }
  const captions = Array.from(predicted, (p, i) => `${truth[i]}→${p}`);
  return (
    <div className="cnn__maps">
      <ConfusionMatrix counts={confusion} />
      <div>
        <h4 className="cnn__heading">Misclassified held-out digits (true → answer)</h4>
        {predicted.length === 0
          ? <p className="widget__note">None: every held-out digit is right.</p>
          : <DigitGrid label={`${predicted.length} misclassified held-out digits: ${captions.join(", ")}`} images={pixels} count={predicted.length} side={28} columns={8} scale="unit" captions={captions} maxWidth={420} />}
      </div>
    </div>
  );
}

export function CnnMnist(props: WidgetViewProps) {
  const drawing = useRef("");
  return (
    <WidgetFrame {...props}>
      {({ state, history, sendLive }) => {
        const extra = state.view?.extra;
        const send = (d: string) => { drawing.current = d; sendLive({ drawing: d }); };
        return (
          <div className="cnn">
            <MetricsChart history={history} revision={state.revision} series={series} left={{ label: "loss" }} right={{ label: "accuracy" }}
              label="Loss, training accuracy and held-out accuracy against step" />
            <p className="widget__legend">The accuracy in the read-out above (data-accuracy) is the held-out figure: the 2,000 digits the network never trains on, scored after every epoch.</p>
            <Maps extra={extra} />
            <Mistakes extra={extra} />
            <h4 className="cnn__heading">Draw a digit</h4>
            <ResendDrawing view={state.view} drawing={drawing.current} send={send} />
            <DrawPad probs={arr(extra, "drawProbs")} started={state.started} send={send} />
          </div>
        );
      }}
    </WidgetFrame>
  );
}

/** A new network (after Train or Reset) has not seen the drawing yet: send it again. */
function ResendDrawing({ view, drawing, send }: { view: ModelView | undefined; drawing: string; send: (d: string) => void }) {
  const sentFor = useRef<ModelView | undefined>(undefined);
  useEffect(() => {
    if (!view || !drawing || view.extra?.drawProbs || sentFor.current === view) return;
    sentFor.current = view;
    send(drawing);
  });
  return null;
}
