/**
 * `/embed/<widget-id>/`: the widget alone, filling an iframe, with a link back
 * to the chapter that explains it (target _top leaves the frame).
 */
import { chapterBySlug } from "../../chapters/manifest";
import { WidgetSlot } from "../content/WidgetSlot";
import { widgetCatalog, type WidgetId } from "../widgets/catalog";
import { chapterPath, href } from "./routes";

export interface EmbedPageProps {
  readonly widget: WidgetId;
}

/** The embeddable widget; settings come from the frame's URL (the widget reads them). */
export function EmbedPage({ widget }: EmbedPageProps) {
  const slug = widgetCatalog[widget].chapter;
  const chapter = chapterBySlug(slug);
  return (
    <main className="embed" id="content">
      <WidgetSlot id={widget} embedded />
      <p className="embed__source">
        <a href={href(chapterPath(slug))} target="_top">
          From the chapter: {chapter?.title ?? slug}
        </a>
      </p>
    </main>
  );
}
