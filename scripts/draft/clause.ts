import { type NameKind, nameKind, type People, trimChunk } from './names';
import { type Chunk, chunkEnd, span, type Token } from './tokens';

/**
 * Clauses and their subjects: who "raised", "competes with" or "released" in a sentence. The
 * subject is the first organization of the clause that is not the object of a preposition, not
 * inside an appositive (", a Lisbon-based startup,") and not a possessive modifier ("Oslo's").
 * A clause whose subject is "it", "the company" or "the startup" refers to the article's focus.
 */

const BOUNDARY_AFTER_COMMA = new Set(['and', 'but', 'while', 'where', 'whereas', 'although', 'though', 'as', 'after', 'when']);
const PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'for',
  'with',
  'by',
  'from',
  'on',
  'to',
  'into',
  'across',
  'like',
  'including',
  'than',
  'about',
  'according',
  'via',
  'over',
  'under',
  'between',
  'among',
  'against',
  'toward',
  'towards',
  'through',
  'as',
  'alongside',
  'after',
  'before',
  'since',
  'until',
]);
const APPOSITIVE_START = new Set([
  'a',
  'an',
  'the',
  'which',
  'who',
  'whose',
  'that',
  'based',
  'headquartered',
  'founded',
  'one',
  'its',
  'now',
  'formerly',
  'itself',
]);
const REFERENCES =
  /\b(?:it|its|they|their|we|our|the (?:[\w-]+ )?(?:company|startup|start-up|firm|business|group|lab|developer|maker|provider|platform|unicorn|outfit|team|scale-up))\b/i;

/**
 * Index of the first token of the clause that contains token `at`. With `subjectList`, ", and"
 * joins the names of one list ("A, a regional bank, and B also invested") instead of two clauses.
 */
export function clauseStart(tokens: readonly Token[], at: number, subjectList = false): number {
  for (let i = Math.min(at, tokens.length) - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if ([';', ':', '—', '–', '“', '”', '"'].includes(t.text)) return i + 1;
    const next = tokens[i + 1]?.lower ?? '';
    if (t.text === ',' && BOUNDARY_AFTER_COMMA.has(next) && !(subjectList && next === 'and')) return i + 2;
  }
  return 0;
}

/** Index one past the last token of the clause that contains token `at`. */
export function clauseEnd(tokens: readonly Token[], at: number): number {
  for (let i = at; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ([';', ':', '—', '–', '“', '”', '"'].includes(t.text)) return i;
    if (t.text === ',' && BOUNDARY_AFTER_COMMA.has(tokens[i + 1]?.lower ?? '')) return i;
  }
  return tokens.length;
}

/** Token indexes inside appositives and parentheses between `from` and `to`. */
function skipped(tokens: readonly Token[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === '(') {
      let j = i;
      while (j < to && tokens[j]!.text !== ')') out.add(j++);
      out.add(j);
      i = j;
    } else if (t.text === ',' && APPOSITIVE_START.has(tokens[i + 1]?.lower ?? '')) {
      let j = i + 1;
      while (j < to && tokens[j]!.text !== ',') out.add(j++);
      if (j < to) {
        for (let k = i; k <= j; k++) out.add(k);
        i = j;
      }
    }
  }
  return out;
}

export interface Named {
  readonly chunk: Chunk;
  readonly kind: NameKind;
}

type NamesInClause = (Named & { subject: boolean })[];
/** namesIn's answers per sentence (its tokens) and range: the same clause is asked about several times. */
const answered = new WeakMap<readonly Token[], Map<string, NamesInClause>>();

/** Names of the clause between `from` and `to`, trimmed and classified, with whether each is a possible subject. */
export function namesIn(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  people: People,
  stops?: (t: Token) => boolean,
): NamesInClause {
  let byRange = answered.get(tokens);
  if (!byRange) {
    byRange = new Map();
    answered.set(tokens, byRange);
  }
  const key = `${from}:${to}`;
  const known = byRange.get(key);
  if (known) return known;
  const found = classify(sentence, tokens, from, to, people, stops);
  byRange.set(key, found);
  return found;
}

function classify(sentence: string, tokens: readonly Token[], from: number, to: number, people: People, stops?: (t: Token) => boolean) {
  const skip = skipped(tokens, from, to);
  const out: NamesInClause = [];
  for (let i = from; i < to; i++) {
    if (!tokens[i]!.namey || skip.has(i)) continue;
    const end = Math.min(chunkEnd(tokens, i, stops), to);
    const trimmed = trimChunk(tokens, { from: i, to: end, text: span(sentence, tokens, i, end) }, sentence);
    if (trimmed) {
      const prev = tokens[trimmed.from - 1];
      const next = tokens[trimmed.to];
      const possessive = next && ["'s", '’s', "'", '’'].includes(next.text);
      // "taking on Munich's Gridwise Analytics": the owner's preposition governs the owned name too.
      const owner = prev && ["'s", '’s'].includes(prev.text) ? out.find((n) => n.chunk.to === trimmed.from - 1) : undefined;
      const governing = owner ? tokens[owner.chunk.from - 1] : prev;
      const afterPreposition = governing ? PREPOSITIONS.has(governing.lower) : false;
      // "Nordic and Baltic AI startups", "US investors": a name used as a modifier of a plural noun.
      const modifier =
        next &&
        !next.namey &&
        /^(?:startups|companies|firms|investors|founders|groups|businesses|players|rivals|makers|developers|banks|funds)$/.test(next.lower);
      const kind = modifier ? 'other' : nameKind(tokens, trimmed, people);
      out.push({ chunk: trimmed, kind, subject: !afterPreposition && !(possessive && tokens[trimmed.to + 1]?.namey) });
    }
    i = end - 1;
  }
  return out;
}

/** The clause's subject before token `at`: an organization's name, 'focus' for "it"/"the company", or null. */
export function subjectBefore(
  sentence: string,
  tokens: readonly Token[],
  at: number,
  people: People,
  stops?: (t: Token) => boolean,
): string | 'focus' | null {
  const start = clauseStart(tokens, at);
  const names = namesIn(sentence, tokens, start, at, people, stops);
  const subject = names.find((n) => n.subject && n.kind === 'organization');
  if (subject) return subject.chunk.text;
  const before = sentence.slice(tokens[start]?.start ?? 0, tokens[at]?.start ?? sentence.length);
  // A person or a place as the subject is not an organization's act.
  if (names.some((n) => n.subject && (n.kind === 'person' || n.kind === 'place') && !REFERENCES.test(before))) return null;
  return REFERENCES.test(before) ? 'focus' : null;
}
