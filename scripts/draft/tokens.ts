import type { TaggedTerm } from './nlp';

/**
 * Words and punctuation of a sentence with their offsets and compromise's tags, and the runs of
 * capitalised words ("chunks") that names are made of.
 * Own code: compromise's own chunks merge lists of invented names ("Fjord Capital and Seedcamp")
 * and split names at words it knows as verbs ("Cohere", "Index Ventures"); funding news needs
 * capitalisation-led chunks that keep its tags.
 */

export interface Token {
  readonly text: string;
  readonly lower: string;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /** Starts with a capital or digit-and-letter, or has an inner capital (xAI): it can be part of a name. */
  readonly namey: boolean;
  /** A word of the place before "-based" ("Rio", "de" in "Rio de Janeiro-based"): it describes, never names. */
  readonly placePart?: boolean;
  readonly tags: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’&+/-][\p{L}\p{N}\p{M}]+)*(?:\+(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;
/** Abbreviations whose full stop belongs to the word. */
const ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'dr', 'mr', 'ms', 'mrs', 'prof', 'st', 'jr', 'sr', 'u.s', 'u.k', 'no', 'vs']);

const isNamey = (w: string) => /^\p{Lu}/u.test(w) || (/^\p{N}/u.test(w) && /\p{L}/u.test(w)) || /^\p{Ll}+[\p{Lu}\p{N}]/u.test(w);

/** Tokens of `text`; `tags` are the compromise terms of the whole article, `offset` is the sentence's start in it. */
export function tokenize(text: string, terms: readonly TaggedTerm[] = [], offset = 0): Token[] {
  const raw: { text: string; start: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const start = m.index;
    const possessive = /^(.+?)(['’]s?)$/u.exec(w);
    if (possessive && w.length > 2 && /\p{L}/u.test(possessive[1]!)) {
      raw.push({ text: possessive[1]!, start }, { text: possessive[2]!, start: start + possessive[1]!.length });
    } else raw.push({ text: w, start });
  }
  // Keep an abbreviation's full stop ("Inc.", "U.S.") with it.
  for (let i = 0; i + 1 < raw.length; i++) {
    const t = raw[i]!;
    const next = raw[i + 1]!;
    if (next.text === '.' && next.start === t.start + t.text.length && ABBREVIATIONS.has(t.text.toLowerCase())) {
      raw.splice(i, 2, { text: `${t.text}.`, start: t.start });
    }
  }
  let k = 0;
  const tokens: Token[] = raw.map(({ text: w, start }) => {
    const at = offset + start;
    while (k < terms.length && terms[k]!.end <= at) k++;
    const term = terms[k];
    const tags = term && term.start <= at && at < term.end ? term.tags : new Set<string>();
    const word = /^[\p{L}\p{N}]/u.test(w);
    // "Lisbon-based", "Nvidia-backed", "AI-driven", "Japanese-language" describe what follows: a
    // compound whose last part is a lower-case word is a modifier, not part of a name.
    const describing = /-(?:based|headquartered|backed|owned|born|founded|listed|led)$/i.test(w) || /-\p{Ll}{2,}$/u.test(w);
    return { text: w, lower: w.toLowerCase(), start, end: start + w.length, word, namey: word && !describing && isNamey(w), tags };
  });
  // "R120 million": a letter-and-number word before a scale word is an amount, not a name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.namey && /\p{N}/u.test(t.text) && SCALE_WORDS.test(tokens[i + 1]!.lower)) tokens[i] = { ...t, namey: false };
  }
  // "Kuala Lumpur-based", "Rio de Janeiro-based": the place's other words describe as well.
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}.*-(?:based|headquartered)$/u.test(tokens[i]!.text)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const t = tokens[j]!;
      if (/^(?:the|a|an|its|their)$/.test(t.lower) || !(t.namey || (NAME_JOINERS.has(t.lower) && t.lower !== '&' && tokens[j - 1]?.namey)))
        break;
      tokens[j] = { ...t, namey: false, placePart: true };
    }
  }
  return tokens;
}

const SCALE_WORDS = /^(?:thousand|million|billion|trillion|crores?|lakhs?)$/;

/** Lower-case words that may join the capitalised words of one name ("Bank of America", "Johnson & Johnson"). */
const NAME_JOINERS = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'da', 'di', 'del', '&', '+']);

/** A run of tokens [from, to) that can be a name. */
export interface Chunk {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The end (exclusive) of the capitalised run starting at `i`, stopping before any index in `stops`. */
export function chunkEnd(tokens: readonly Token[], i: number, stops?: (t: Token) => boolean): number {
  let j = i;
  let institution = false;
  while (j < tokens.length && tokens[j]!.namey && !(j > i && stops?.(tokens[j]!))) {
    institution ||= INSTITUTIONS.has(tokens[j]!.lower);
    j++;
    const joiner = tokens[j];
    const after = tokens[j + 1];
    if (!joiner || !after?.namey || stops?.(after)) continue;
    if (NAME_JOINERS.has(joiner.lower) || (institution && joiner.lower === 'for')) j++;
    // "National Centre for Research and Development": one capitalised word after "and" inside an institution's name.
    else if (
      institution &&
      joiner.lower === 'and' &&
      !tokens[j + 2]?.namey &&
      tokens.slice(i, j).some((t) => t.lower === 'for' || t.lower === 'of')
    )
      j++;
  }
  return j;
}

/** Words of institutions whose names run on with "for" and "and" ("Centre for Research and Development"). */
const INSTITUTIONS = new Set([
  'centre',
  'center',
  'institute',
  'foundation',
  'council',
  'agency',
  'office',
  'society',
  'association',
  'alliance',
  'laboratory',
  'school',
  'commission',
  'ministry',
  'department',
  'bureau',
  'organisation',
  'organization',
  'coalition',
  'initiative',
  'programme',
  'program',
  'academy',
  'authority',
  'board',
  'fund',
  'trust',
  'corporation',
]);

/** The text of tokens [from, to) as it stands in the sentence. */
export const span = (sentence: string, tokens: readonly Token[], from: number, to: number) =>
  from < to ? sentence.slice(tokens[from]!.start, tokens[to - 1]!.end) : '';

/** Every capitalised run of the sentence. */
export function chunks(sentence: string, tokens: readonly Token[], stops?: (t: Token) => boolean): Chunk[] {
  const found: Chunk[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i]!.namey) {
      i++;
      continue;
    }
    const to = chunkEnd(tokens, i, stops);
    found.push({ from: i, to, text: span(sentence, tokens, i, to) });
    i = to;
  }
  return found;
}
