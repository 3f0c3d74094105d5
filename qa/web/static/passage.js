// Rendering document text with a highlighted span, as text nodes and <mark> elements only.
// Offsets are JavaScript string indices (UTF-16 code units); the corpus is BMP Chinese, where
// they coincide with the server's Python character offsets.

import { el } from "./dom.js";
import { zh } from "./script.js";

/**
 * Where a citation's quote sits in `text`: its own offsets when they match the quote,
 * else the nearest occurrence of the quote (the document may have been re-cleaned), else null.
 */
export function locate(text, quote, start, end) {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end) {
    if (!quote || text.slice(start, end) === quote) return { start, end };
  }
  if (!quote) return null;
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === -1 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + quote.length };
}

/**
 * Fill `container` with text[from:to], marking [start, end) and turning the given heading
 * spans ({start, end, id}) into <strong> elements. Returns the first <mark> (or null).
 */
export function renderText(container, text, { from = 0, to = text.length, start = -1, end = -1, headings = [] } = {}) {
  const cuts = new Set([from, to]);
  const inRange = (x) => x > from && x < to;
  if (start < end) for (const x of [start, end]) if (inRange(x)) cuts.add(x);
  for (const h of headings) for (const x of [h.start, h.end]) if (inRange(x)) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  let firstMark = null;
  let heading = null;
  let headingEl = null;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i];
    const b = points[i + 1];
    const h = headings.find((x) => x.start <= a && b <= x.end) || null;
    if (h !== heading) {
      heading = h;
      headingEl = h ? el("strong", { class: "doc-heading", id: h.id, "data-section": h.section }) : null;
      if (headingEl) container.append(headingEl);
    }
    const parent = headingEl || container;
    const piece = zh(text.slice(a, b));
    if (start < end && a >= start && b <= end) {
      const mark = el("mark", { text: piece });
      if (!firstMark) firstMark = mark;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(piece));
    }
  }
  return firstMark;
}

/**
 * The passage from `radius` characters before [start, end) to `radius` after, with that span
 * marked and ellipses where the document continues. Returns the <mark>.
 */
export function renderContext(container, text, start, end, radius = 200) {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  if (from > 0) container.append(el("span", { class: "ellipsis", "aria-hidden": "true", text: "…" }));
  const mark = renderText(container, text, { from, to, start, end });
  if (to < text.length) container.append(el("span", { class: "ellipsis", "aria-hidden": "true", text: "…" }));
  return mark;
}
