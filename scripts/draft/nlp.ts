/**
 * The English NLP every drafting step shares: compromise (sentences, part-of-speech and name tags;
 * numbers are built into compromise 14) and its compromise-dates plugin, which is registered only
 * when dates are wanted because it slows every parse down.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import type datesType from 'compromise-dates';

// The packages' single-file CommonJS builds load in a third of the time of their ES module trees.
const require = createRequire(import.meta.url);
const nlp = require('compromise') as typeof nlpType;
const datesPlugin = require('compromise-dates') as typeof datesType;

let datesLoaded = false;

/** compromise with the dates plugin registered. */
export function withDates(): typeof nlp {
  if (!datesLoaded) {
    nlp.plugin(datesPlugin);
    datesLoaded = true;
  }
  return nlp;
}

export { nlp };

/** One term as compromise tags it, with its offset in the text that was parsed. */
export interface TaggedTerm {
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

interface JsonSentence {
  readonly offset: { readonly start: number };
  readonly terms: readonly { readonly tags: readonly string[]; readonly offset: { readonly start: number; readonly length: number } }[];
}

/** One parse of the whole text: where compromise starts each sentence, and every term with its tags. */
export function parseText(text: string): { starts: number[]; terms: TaggedTerm[] } {
  // compromise's lexicon and first tagging pass; its second pass (pattern corrections) costs four
  // times as much on a long article and changes nothing the drafter reads.
  const doc = nlp.tokenize(text);
  doc.compute(['cache', 'lexicon', 'preTagger']);
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as JsonSentence[];
  return {
    starts: sentences.map((s) => s.offset.start),
    terms: sentences.flatMap((s) =>
      s.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) })),
    ),
  };
}

let lexicon: Readonly<Record<string, string | readonly string[]>> | undefined;

/** The tag compromise's English lexicon gives a word, or undefined for a word it does not know (an invented name). */
export function lexiconTag(word: string): string | undefined {
  lexicon ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return typeof tag === 'string' ? tag : undefined;
}
