// Own code: cutting a quote's surroundings at paragraph and word edges is too small and specific for a library.

/** A quote with the article text around it. */
export interface QuoteInContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/**
 * `text.slice(start, end)` with up to `radius` characters either side, within the same paragraph,
 * cut at whole words and marked "…" where cut.
 */
export function quoteInContext(text: string, start: number, end: number, radius = 160): QuoteInContext {
  let from = Math.max(0, start - radius);
  const paragraphStart = text.lastIndexOf('\n', start - 1);
  if (paragraphStart + 1 > from) from = paragraphStart + 1;
  else if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }

  let to = Math.min(text.length, end + radius);
  const paragraphEnd = text.indexOf('\n', end);
  if (paragraphEnd !== -1 && paragraphEnd < to) to = paragraphEnd;
  else if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }

  const cutBefore = from > 0 && text[from - 1] !== '\n';
  const cutAfter = to < text.length && text[to] !== '\n';
  return {
    before: (cutBefore ? '…' : '') + text.slice(from, start).trimStart(),
    quote: text.slice(start, end),
    after: text.slice(end, to).trimEnd() + (cutAfter ? '…' : ''),
  };
}
