/** The frame around every page except embeds: skip link, header, main, footer. */
import type { ReactNode } from "react";
import { book } from "./book";
import { href } from "./routes";
import { ThemeToggle } from "./ThemeToggle";

export interface ShellProps {
  /** Side column (table of contents); shown beside the text on wide screens. */
  readonly aside?: ReactNode;
  readonly children: ReactNode;
}

/** Page layout; `#content` is the skip link's target. */
export function Shell({ aside, children }: ShellProps) {
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <a className="site-header__title" href={href("/")}>
          {book.title}
        </a>
        <ThemeToggle />
      </header>
      <div className={aside === undefined ? "layout" : "layout layout--with-aside"}>
        {aside}
        <main id="content" className="layout__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <p>
          Every model on these pages trains in your browser; nothing is sent anywhere.
        </p>
      </footer>
    </>
  );
}
