import { kindOf, REPORTING } from './names';
import { chunkEnd, span } from './tokens';
import type { Resolver, SentenceView } from './view';

/**
 * Kinds the text states for organizations outside investor lists: an appositive ("Okapi Robotics,
 * a Lisbon-based startup"), a descriptor before the name ("tech giant Nvidia"), or a reference to
 * the article's company ("the Bengaluru-based startup said").
 */
export function kindsIn(view: SentenceView, r: Resolver): void {
  const { tokens, text } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.namey) {
      const end = chunkEnd(tokens, i, view.stops);
      // "X, a … startup …,"
      if (tokens[end]?.text === ',' && /^(?:a|an|the|another)$/.test(tokens[end + 1]?.lower ?? '')) {
        let close = end + 1;
        while (close < tokens.length && ![',', ';', '.'].includes(tokens[close]!.text)) close++;
        const said = tokens.slice(end + 1, close).some((t) => REPORTING.has(t.lower));
        const kind = said ? null : kindOf(span(text, tokens, end + 1, close));
        const org = kind ? r.org(span(text, tokens, i, end), view.index) : undefined;
        if (org && kind) org.kind ??= { value: kind, sentence: view.index };
      }
      // "startup X", "tech giant X" (the words right before the name)
      const before = text.slice(Math.max(0, t.start - 40), t.start);
      const pre = /(?:^|\s)((?:[\w-]+\s+){0,2}[\w-]+)\s+$/.exec(before);
      if (pre && !/[.,;:]\s*$/.test(before)) {
        // The kind's own word must stand right before the name ("tech giant Nvidia", not "spin-out from the University").
        const words = pre[1]!.split(/\s+/);
        const kind =
          kindOf(words.at(-1)!) ??
          (kindOf(words.slice(-2).join(' ')) && !kindOf(words.slice(-2, -1).join(' ')) ? kindOf(words.slice(-2).join(' ')) : null) ??
          (kindOf(words.join(' ')) && /(?:firm|fund|group|capitalists?)$/.test(words.at(-1)!) ? kindOf(words.join(' ')) : null);
        if (kind) {
          const org = r.org(span(text, tokens, i, end), view.index);
          if (org) org.kind ??= { value: kind, sentence: view.index };
        }
      }
      i = end - 1;
    }
  }
  // "the startup said", "The Bengaluru-based startup" → the article's company.
  const reference =
    /\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(startup|start-up|young company)\b(?!\s+(?:world|scene|ecosystem|market|sector|industry))/.exec(text);
  const focus = r.focus();
  if (reference && focus) focus.kind ??= { value: 'STARTUP', sentence: view.index };
}
