/** The home page: what the book is and its chapters in order. */
import { chapters } from "../../chapters/manifest";
import { book } from "./book";
import { chapterPath, href } from "./routes";
import { Shell } from "./Shell";

/** `/`: the list of chapters with their summaries. */
export function HomePage() {
  return (
    <Shell>
      <div className="home">
        <h1>{book.title}</h1>
        <p className="home__lede">{book.description}</p>
        <h2>Chapters</h2>
        <ol className="home__chapters">
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <a href={href(chapterPath(chapter.slug))}>{chapter.title}</a>
              <p>{chapter.summary}</p>
            </li>
          ))}
        </ol>
      </div>
    </Shell>
  );
}
