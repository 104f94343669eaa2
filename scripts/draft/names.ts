import { languages } from 'countries-list';
import type { CompanyKindValue } from './dataset';
import { lexiconTag } from './nlp';
import { isPlace, nationalityCode, nationalityPlace, resolvePlace } from './places';
import { type Chunk, chunkEnd, span, type Token } from './tokens';

/**
 * Organizations and people: which capitalised runs name an organization, which name a person,
 * the kind of organization a descriptor states ("tech giant", "venture firm"), and lists of names
 * as news writes them ("Fjord Capital and Seedcamp", "chipmaker Nvidia and the private equity
 * firm Partners Group", "Temasek, the Singapore sovereign wealth fund, and …").
 * Own code: compromise tags invented names inconsistently (Kleiner Perkins as a person, Index as
 * a verb); its tags are used as one signal among the article's own cues (titles, "said").
 */

/** Language names (countries-list's ISO 639-1 list): "Swahili", "Yoruba". */
const LANGUAGES: ReadonlySet<string> = new Set(Object.values(languages).map((l) => l.name.toLowerCase()));

/** Whether a name is a language or languages ("Hausa", "Kannada-English"), which organizations and models are not. */
export const isLanguageName = (name: string) => name.split(/[\s-]+/).every((w) => LANGUAGES.has(w.toLowerCase()));

/** Capitalised words that begin sentences or headlines but never are, or start, a name. */
const NOT_NAMES = new Set(
  (
    'the a an this that these those it its he she they we i you our his her their there here in on at for with by from and but or nor as ' +
    'after before while when where why how what who whom which whose according founded based headquartered last next earlier later today yesterday ' +
    'tomorrow meanwhile however also both each many most some other others investors existing backers separately since until under over about ' +
    'if once now then so still even only all any no not yes new its one two three four five six seven eight nine ten first second third ' +
    'series seed round funding pre-seed ai ml llm llms gpu gpus cpu api apis saas ceo cto cfo coo ipo vc vcs r&d us u.s. uk eu ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mr. ms ms. mrs mrs. dr dr. prof prof. sir dame chief executive president founder co-founder cofounder partner managing director head ' +
    'officer chairman chairwoman chair analyst analysts professor minister secretary spokesperson spokesman spokeswoman ' +
    'million billion percent per cent terms together instead despite though although because unlike like including such than just overall ' +
    'startup startups company companies firm firms shares revenue sales customers deal deals'
  ).split(' '),
);
/** Words for an organization that, capitalised inside a sentence, begin its name ("Startup Forge"). */
const ORG_NOUNS = new Set(['startup', 'company', 'firm']);
/** Prepositions compromise's lexicon files as adjectives ("Inside Corvina, …", "Beyond that, …"). */
const PREPOSITIONS = new Set([
  'inside',
  'outside',
  'beyond',
  'within',
  'amid',
  'amidst',
  'despite',
  'behind',
  'beside',
  'besides',
  'unlike',
]);
/** Titles that precede a person's name ("chief executive Marta Lopes", "Dr Fiona MacLeod"). */
const TITLES = new Set(
  'mr mr. ms ms. mrs mrs. dr dr. prof prof. professor sir dame ceo cto cfo coo chief executive president founder co-founder cofounder chairman chairwoman chair director partner head officer'.split(
    ' ',
  ),
);
/** Words that mark a name as an organization's, whatever the tagger says. */
const ORG_WORDS = new Set(
  (
    'capital ventures venture partners labs lab ai group fund funds bank holdings technologies technology tech inc inc. corp corp. corporation ' +
    'ltd llc gmbh ag sa sas plc bv ab oy management investments investment robotics systems health security data intelligence machines analytics ' +
    'software networks studios industries institute university foundation associates advisors equity growth global international vc bio ' +
    'therapeutics energy motors logistics logistik next ventures. co co. company cloud computing semiconductor dynamics research ' +
    'agency ministry council authority office'
  ).split(' '),
);
/** Words that say the names after them are people ("angel investors including …", "co-founder …"). */
const PERSON_CUES =
  /\b(?:angels?(?!\s+(?:networks?|groups?|syndicates?|clubs?|funds?))|angel investors?|individuals?|founders?|co-?founders?|executives?|entrepreneurs?|chief|ceo|cto|president|partner at|professor|former)\b/;

