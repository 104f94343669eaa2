// Own code: explaining why a quote is not in a text (the nearest passage and the first character
// that differs) is specific to how article files cite; no diff library reports it this way.

/** A character as a problem line shows it: whitespace by name, anything beyond ASCII with its code point. */
export function showChar(c: string | undefined): string {
  if (c === undefined) return 'the end of the text';
  const named: Record<string, string> = { ' ': 'a space', '\n': 'a line break', '\t': 'a tab', '\u00a0': 'a non-breaking space' };
  if (named[c]) return named[c]!;
  const code = c.codePointAt(0)!;
  return code > 0x7e ? `"${c}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})` : JSON.stringify(c);
}

/** The longest `n` for which `has(n)` holds, `has` being true up to some n and false after (binary search). */
function longest(max: number, has: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (has(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Up to `n` characters of `s` around index `i`, marked with … where cut. */
const around = (s: string, i: number, n = 24) => `${i > n ? '…' : ''}${s.slice(Math.max(0, i - n), i + n)}${i + n < s.length ? '…' : ''}`;

/**
 * Why `quote` is not in `text`, and how to fix it: surrounding whitespace named, else the nearest
 * passage (the one sharing the longest start or end with the quote) and the first character
 * where they differ.
 */
export function explainMissingQuote(text: string, quote: string): string {
  if (!quote.trim()) return 'the quote is empty; quote a sentence of the text';
  const trimmed = quote.trim();
  if (trimmed !== quote && text.includes(trimmed)) {
    const lead = quote.slice(0, quote.length - quote.trimStart().length);
    const trail = quote.slice(quote.trimEnd().length);
    // Name only the side the text does not have.
    const badLead = lead && !text.includes(quote.trimEnd());
    const badTrail = trail && !text.includes(quote.trimStart());
    const sides = [badLead && `starts with ${showChar(lead[0])}`, badTrail && `ends with ${showChar(trail[0])}`]
      .filter(Boolean)
      .join(' and ');
    return `the quote ${sides || 'has spaces around it'} that the text does not have there; remove it: cite(${JSON.stringify(trimmed)})`;
  }
  const prefix = longest(quote.length, (n) => text.includes(quote.slice(0, n)));
  const suffix = longest(quote.length, (n) => text.includes(quote.slice(quote.length - n)));
  if (Math.max(prefix, suffix) < Math.min(8, quote.length)) {
    return 'no passage of the text is close to it; copy the sentence from the text as it is';
  }
  let start: number;
  if (prefix >= suffix) start = text.indexOf(quote.slice(0, prefix));
  else start = Math.max(0, text.indexOf(quote.slice(quote.length - suffix)) + suffix - quote.length);
  const passage = text.slice(start, start + quote.length);
  let at = 0;
  while (at < quote.length && quote[at] === passage[at]) at++;
  return (
    `the nearest passage is ${JSON.stringify(passage)}; they differ at character ${at + 1}, ` +
    `where the quote has ${showChar(quote[at])} (${JSON.stringify(around(quote, at))}) ` +
    `and the text has ${showChar(text[start + at])} (${JSON.stringify(around(text, start + at))})`
  );
}
