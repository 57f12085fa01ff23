/**
 * Keeps a widget's failure inside the widget: a rendering error shows what went
 * wrong (as text) with status "error", and the rest of the chapter keeps working.
 * "Try again" remounts the widget from scratch (a fresh worker).
 */
import { Component, type ReactNode } from "react";

export interface WidgetErrorBoundaryProps {
  readonly id: string;
  readonly title: string;
  readonly minHeight: number;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  /** Bumped by "Try again" to remount the children. */
  readonly attempt: number;
}

export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { id, title, minHeight, children } = this.props;
    const { error, attempt } = this.state;
    if (!error) return <div key={attempt} className="widget-slot">{children}</div>;
    return (
      <section className="widget" data-widget={id} data-status="error" style={{ minHeight }} aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="widget__title">{title}</h3>
        <p className="widget__message widget__message--error" role="alert">
          This widget stopped with an error: {error.message}
        </p>
        <button type="button" className="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
          Try again
        </button>
      </section>
    );
  }
}
