/**
 * The settings parts of a widget's frame, shared by WidgetFrame and by widgets
 * that run no model (the convolution-arithmetic animation): the messages about
 * the link's settings, and the controls generated from the schema.
 */
import type { Hyperparam, Schema, Settings } from "../../hyperparams/schema";
import { HyperparamControl } from "./HyperparamControl";

/** What was wrong with the settings in the link (clamped, refused, ignored), if anything. */
export function UrlMessages({ messages }: { readonly messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="widget__url-messages" role="status" aria-label="Problems with the link's settings">
      {messages.map((m) => <li key={m}>{m}</li>)}
    </ul>
  );
}

export interface SettingsFieldsetProps {
  readonly schema: Schema;
  readonly settings: Settings;
  /** The latest message per field, from typed entries. */
  readonly fieldMessages: Readonly<Record<string, string>>;
  readonly onChange: (p: Hyperparam, raw: string | number) => void;
}

/** Whether a setting's control is shown now (see Hyperparam.shownWhen). */
const shown = (p: Hyperparam, settings: Settings) => !p.shownWhen || settings[p.shownWhen.key] === p.shownWhen.value;

/** One generated control per setting, in schema order. */
export function SettingsFieldset({ schema, settings, fieldMessages, onChange }: SettingsFieldsetProps) {
  return (
    <fieldset className="widget__settings">
      <legend>Settings</legend>
      {schema.filter((p) => shown(p, settings)).map((p) => (
        <HyperparamControl key={p.key} param={p} value={settings[p.key]} message={fieldMessages[p.key]} onChange={(raw) => onChange(p, raw)} />
      ))}
    </fieldset>
  );
}
