/** dist/404.html: static hosts serve it for any missing file. */
import { href } from "./routes";
import { Shell } from "./Shell";

/** Says the page does not exist and links home. */
export function NotFoundPage() {
  return (
    <Shell>
      <div className="home">
        <h1>Page not found</h1>
        <p>
          There is no page at this address. <a href={href("/")}>See all chapters.</a>
        </p>
      </div>
    </Shell>
  );
}