/** What an organization is, as docs/drafting.md's kind table says it; the longest phrase wins. */
const KIND_PHRASES: readonly (readonly [RegExp, CompanyKindValue])[] = [
  [/\bsovereign wealth funds?\b/, 'SOVEREIGN_WEALTH_FUND'],
  [/\bprivate[- ]equity (?:firms?|groups?|investors?|houses?|funds?)\b/, 'PRIVATE_EQUITY'],
  [
    /\b(?:venture capital|vc) (?:firms?|funds?|investors?|groups?|arms?)\b|\bventure (?:firms?|funds?|investors?)\b|\bventure capitalists?\b/,
    'VENTURE_CAPITAL',
  ],
  [/\bangel (?:groups?|networks?|syndicates?|clubs?)\b/, 'ANGEL_INVESTOR'],
  [/\bfamily offices?\b/, 'FAMILY_OFFICE'],
  [/\bhedge funds?\b/, 'HEDGE_FUND'],
  [/\basset managers?\b|\basset management (?:firms?|groups?)\b|\binvestment managers?\b/, 'ASSET_MANAGER'],
  [/\b(?:research (?:labs?|laboratory|laboratories|institutes?)|ai labs?|research groups?)\b/, 'RESEARCH_LAB'],
  [/\b(?:accelerators?|incubators?)\b/, 'ACCELERATOR'],
  [/\buniversit(?:y|ies)\b/, 'UNIVERSITY'],
  [
    /\b(?:government agency|government agencies|government body|government department|government fund|ministry|ministries|state fund|innovation agency|public agency)\b/,
    'GOVERNMENT',
  ],
  [/\b(?:investment )?banks?\b|\blenders?\b/, 'BANK'],
  [/\b(?:non-?profits?|charity|charities)\b/, 'NONPROFIT'],
  [
    /\b(?:tech giants?|technology giants?|giants?|conglomerates?|corporations?|chipmakers?|chip makers?|chip giants?|carmakers?|automakers?|manufacturers?|multinationals?|telecom(?:munications)? (?:operators?|groups?|giants?)|software makers?|retailers?)\b/,
    'CORPORATION',
  ],
  [/\b(?:startups?|start-ups?|young compan(?:y|ies)|scale-?ups?|spin-?outs?|spin-?offs?)\b/, 'STARTUP'],
];

/** The kind a descriptor states ("the French public investment bank" → BANK), or null. */
export function kindOf(descriptor: string): string | null {
  const head = descriptor.toLowerCase().split(/\b(?:of|that|which|who|in|for|with|at|whose|to|from|by|and)\b/)[0]!;
  for (const [re, kind] of KIND_PHRASES) if (re.test(head)) return kind;
  return null;
}

/** A place a descriptor states: "Lisbon-based", "the Singapore sovereign wealth fund", "French". */
export function placeOf(descriptorTokens: readonly Token[], sentence: string, possessive = true): string | null {
  for (let i = 0; i < descriptorTokens.length; i++) {
    const t = descriptorTokens[i]!;
    const based = /^(.+)-based$/i.exec(t.text);
    if (based) {
      // "San Francisco-based": the capitalised words before belong to the place.
      let from = i;
      while (from > 0 && descriptorTokens[from - 1]!.placePart) from--;
      const place = `${from < i ? `${sentence.slice(descriptorTokens[from]!.start, t.start)}` : ''}${based[1]}`;
      if (resolvePlace(place)) return place;
    }
    if (!t.namey) continue;
    const end = chunkEnd(descriptorTokens, i);
    const text = span(sentence, descriptorTokens, i, end);
    const next = descriptorTokens[end];
    if (next?.text === "'s" || next?.text === '’s' || next?.text === "'") {
      if (possessive && isPlace(text, 1000)) return text;
    } else if (nationalityCode(text)) {
      return nationalityPlace(text)?.name ?? null;
    } else if (next && !next.namey && isPlace(text, 1000)) {
      const country = nationalityCode(text);
      return country ? null : text;
    }
    i = end - 1;
  }
  return null;
}

