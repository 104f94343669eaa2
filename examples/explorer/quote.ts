// Own code: cutting a quote's surroundings at paragraph and word edges is too small and specific for a library.

/** A quote with the article text around it. */
export interface QuoteInContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/** Where the text shown around [start, end) begins and ends, and whether it was cut there. */
interface Window {
  readonly from: number;
  readonly to: number;
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

/** Up to `radius` characters either side of [start, end), within its paragraph, cut at whole words. */
function windowAround(text: string, start: number, end: number, radius: number): Window {
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
  return { from, to, cutBefore: from > 0 && text[from - 1] !== '\n', cutAfter: to < text.length && text[to] !== '\n' };
}

/**
 * `text.slice(start, end)` with up to `radius` characters either side, within the same paragraph,
 * cut at whole words and marked "…" where cut.
 */
export function quoteInContext(text: string, start: number, end: number, radius = 160): QuoteInContext {
  const w = windowAround(text, start, end, radius);
  return {
    before: (w.cutBefore ? '…' : '') + text.slice(w.from, start).trimStart(),
    quote: text.slice(start, end),
    after: text.slice(end, w.to).trimEnd() + (w.cutAfter ? '…' : ''),
  };
}

/** A stretch of an excerpt: article text, marked when it is quoted. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Excerpts of `text` showing every quote in `ranges` ([start, end) offsets) with the text around
 * it, as `quoteInContext` cuts it: quotes that overlap are marked as one, and quotes whose
 * surroundings overlap (adjacent sentences, say) share one excerpt, so no passage is shown twice.
 * Excerpts come in the order of the text.
 */
export function excerpts(text: string, ranges: readonly (readonly [number, number])[], radius = 160): Segment[][] {
  const marks: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = marks.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else marks.push([start, end]);
  }
  const groups: { window: Window; marks: [number, number][] }[] = [];
  for (const mark of marks) {
    const window = windowAround(text, mark[0], mark[1], radius);
    const last = groups.at(-1);
    if (last && window.from <= last.window.to) {
      last.window = {
        ...last.window,
        to: Math.max(last.window.to, window.to),
        cutAfter: window.to >= last.window.to ? window.cutAfter : last.window.cutAfter,
      };
      last.marks.push(mark);
    } else groups.push({ window, marks: [mark] });
  }
  return groups.map(({ window, marks: quoted }) => {
    const segments: Segment[] = [];
    let at = window.from;
    quoted.forEach(([start, end], i) => {
      const before = text.slice(at, start);
      segments.push({ text: i === 0 ? (window.cutBefore ? '…' : '') + before.trimStart() : before, marked: false });
      segments.push({ text: text.slice(start, end), marked: true });
      at = end;
    });
    segments.push({ text: text.slice(at, window.to).trimEnd() + (window.cutAfter ? '…' : ''), marked: false });
    return segments.filter((s) => s.text !== '');
  });
}
