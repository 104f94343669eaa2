import { parseText, type TaggedTerm } from './nlp';

/**
 * The article's text as the draft stores it, split into paragraphs and sentences: paragraphs are
 * separated by a blank line and a paragraph's whitespace runs become single spaces, which is
 * exactly what the authoring format's `prose` rebuilds from one sentence per line.
 */

/** One sentence: its place in the article and its offsets in `ArticleText.text`. */
export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The first paragraph when it is a headline: one line without closing punctuation. */
  readonly headline: boolean;
}

export interface ArticleText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** compromise's terms of `text`, with their tags. */
  readonly terms: readonly TaggedTerm[];
}

/** A first paragraph that is a single sentence without a closing full stop reads as a headline. */
const isHeadline = (paragraph: string, others: number) => others > 0 && !/[.!?]["”’)]?$/.test(paragraph) && paragraph.length <= 200;

/** Splits plain text into the stored text and its sentences (compromise finds the sentence starts). */
export function splitArticle(raw: string): ArticleText {
  // A blank line separates paragraphs; so does a single line break after a line with no closing
  // punctuation (a heading such as "About Helix Quantum" right above its paragraph).
  const paragraphs = raw
    .split(/\n[ \t\u00a0]*\n|(?<=[^\s.!?:;,"”’)])[ \t\u00a0]*\n(?=[ \t\u00a0]*[\p{Lu}\p{N}"“])/u)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = paragraphs.join('\n\n');
  const { starts, terms } = parseText(text);
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, p) => {
    // Split only where compromise starts a sentence after a space, so the pieces joined with
    // single spaces are the paragraph again; a paragraph always starts one.
    const cuts = starts.map((s) => s - offset).filter((s) => s > 0 && s < paragraph.length && paragraph[s - 1] === ' ');
    const bounds = [0, ...cuts, paragraph.length + 1];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const start = bounds[k]!;
      const sentence = paragraph.slice(start, bounds[k + 1]! - 1);
      if (!sentence) continue;
      sentences.push({
        index: sentences.length,
        paragraph: p,
        start: offset + start,
        end: offset + start + sentence.length,
        text: sentence,
        headline: p === 0 && isHeadline(paragraph, paragraphs.length - 1),
      });
    }
    offset += paragraph.length + 2;
  });
  return { text, sentences, terms };
}