/** People named in the article: by titles, by "said", by roles; with their surnames. */
export class People {
  readonly #names = new Set<string>();

  add(name: string) {
    const clean = name.replace(/['’]s$/, '').trim();
    if (!clean || clean.split(' ').length > 4) return;
    this.#names.add(clean.toLowerCase());
    const parts = clean.split(' ');
    if (parts.length > 1) this.#names.add(parts.at(-1)!.toLowerCase());
  }

  has(name: string) {
    return this.#names.has(name.toLowerCase());
  }

  /** Collects the people one sentence names through its cues. */
  collect(sentence: string, tokens: readonly Token[]) {
    const founders = founderStarts(tokens);
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.namey) continue;
      const end = chunkEnd(tokens, i);
      let from = i;
      while (from < end && TITLES.has(tokens[from]!.lower)) from++;
      // "CEO of Quayside": after a title, "of" leads to an organization.
      if (from > i && from < end && /^(?:of|at|for|de)$/.test(tokens[from]!.lower)) {
        i = end - 1;
        continue;
      }
      const name = span(sentence, tokens, from, end);
      const words = end - from;
      const before = tokens
        .slice(Math.max(0, i - 3), i)
        .map((t) => t.lower)
        .join(' ');
      const after = tokens
        .slice(end, end + 8)
        .map((t) => t.lower)
        .join(' ');
      const firstName = tokens[from]?.tags.has('FirstName') || tokens[from]?.tags.has('Honorific');
      const hasOrgWord = tokens.slice(from, end).some((t) => ORG_WORDS.has(t.lower));
      const next = tokens[end];
      // "…," said Marklund.' names the speaker; "Grant said Marlowe's growth …" names a clause's subject.
      const speaker =
        /\b(?:says|said|told|according to)$/.test(before) && (!next || (!next.word && next.text !== "'s" && next.text !== '’s'));
      const titled =
        from > i ||
        /\b(?:chief executive|executive|founder|co-founder|ceo|cto|president|partner|director|analyst|professor|dr\.?)$/.test(before);
      // ", the chief executive", ", a partner at …", ", co-founder of …": a role in apposition.
      const role =
        /^, (?:the|a|an|its|our|their) (?:[\w-]+ ){0,3}?(?:chief|ceo|cto|cfo|coo|founder|co-founder|cofounder|head|partner|director|president|professor|analyst|executive|spokesperson|spokesman|spokeswoman|researcher|engineer|scientist|officer|manager)\b|^, (?:chief|ceo|cto|cfo|coo|founder|co-founder|cofounder|partner|director|president|professor)\b|^, (?:a|an|the) former\b|^, who\b/.test(
          after.replace(/ , /g, ', '),
        );
      // "Marklund said": only a name the tagger knows as a first name; organizations say things too.
      const says = /^(?:said|says|told|added|explained|wrote)\b/.test(after) && firstName;
      // "Founded in 2021 by Elin Marklund and Tomas Vik": founders are people.
      const founder = founders.has(i);
      if (
        words >= 1 &&
        words <= 3 &&
        !hasOrgWord &&
        (titled || speaker || role || says || (founder && words >= 2) || (firstName && words >= 2 && tokens[end - 1]!.tags.has('LastName')))
      ) {
        if (!NOT_NAMES.has(name.toLowerCase())) this.add(name);
      }
      i = end - 1;
    }
  }
}

