/**
 * True once the element comes within `margin` of the viewport, and from then on.
 * Heavy things (Mermaid's ~200 KB) wait for this, so a page pays for them only
 * when the reader gets near what needs them.
 */
import { useEffect, useState, type RefObject } from "react";

export function useNearViewport(ref: RefObject<Element | null>, margin = "600px 0px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === "undefined") { setNear(true); return; }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { setNear(true); observer.disconnect(); }
    }, { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
