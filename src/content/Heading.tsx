/** h2/h3 with a visible "#" link to themselves, so any section can be linked to. */
import type { ComponentPropsWithoutRef } from "react";

type HeadingProps = ComponentPropsWithoutRef<"h2">;

function anchored(Tag: "h2" | "h3") {
  return function Heading({ id, children, ...rest }: HeadingProps) {
    return (
      <Tag id={id} {...rest}>
        {children}
        {id !== undefined && (
          <a className="heading-anchor" href={`#${id}`} aria-label="Link to this section">
            #
          </a>
        )}
      </Tag>
    );
  };
}

/** Heading overrides for the MDX registry. */
export const H2 = anchored("h2");
export const H3 = anchored("h3");