/**
 * Where the names of the list after "founded … by" start ("Founded in 2021 by A, a former …, and
 * B, Acme …": A and B, not Acme). The list ends at a clause's punctuation, or at the comma after
 * the name that "and" introduced.
 */
function founderStarts(tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'by' || !tokens.slice(Math.max(0, k - 4), k).some((w) => /^(?:founded|co-founded|cofounded)$/.test(w.lower)))
      continue;
    let j = k + 1;
    let last = false;
    while (j < tokens.length) {
      while (j < tokens.length && !tokens[j]!.namey && tokens[j]!.word && !/^(?:and|who|which|that)$/.test(tokens[j]!.lower)) j++;
      if (!tokens[j]?.namey) break;
      starts.add(j);
      j = chunkEnd(tokens, j);
      if (last) break;
      // An appositive (", a former researcher at X,", ", who …") belongs to the name before it.
      if (tokens[j]?.text === ',' && /^(?:a|an|the|who|both|two|its)$/.test(tokens[j + 1]?.lower ?? '')) {
        j++;
        while (j < tokens.length && ![',', '.', ';'].includes(tokens[j]!.text)) j++;
      }
      if (tokens[j]?.text === ',') j++;
      if (tokens[j]?.lower === 'and') {
        last = true;
        j++;
      } else if (!tokens[j]?.namey) break;
    }
  }
  return starts;
}

/** Strips words that cannot start a name ("The", "CEO", "Existing") off a chunk. */
export function trimChunk(tokens: readonly Token[], chunk: Chunk, sentence: string): Chunk | undefined {
  let { from, to } = chunk;
  // A sentence's first word is capitalised anyway: "Inside Orrery, …", "Despite Acme's …".
  if (from === 0 && to > 1 && functionWord(tokens[0]!)) from = 1;
  // "Struggling chatbot maker Lanternfly …", "Fresh off a $40 million raise, …": a sentence's first
  // word that describes, before a noun or before an opening phrase that a comma closes.
  if (from === 0 && to === 1 && describingStart(tokens)) return undefined;
  // "Finally, Orca Labs …", "Alongside the equity, …", "To bring costs down, …", "Still, …": an
  // opening function word, or an opening adjective that no verb follows.
  const opener = tokens[0]!;
  if (
    from === 0 &&
    to === 1 &&
    !opener.tags.has('ProperNoun') &&
    (functionWord(opener) ||
      // An adjective the lexicon knows ("Still, …"); an invented name may be tagged one by its ending ("Lanternfly").
      (lexiconTag(opener.lower) === 'Adjective' && (tokens[1]?.text === ',' || tokens[1]?.tags.has('Determiner'))))
  ) {
    return undefined;
  }
  // A capitalised "Startup" or "Company" inside a sentence starts a name ("from Startup Forge"); first, it describes.
  while (
    from < to &&
    (NOT_NAMES.has(tokens[from]!.lower) || TITLES.has(tokens[from]!.lower)) &&
    !(from > 0 && from === chunk.from && to - from > 1 && ORG_NOUNS.has(tokens[from]!.lower) && !tokens[from - 1]!.namey)
  )
    from++;
  while (to > from && NOT_NAMES.has(tokens[to - 1]!.lower) && !ORG_WORDS.has(tokens[to - 1]!.lower)) to--;
  if (from >= to) return undefined;
  return { from, to, text: span(sentence, tokens, from, to) };
}

/**
 * A word of the closed classes (preposition, conjunction, determiner, pronoun, adverb) that the
 * English lexicon knows, or an adverb made from a known adjective ("Separately"); an invented name
 * the tagger guesses from its ending ("Lanternfly", "Taxly" as adverbs) is not one.
 */
