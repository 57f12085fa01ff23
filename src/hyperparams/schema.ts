/**
 * One declaration per hyperparameter. Controls, URL state, validation and the
 * embed code are all generated from these objects, never written by hand.
 */

/** When a change takes effect: at the next step (optimizer state kept) or by restarting training. */
export type Apply = "live" | "restart";

interface Common {
  /** Key used in code and in the worker protocol. */
  readonly key: string;
  /** Human label shown next to the control. */
  readonly label: string;
  /** Short explanation for the control's description (plain text). */
  readonly help?: string;
  readonly apply: Apply;
  /** Query-string key; short but readable, unique within a widget. */
  readonly url: string;
  /**
   * Show the control only while another setting has this value (the drawn
   * shape's code only with "Your drawing" chosen). The value is kept,
   * validated and linked either way; only the control is hidden.
   */
  readonly shownWhen?: { readonly key: string; readonly value: string };
}

/** A number on a slider with a typed entry box. */
export interface NumberParam extends Common {
  readonly kind: "number";
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** "log" sliders move in equal ratios (learning rates), "linear" in equal steps. */
  readonly scale: "linear" | "log";
  /** Integers only (hidden units, seeds); values are rounded. */
  readonly integer?: boolean;
}

/** One of a fixed list of values (optimizer, activation, backend). */
export interface ChoiceParam<V extends string = string> extends Common {
  readonly kind: "choice";
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly default: V;
}

/**
 * A short free-form code checked against a pattern (e.g. a shape the reader
 * drew, encoded). Its widget usually offers a better control as well; the
 * generated one is a plain text field, so the value can also be typed or pasted.
 */
export interface TextParam extends Common {
  readonly kind: "text";
  readonly default: string;
  /** What a valid value matches in full; anything else is refused. */
  readonly pattern: RegExp;
  /** What a valid value looks like, in words, for the refusal message. */
  readonly patternHint: string;
}

export type Hyperparam = NumberParam | ChoiceParam | TextParam;

/** A widget's full declaration: its own parameters plus the shared seed and backend. */
export type Schema = readonly Hyperparam[];

/** Settings as plain data: safe to post to a worker and to put in a URL. */
export type Settings = Readonly<Record<string, number | string>>;

/** The backend the reader may ask for; "auto" tries webgpu, then webgl, then cpu. */
export type BackendChoice = "auto" | "webgpu" | "webgl" | "cpu";

/** Every widget carries these two: same seed ⇒ same weights, data order and losses. */
export const seedParam: NumberParam = {
  kind: "number",
  key: "seed",
  label: "Seed",
  help: "Same seed, same initial weights, same data order, same losses.",
  min: 0,
  max: 999_999,
  default: 1,
  scale: "linear",
  integer: true,
  apply: "restart",
  url: "seed",
};

export const backendParam: ChoiceParam<BackendChoice> = {
  kind: "choice",
  key: "backend",
  label: "Backend",
  help: "Where TensorFlow.js runs. Auto picks WebGPU (unless only a software renderer offers it), then WebGL, then the CPU.",
  options: [
    { value: "auto", label: "Auto" },
    { value: "webgpu", label: "WebGPU" },
    { value: "webgl", label: "WebGL" },
    { value: "cpu", label: "CPU" },
  ],
  default: "auto",
  apply: "restart",
  url: "backend",
};

/** Settings made of every default in a schema. */
export function defaults(schema: Schema): Settings {
  return Object.fromEntries(schema.map((p) => [p.key, p.default]));
}

/** A widget's own parameters followed by the seed and backend every widget has. */
export function withCommon(own: readonly Hyperparam[]): Schema {
  return [...own, seedParam, backendParam];
}

/** Adam or plain SGD, restarting training (URL key "opt"); `help` says what the choice means in that widget. */
export function adamOrSgdParam(help?: string): ChoiceParam {
  return {
    kind: "choice",
    key: "optimizer",
    label: "Optimizer",
    ...(help ? { help } : {}),
    options: [
      { value: "adam", label: "Adam" },
      { value: "sgd", label: "SGD" },
    ],
    default: "adam",
    apply: "restart",
    url: "opt",
  };
}
