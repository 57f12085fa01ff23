/** Chooses the page component; the same tree renders on the server and hydrates in the browser. */
import { chapters } from "../../chapters/manifest";
import { ChapterPage } from "./ChapterPage";
import { EmbedPage } from "./EmbedPage";
import { HomePage } from "./HomePage";
import { NotFoundPage } from "./NotFoundPage";
import type { Page } from "./page";

export interface AppProps {
  readonly page: Page;
}

/** The whole page for a loaded route. */
export function App({ page }: AppProps) {
  switch (page.kind) {
    case "home":
      return <HomePage />;
    case "chapter":
      return (
        <ChapterPage
          chapter={page.chapter}
          content={page.content}
          number={chapters.indexOf(page.chapter) + 1}
          previous={page.previous}
          next={page.next}
        />
      );
    case "embed":
      return <EmbedPage widget={page.widget} />;
    case "not-found":
      return <NotFoundPage />;
  }
}