function functionWord(t: Token): boolean {
  if (t.tags.has('ProperNoun')) return false;
  if (PREPOSITIONS.has(t.lower)) return true;
  if (!['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord'].some((tag) => t.tags.has(tag))) return false;
  if (lexiconTag(t.lower)) return true;
  const stem = /^(.+?)(?:ally|ily|ly)$/.exec(t.lower);
  // A verb with "-ly" is not an adverb ("Taxly" is no "tax" + "ly").
  return Boolean(
    stem &&
      [stem[1], `${stem[1]}al`, `${stem[1]}y`, `${stem[1]}e`, `${stem[1]}le`].some(
        (w) => w && lexiconTag(w!) && lexiconTag(w!) !== 'Infinitive',
      ),
  );
}

/** Whether a sentence opens with a describing word (an adjective or -ing form) rather than a name. */
function describingStart(tokens: readonly Token[]): boolean {
  const first = tokens[0]!;
  const next = tokens[1];
  if (!next || next.namey || !next.word) return false;
  if (!(first.tags.has('Adjective') || first.tags.has('Gerund')) || first.tags.has('ProperNoun') || first.tags.has('Noun')) return false;
  if (next.tags.has('Noun') && !next.tags.has('Verb')) return true;
  const comma = tokens.findIndex((t) => t.text === ',');
  return next.tags.has('Preposition') && comma > 1 && tokens.slice(comma).some((t) => t.namey);
}

export type NameKind = 'organization' | 'person' | 'place' | 'other';

/** What a (trimmed) chunk names. */
export function nameKind(tokens: readonly Token[], chunk: Chunk, people: People): NameKind {
  const words = tokens.slice(chunk.from, chunk.to);
  const text = chunk.text;
  if (words.every((t) => NOT_NAMES.has(t.lower))) return 'other';
  if (words.every((t) => t.tags.has('Date') || /^\d+$/.test(t.text))) return 'other';
  const hasOrgWord = words.some((t) => ORG_WORDS.has(t.lower));
  if (!hasOrgWord && (people.has(text) || (words.length <= 3 && people.has(words.at(-1)!.text) && words.length > 1))) return 'person';
  if (!hasOrgWord && words.length === 1 && people.has(text)) return 'person';
  if (!hasOrgWord && words.length >= 2 && words.length <= 3 && words[0]!.tags.has('FirstName') && words.at(-1)!.tags.has('LastName'))
    return 'person';
  if (isPlace(text) || nationalityCode(text)) return 'place';
  // "Nonprofit lab Common Weights …", "Insurtech Brambling …": a word for a kind of organization.
  if (words.length === 1 && (kindOf(text) || /^[\p{L}]+tech$/iu.test(text))) return 'other';
  if (isLanguageName(text)) return 'other';
  // "24m", "5bn", "3rd": a number with its unit, not a name like "4impact".
  if (words.length === 1 && /^\d+(?:[.,]\d+)?[a-z]{0,2}$/i.test(text)) return 'other';
  return 'organization';
}

/** True when the words before a list say its names are people ("angel investors including"). */
export const personCue = (descriptor: string) => PERSON_CUES.test(descriptor.toLowerCase());

/** One name of a list, with what the words around it say about it. */
export interface ListItem {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  /** The words before the name that describe it ("the French public investment bank"). */
  readonly descriptor: string;
  readonly descriptorTokens: readonly Token[];
  /** The comma-enclosed description after it (", the Singapore sovereign wealth fund,"). */
  readonly appositive: string;
  readonly appositiveTokens: readonly Token[];
  /** The city "of" gives ("Legora of Stockholm"). */
  readonly place?: string;
}

/** Whether the names from token `i` are followed by their own verb ("BDC Capital and Pender Ventures also invested"). */
function startsClause(tokens: readonly Token[], i: number, end: number): boolean {
  let k = i;
  while (k < end && (tokens[k]!.namey || tokens[k]!.text === ',' || tokens[k]!.lower === 'and' || tokens[k]!.lower === '&')) k++;
  // The names run to the end of the range: their verb is outside it (a list before "also invested").
  if (k === i || k >= end) return false;
  const next = tokens[k];
  if (!next?.word) return false;
  // "…, both of which bundle …" describes the names; "both invested" is their own verb.
  if (/^(?:both|each|all)$/i.test(next.text) && tokens[k + 1]?.lower === 'of') return false;
  if (/^(?:also|both|each|too|jointly|all|have|has|had|were|was|are|is)$/i.test(next.text)) return true;
  return next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Gerund');
}

