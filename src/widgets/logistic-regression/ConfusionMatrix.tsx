/**
 * The confusion matrix at the current decision threshold, with precision and
 * recall, as the worker computed them on the training birds (ModelView.extra).
 */
import type { ModelView } from "../../ml/trainable";
import "./logistic-regression.css";

export interface ConfusionMatrixProps {
  readonly view?: ModelView;
  /** Names of the negative and the positive class, in that order. */
  readonly classNames: readonly [string, string];
}

const count = (v: unknown) => (typeof v === "number" ? v : undefined);
const rate = (v: number | undefined) => (v === undefined ? "–" : Number.isNaN(v) ? "undefined" : v.toFixed(3));

/** A 2 × 2 table: rows are the truth, columns the prediction. */
export function ConfusionMatrix({ view, classNames }: ConfusionMatrixProps) {
  const e = view?.extra ?? {};
  const [tp, fp, fn, tn] = [count(e.tp), count(e.fp), count(e.fn), count(e.tn)];
  const threshold = count(e.threshold);
  const ready = tp !== undefined && fp !== undefined && fn !== undefined && tn !== undefined;
  const cell = (v: number | undefined) => (v === undefined ? "–" : String(v));
  const [neg, pos] = classNames;
  return (
    <div className="confusion" data-confusion={ready ? `${tp},${fp},${fn},${tn}` : ""}>
      <table>
        <caption>
          Confusion matrix on the training birds{threshold === undefined ? "" : ` at t = ${threshold}`}
        </caption>
        <thead>
          <tr><th scope="col">truth ＼ predicted</th><th scope="col">{neg}</th><th scope="col">{pos}</th></tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{neg}</th>
            <td className="confusion--right" title="true negatives">{cell(tn)}</td>
            <td className="confusion--wrong" title="false positives">{cell(fp)}</td>
          </tr>
          <tr>
            <th scope="row">{pos}</th>
            <td className="confusion--wrong" title="false negatives">{cell(fn)}</td>
            <td className="confusion--right" title="true positives">{cell(tp)}</td>
          </tr>
        </tbody>
      </table>
      <dl>
        <div><dt>Precision</dt><dd data-metric="precision">{rate(count(e.precision))}</dd></div>
        <div><dt>Recall</dt><dd data-metric="recall">{rate(count(e.recall))}</dd></div>
      </dl>
      {!ready && <p className="widget__note">Train or Step to see how the model sorts the birds.</p>}
      {ready && Number.isNaN(count(e.precision)) && (
        <p className="widget__note">No bird is predicted {pos}, so precision (a fraction of those predictions) is undefined.</p>
      )}
    </div>
  );
}
