/** What the model is doing, in numbers and words: status, backend and why, step, loss, the model's own figures. */
import type { BackendName, ModelView, Status } from "../../ml/trainable";

export interface ReadoutProps {
  readonly status: Status;
  readonly started: boolean;
  readonly backend?: BackendName;
  readonly backendReason?: string;
  readonly view?: ModelView;
  readonly loss?: number;
  readonly accuracy?: number | null;
  readonly message?: string;
}

const statusWords: Record<Status, string> = {
  idle: "Ready", training: "Training", paused: "Paused", done: "Done", diverged: "Diverged", error: "Error",
};

/** Fixed digits, but tiny non-zero values in powers of ten, so 6.6e-11 is not shown as 0. */
const fmt = (v: number | undefined | null, digits = 4) =>
  v === undefined || v === null ? "–" : digits >= 2 && v !== 0 && Math.abs(v) < 10 ** -digits ? v.toExponential(2) : Number(v.toFixed(digits)).toString();

/** A live region: screen readers hear status changes, not every step. */
export function Readout({ status, started, backend, backendReason, view, loss, accuracy, message }: ReadoutProps) {
  return (
    <div className="widget__readout">
      <p className="widget__status" aria-live="polite">
        <strong>{statusWords[status]}</strong>
        {" · "}
        {backend ? <span title={backendReason}>{backendReason}</span> : started ? "Loading TensorFlow.js…" : "TensorFlow.js loads when you press Train or Step."}
      </p>
      {message && (
        <p className={`widget__message widget__message--${status}`} role={status === "diverged" || status === "error" ? "alert" : "status"}>
          {message}
        </p>
      )}
      <dl className="widget__stats">
        <div><dt>Step</dt><dd data-testid="step">{view?.step ?? 0}</dd></div>
        <div><dt>Loss</dt><dd>{fmt(loss)}</dd></div>
        {/* null: steps arrived without an accuracy (a regression model), so there is none to show. */}
        {accuracy !== null && <div><dt>Accuracy</dt><dd>{accuracy === undefined ? "–" : `${(accuracy * 100).toFixed(0)} %`}</dd></div>}
        {view?.stats?.map((s) => (
          <div key={s.label}><dt>{s.label}</dt><dd>{fmt(s.value, s.digits ?? 0)}</dd></div>
        ))}
      </dl>
    </div>
  );
}