/** Lower-case words allowed in a descriptor before a name: determiners, adjectives, nouns. */
function descriptorWord(t: Token): boolean {
  if (!t.word || t.namey) return false;
  if (
    [
      'and',
      'or',
      'but',
      'with',
      'from',
      'by',
      'for',
      'to',
      'in',
      'on',
      'at',
      'was',
      'were',
      'is',
      'are',
      'has',
      'have',
      'had',
      'will',
      'would',
    ].includes(t.lower)
  )
    return false;
  if (['of', 'such', 'as', 'including', 'like', 'among', 'them', 'new', 'existing', 'other', 'its', 'their'].includes(t.lower)) return true;
  if (/-/.test(t.text)) return true;
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return false;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Pronoun')) return t.lower === 'its' || t.lower === 'their';
  return true;
}

const APPOSITIVE_START = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'one',
  'which',
  'who',
  'whose',
  'based',
  'headquartered',
  'itself',
  'now',
  'formerly',
  'both',
  'part',
  'owner',
  'parent',
]);
const SEPARATORS = new Set(['and', '&', 'plus']);
/** Whether token `k` is the "from"/"sold by" after words for what an organization makes ("products from Nvidia"). */
const makerWord = (sentence: string, tokens: readonly Token[], from: number, k: number) =>
  (/^(?:from|by)$/.test(tokens[k]!.lower) ||
    (/^(?:sold|made|built|offered|developed|run)$/.test(tokens[k]!.lower) && tokens[k + 1]?.lower === 'by')) &&
  MAKES.test(span(sentence, tokens, from, k));
/** Words for what an organization makes or sells, before "from"/"by" and its name. */
const MAKES =
  /\b(?:products?|tools?|offerings?|services?|systems?|chips?|models?|software|platforms?|apps?|assistants?|solutions?)(?:\s+(?:sold|made|built|offered|developed|run))?\s*$/i;
/** ", owned by Microsoft,", ", backed by Sequoia,": a reduced relative clause describing the name before it. */
const participle = (t: Token | undefined) =>
  Boolean(t?.word && !t.namey && /ed$/.test(t.lower) && t.tags.has('Verb') && !t.tags.has('Noun'));
/** Words for a part of an organization that the text then names ("its venture arm, Samsung Next"). */
const UNIT = /\b(?:arm|unit|division|subsidiary|affiliate|vehicle|branch)\b/i;
/** Verbs of saying: a comma clause with one is not an appositive. */
export const REPORTING = new Set(['said', 'says', 'announced', 'announces', 'told', 'added', 'confirmed', 'noted', 'stated', 'wrote']);

/** "Table Bay Capital, the Ubuntu Angels Network, and …": "the" and a whole name before the next separator is the list's next item, not an appositive. */
function theNameItem(tokens: readonly Token[], i: number, end: number, stops?: (t: Token) => boolean): boolean {
  if (tokens[i]?.lower !== 'the' || !tokens[i + 1]?.namey) return false;
  const nameEnd = chunkEnd(tokens, i + 1, stops);
  const after = tokens[nameEnd];
  if (nameEnd >= end || !after || after.lower === 'and') return true;
  return after.text === ',' && /^(?:and|as)$/.test(tokens[nameEnd + 1]?.lower ?? '');
}

/**
 * Parses the names of a list starting at token `i` (before `end`): each optionally preceded by a
 * descriptor and followed by an appositive, separated by commas, "and", "as well as". Stops at the
 * first thing that is not part of such a list. `headlineStops` ends names at title-case verbs.
 */
