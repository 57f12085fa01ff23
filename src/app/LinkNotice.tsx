/**
 * Tells the reader what a chapter link carried that nothing on the page uses
 * (a mistyped key, engine flags). Read after hydration, from the address bar;
 * shown as text only.
 */
import { useEffect, useState } from "react";
import { pageLinkMessages } from "../hyperparams/url";
import { widgetCatalog } from "../widgets/catalog";

export interface LinkNoticeProps {
  /** The chapter whose widgets' keys are known. */
  readonly chapter: string;
}

export function LinkNotice({ chapter }: LinkNoticeProps) {
  const [messages, setMessages] = useState<string[]>([]);
  useEffect(() => {
    const widgets = Object.values(widgetCatalog).filter((w) => w.chapter === chapter);
    setMessages(pageLinkMessages(window.location.search, widgets));
  }, [chapter]);
  if (messages.length === 0) return null;
  return (
    <div className="link-notice" role="status">
      <p>This link has settings the page does not use:</p>
      <ul>{messages.map((m) => <li key={m}>{m}</li>)}</ul>
    </div>
  );
}
