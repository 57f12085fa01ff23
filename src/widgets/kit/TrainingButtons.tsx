/** Train/Pause, Step and Reset: native buttons, so they work from the keyboard as is. */
import type { Status } from "../../ml/trainable";

export interface TrainingButtonsProps {
  readonly status: Status;
  readonly onTrain: () => void;
  readonly onPause: () => void;
  readonly onStep: () => void;
  readonly onReset: () => void;
}

/** The widget's run controls. Train is disabled after divergence or an error until Reset. */
export function TrainingButtons({ status, onTrain, onPause, onStep, onReset }: TrainingButtonsProps) {
  const stuck = status === "diverged" || status === "error";
  const training = status === "training";
  return (
    <div className="widget__buttons" role="group" aria-label="Training controls">
      <button type="button" className="button button--primary" data-action="train"
        onClick={training ? onPause : onTrain} disabled={stuck} aria-pressed={training}>
        {training ? "Pause" : status === "done" ? "Train on" : "Train"}
      </button>
      <button type="button" className="button" data-action="step" onClick={onStep} disabled={stuck || training}>
        Step
      </button>
      <button type="button" className="button" data-action="reset" onClick={onReset}>
        Reset
      </button>
    </div>
  );
}