export function parseList(
  sentence: string,
  tokens: readonly Token[],
  i: number,
  end = tokens.length,
  stops?: (t: Token) => boolean,
  /** A preposition a list may repeat after its separators ("with A, and with B"). */
  repeat?: string,
): { items: ListItem[]; next: number } {
  const items: ListItem[] = [];
  let k = i;
  for (;;) {
    const descFrom = k;
    let words = 0;
    // Descriptor: lower-case words, and capitalised words that describe (a nationality, a place,
    // a possessive owner) rather than name.
    while (k < end) {
      const t = tokens[k]!;
      if (t.namey) {
        const c = chunkEnd(tokens, k, stops);
        const text = span(sentence, tokens, k, c);
        const next = tokens[c];
        const possessive = next && (next.text === "'s" || next.text === '’s' || next.text === "'" || next.text === '’');
        if (possessive && c + 1 < end && (tokens[c + 1]!.namey || descriptorWord(tokens[c + 1]!))) {
          k = c + 1;
          continue;
        }
        const describes = next && !next.namey && next.word && descriptorWord(next) && !SEPARATORS.has(next.lower);
        if (describes && (nationalityCode(text) || isPlace(text, 1000) || /-based$/i.test(tokens[c - 1]!.text))) {
          k = c;
          continue;
        }
        const common = tokens.slice(k, c).every((w) => NOT_NAMES.has(w.lower));
        if (common && (describes || (!ORG_WORDS.has(tokens[c - 1]!.lower) && c - k === 1))) {
          k = c;
          continue;
        }
        break;
      }
      // "the Hong Kong government's investment arm, the Hong Kong Investment Corporation": the unit is named after the comma.
      if (
        t.text === ',' &&
        UNIT.test(span(sentence, tokens, descFrom, k)) &&
        (tokens[k + 1]?.namey || (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.namey))
      ) {
        k++;
        continue;
      }
      // "the Hong Kong government's investment arm": a possessive inside a descriptor.
      if (t.text === "'s" || t.text === '’s') {
        k++;
        continue;
      }
      // "products from Nvidia", "the inspection tools sold by Keyence": what an organization makes, then its name.
      if (makerWord(sentence, tokens, descFrom, k)) {
        k++;
        continue;
      }
      if (!descriptorWord(t) || ++words > 8) break;
      k++;
    }
    if (k >= end || !tokens[k]!.namey) break;
    const nameEnd = chunkEnd(tokens, k, stops);
    let from = k;
    // "The Wellcome Trust" opening a sentence: the capitalised article is not part of the name.
    while (from + 1 < nameEnd && (TITLES.has(tokens[from]!.lower) || /^(?:the|a|an)$/.test(tokens[from]!.lower))) from++;
    const descriptorTokens = tokens.slice(descFrom, from);
    let next = Math.min(nameEnd, end);
    // Appositive: ", the Singapore sovereign wealth fund," / "(…)".
    let appFrom = next;
    let appTo = next;
    if (tokens[next]?.text === '(') {
      const close = tokens.findIndex((t, x) => x > next && t.text === ')');
      if (close !== -1 && close < end) {
        appFrom = next + 1;
        appTo = close;
        next = close + 1;
      }
    } else if (
      tokens[next]?.text === ',' &&
      (APPOSITIVE_START.has(tokens[next + 1]?.lower ?? '') || participle(tokens[next + 1]) || tokens[next + 1]?.lower === 'owned') &&
      !theNameItem(tokens, next + 1, end, stops)
    ) {
      let close = next + 1;
      for (;;) {
        while (close < end && tokens[close]!.text !== ',' && tokens[close]!.text !== ';') close++;
        // "the Cambridge, England company": the comma between a place and its country is not the end.
        const region = tokens[close + 1];
        if (
          tokens[close]?.text === ',' &&
          tokens[close - 1]?.namey &&
          region?.namey &&
          isPlace(region.text, 1000) &&
          !tokens[close + 2]?.namey
        ) {
          close++;
          continue;
        }
        break;
      }
      // ", the Bengaluru-based startup said" is a new clause, not a description.
      if (tokens.slice(next + 1, close).some((t) => REPORTING.has(t.lower))) {
        items.push({
          name: span(sentence, tokens, from, nameEnd),
          from,
          to: nameEnd,
          descriptor: span(sentence, tokens, descFrom, from),
          descriptorTokens,
          appositive: '',
          appositiveTokens: [],
        });
        k = next;
        break;
      }
      appFrom = next + 1;
      appTo = close;
      next = close;
      // An appositive that names the unit ("the venture arm of carmaker Mazda, Mazda Ventures,")
      // is handled by the owner-descriptor rule above; a relative clause ends the list unless a
      // separator follows.
    }
    // "Legora of Stockholm": a name and its city, unless "of" belongs to the name ("Bank of America").
    const ofAt = tokens.slice(from, nameEnd).findIndex((t) => t.lower === 'of') + from;
    const ofPlace =
      ofAt > from && !tokens.slice(from, ofAt).some((t) => ORG_WORDS.has(t.lower)) ? span(sentence, tokens, ofAt + 1, nameEnd) : undefined;
    const splitAt = ofPlace && resolvePlace(ofPlace, { minCityPopulation: 100_000 }) ? ofAt : nameEnd;
    items.push({
      name: span(sentence, tokens, from, splitAt),
      from,
      to: splitAt,
      descriptor: span(sentence, tokens, descFrom, from),
      descriptorTokens,
      appositive: span(sentence, tokens, appFrom, appTo),
      appositiveTokens: tokens.slice(appFrom, appTo),
      ...(splitAt < nameEnd ? { place: ofPlace } : {}),
    });
    // "the venture arm of carmaker Mazda, Mazda Ventures": the name after the comma is the unit meant.
    const unit = UNIT.test(span(sentence, tokens, descFrom, from));
    if (unit && tokens[next]?.text === ',' && tokens[next + 1]?.namey) {
      const unitEnd = chunkEnd(tokens, next + 1, stops);
      if (tokens[unitEnd]?.text === ',' || unitEnd >= end) {
        items.pop();
        items.push({
          name: span(sentence, tokens, next + 1, unitEnd),
          from: next + 1,
          to: unitEnd,
          descriptor: '',
          descriptorTokens: [],
          appositive: '',
          appositiveTokens: [],
        });
        next = unitEnd;
      }
    }
    // ", and BDC Capital and Pender Ventures also invested": a new clause with its own verb, not more of this list.
    if (tokens[next]?.text === ',' && tokens[next + 1]?.lower === 'and' && startsClause(tokens, next + 2, end)) {
      k = next;
      break;
    }
    // Separators: ",", "and", ", and", "as well as", "&".
    let s = next;
    if (tokens[s]?.text === ',') s++;
    if (SEPARATORS.has(tokens[s]?.lower ?? '')) s++;
    else if (tokens[s]?.lower === 'as' && tokens[s + 1]?.lower === 'well' && tokens[s + 2]?.lower === 'as') s += 3;
    else if (tokens[s]?.lower === 'along' && tokens[s + 1]?.lower === 'with') s += 2;
    // "competes with A, and with B": the preposition repeated.
    if (s > next && repeat && tokens[s]?.lower === repeat) s++;
    // "A, and, increasingly, B": an adverb set off by commas between the separator and the name.
    if (s > next && tokens[s]?.text === ',' && tokens[s + 1]?.tags.has('Adverb') && tokens[s + 2]?.text === ',') s += 3;
    if (s === next || s >= end) {
      k = next;
      break;
    }
    // A separator must lead to another name (possibly after a descriptor).
    let look = s;
    let w = 0;
    while (look < end && !tokens[look]!.namey && (descriptorWord(tokens[look]!) || makerWord(sentence, tokens, s, look)) && w++ < 8) look++;
    if (look >= end || !tokens[look]!.namey) {
      k = next;
      break;
    }
    k = s;
  }
  return { items, next: k };
}

export { NOT_NAMES, ORG_WORDS };
