/**
 * The MNIST GAN widget: a grid of the generator's digits from fixed noise (the
 * same 36 noise vectors all along, so each cell shows one sample improving),
 * the two losses, and the discriminator's mean output on real and generated digits.
 */
import { DIGIT_SIDE } from "../../data/mnist";
import { SAMPLE_GRID } from "../../ml/gan/mnistGanSizes";
import { DigitGrid } from "../kit/DigitGrid";
import { MetricsChart, type MetricSeries } from "../kit/MetricsChart";
import { WidgetFrame } from "../kit/WidgetFrame";
import type { WidgetViewProps } from "../widgetEntry";

const series: readonly MetricSeries[] = [
  { column: "loss", label: "D loss", colour: ["--series-loss", "#c0262d"] },
  { column: "gLoss", label: "G loss", colour: ["--series-accuracy", "#1f6fb5"] },
  { column: "dReal", label: "mean D(real)", colour: ["--run-2", "#2e8b57"], axis: "right", dash: [5, 3] },
  { column: "dFake", label: "mean D(fake)", colour: ["--run-3", "#8e44ad"], axis: "right", dash: [2, 3] },
];

export function GanMnist(props: WidgetViewProps) {
  return (
    <WidgetFrame {...props}>
      {({ state, history }) => {
        const samples = state.view?.extra?.samples as Float32Array | undefined;
        return (
          <>
            <div>
              {samples ? (
                <DigitGrid label={`${SAMPLE_GRID} digits the generator makes from fixed noise, at step ${state.view?.step ?? 0}`}
                  images={samples} count={SAMPLE_GRID} side={DIGIT_SIDE} columns={6} scale="unit" maxWidth={360} />
              ) : (
                <p className="widget__note">The generator's samples appear here after the first step.</p>
              )}
              <p className="widget__legend">G(z) for the same 36 noise vectors z at every step. Seed 000's sizes: noise 100 → 128 → 784 pixels; D: 784 → 128 → 1.</p>
            </div>
            <MetricsChart history={history} revision={state.revision} series={series}
              left={{ label: "loss" }} right={{ label: "mean D output" }}
              label="Discriminator and generator losses, and the discriminator's mean output on real and generated digits, by step" />
          </>
        );
      }}
    </WidgetFrame>
  );
}
