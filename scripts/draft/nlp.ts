/**
 * The English NLP every drafting step shares: compromise (sentences, part-of-speech and name tags;
 * its numbers support is built in since v14) with the compromise-dates plugin. Loaded once.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

export { nlp };

/** One term as compromise tags it, with its offset in the text that was parsed. */
export interface TaggedTerm {
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

interface JsonTerm {
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

/** Every term of `text` with its tags and offsets (compromise's `json({ offset: true })`). */
export function tagTerms(text: string): TaggedTerm[] {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  return sentences.flatMap((s) =>
    s.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) })),
  );
}

/** Where compromise starts each sentence of a paragraph (offsets into it). */
export function sentenceStarts(paragraph: string): number[] {
  const sentences = nlp(paragraph).json({ offset: true, terms: false }) as { offset: { start: number } }[];
  return sentences.map((s) => s.offset.start);
}
