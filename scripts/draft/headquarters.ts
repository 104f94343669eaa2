import { subjectBefore } from './clause';
import { kindOf, NOT_NAMES, ORG_WORDS, REPORTING, trimChunk } from './names';
import type { Organization } from './organizations';
import { nationalityCode, nationalityPlace, resolvePlace } from './places';
import { chunkEnd, span, type Token } from './tokens';
import { type Resolver, type SentenceView, subjectOrg } from './view';

/**
 * Headquarters as news states them: "Lisbon-based Okapi", "Okapi, a Lisbon-based startup",
 * "headquartered in Seoul, South Korea", "the Denver, Colorado company", "Oslo's Brygge Data",
 * "a French startup", "Fennec, a Paris maker of …". The place is kept as the text names it, most
 * specific first ("Seoul", not "South Korea").
 */

export interface HeadquartersFact {
  readonly org: Organization;
  readonly place: string;
  /** The enclosing region the text adds ("Colorado" in "Denver, Colorado"), for resolving the city. */
  readonly within?: string;
  /** Stated only as "Oslo's Brygge Data", which also names products ("Brazil's Pix"). */
  readonly possessive?: boolean;
}

const COMPANY_NOUN =
  /^(?:[\w-]+\s+){0,4}?(?:[\w-]*tech|company|startup|start-up|firm|maker|developer|provider|business|lab|outfit|group|unicorn|scale-up|spin-out|spinout|venture|investor|fund|bank|platform|specialist|operator|insurer|lender)s?\b/i;

/** The place written at token `i` (a capitalised run), with an enclosing region after a comma. */
function placeAt(view: SentenceView, i: number, stated = false): { place: string; within?: string; end: number } | undefined {
  const { tokens, text } = view;
  if (!tokens[i]?.namey) return undefined;
  let end = chunkEnd(tokens, i);
  // "the Lisbon AI start-up": a common acronym after the place is the description's, not the place's.
  while (end - 1 > i && NOT_NAMES.has(tokens[end - 1]!.lower)) end--;
  const place = span(text, tokens, i, end);
  // After "headquartered in" a capitalised name is a place even when the reference data spells it otherwise.
  if (!resolvePlace(place) && !(stated && !tokens.slice(i, end).some((t) => ORG_WORDS.has(t.lower)))) return undefined;
  if (tokens[end]?.text === ',' && tokens[end + 1]?.namey) {
    const regionEnd = chunkEnd(tokens, end + 1);
    const region = span(text, tokens, end + 1, regionEnd);
    const kind = resolvePlace(region)?.kind;
    if ((kind === 'country' || kind === 'state') && resolvePlace(place, { within: region }))
      return { place, within: region, end: regionEnd };
  }
  return { place, end };
}

/** The organization an appositive at token `comma` (", a Lisbon-based startup") describes. */
function anchorBefore(view: SentenceView, comma: number, r: Resolver): Organization | undefined {
  const { tokens } = view;
  let j = comma - 1;
  if (!tokens[j]?.namey) return undefined;
  while (j > 0 && (tokens[j - 1]!.namey || (tokens[j - 1]!.lower === '&' && tokens[j - 2]?.namey))) j--;
  // "Inside Corvina, the Lisbon start-up": a sentence's opening word is trimmed as anywhere else.
  const chunk = trimChunk(tokens, { from: j, to: comma, text: span(view.text, tokens, j, comma) }, view.text);
  return chunk ? r.org(chunk.text, view.index) : undefined;
}

/** The organization named right after token `i`, past lower-case descriptor words ("startup Okapi"). */
function nameAfter(view: SentenceView, i: number, r: Resolver): Organization | undefined {
  const { tokens } = view;
  let j = i;
  let words = 0;
  const skippable = (t: Token) =>
    !t.namey &&
    t.word &&
    !/^(?:that|which|who|whose|where|and|or|but|has|have|had|is|was|will)$/.test(t.lower) &&
    !(t.tags.has('Verb') && !t.tags.has('Noun')) &&
    !t.tags.has('Preposition') &&
    !t.tags.has('Determiner');
  while (j < tokens.length && skippable(tokens[j]!) && words++ < 4) j++;
  if (!tokens[j]?.namey) return undefined;
  const end = chunkEnd(tokens, j, view.stops);
  return r.org(span(view.text, tokens, j, end), view.index);
}

/** Where the description starting at token `i` belongs: an anchor before ", a …", a name after, or the focus. */
function describedOrg(view: SentenceView, from: number, to: number, r: Resolver): Organization | undefined {
  const { tokens } = view;
  // ", the Bengaluru-based startup said": the article's company speaking.
  if (tokens.slice(to, to + 3).some((t) => REPORTING.has(t.lower))) return r.focus();
  // "Paris-based startup Mistral AI": the name right after the description comes first.
  const after = nameAfter(view, to, r);
  if (after) return after;
  let k = from - 1;
  while (k >= 0 && tokens[k]!.word && !tokens[k]!.namey && k > from - 3) k--;
  if (tokens[k]?.text === ',') return anchorBefore(view, k, r);
  // "Quayside is a Chicago-based company": the clause's subject.
  if (/^(?:a|an)$/.test(tokens[from - 1]?.lower ?? '') && /^(?:is|was|remains)$/.test(tokens[from - 2]?.lower ?? '')) {
    return subjectOrg(subjectBefore(view.text, tokens, from - 2, r.people, view.stops), view, r);
  }
  const before = view.text.slice(0, tokens[from]!.start);
  if (tokens[from]!.lower === 'the' || /\bthe\s*$/i.test(before)) return r.focus();
  return undefined;
}

/** Every headquarters fact of one sentence. */
export function headquartersIn(view: SentenceView, r: Resolver): HeadquartersFact[] {
  const { tokens, text } = view;
  const facts: HeadquartersFact[] = [];
  const push = (org: Organization | undefined, place: string, within?: string, possessive = false) => {
    if (org && !facts.some((f) => f.org === org))
      facts.push({ org, place, ...(within ? { within } : {}), ...(possessive ? { possessive } : {}) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Lisbon-based", "San Francisco-based"
    const based = /^(.+)-(?:based|headquartered)$/i.exec(t.text);
    if (based) {
      let from = i;
      while (from > 0 && tokens[from - 1]!.placePart) from--;
      const place = `${from < i ? text.slice(tokens[from]!.start, t.start) : ''}${based[1]}`;
      // "an Austin, Texas-based startup": the city before the comma, within the region that is "-based".
      let city = from - 2;
      while (city > 0 && tokens[city - 1]!.namey) city--;
      const cityName = tokens[from - 1]?.text === ',' && tokens[from - 2]?.namey ? span(text, tokens, city, from - 1) : '';
      if (cityName && resolvePlace(cityName, { within: place })?.kind === 'city') {
        push(describedOrg(view, city, i + 1, r), cityName, place);
        continue;
      }
      // "-based" says it is a place, even one the reference data spells differently ("Ghent", GeoNames' "Gent").
      if (/^\p{Lu}/u.test(place) && !r.people.has(place)) push(describedOrg(view, from, i + 1, r), place);
      continue;
    }
    // "Common Weights, a nonprofit AI research lab in Seattle,": a company noun in an appositive, then "in" a city.
    if ((t.lower === 'in' || t.lower === 'from') && tokens[i - 1] && !tokens[i - 1]!.namey && COMPANY_NOUN.test(tokens[i - 1]!.text)) {
      let k = i - 1;
      while (k >= 0 && tokens[k]!.text !== ',' && tokens[k]!.word) k--;
      const at = placeAt(view, i + 1);
      const next = tokens[at?.end ?? 0];
      if (at && tokens[k]?.text === ',' && (!next || [',', '.', ';'].includes(next.text)) && resolvePlace(at.place)?.kind === 'city') {
        push(anchorBefore(view, k, r), at.place, at.within);
      }
    }
    // "headquartered in Seoul, South Korea", "based in Mumbai", "both based in mainland China"
    if (/^(?:headquartered|based|located|hq'd)$/.test(t.lower) && tokens[i + 1]?.lower === 'in') {
      let p = i + 2;
      while (tokens[p] && !tokens[p]!.namey && /^(?:mainland|northern|southern|eastern|western|central|the)$/.test(tokens[p]!.lower)) p++;
      const at = placeAt(view, p, true);
      if (at && /^(?:both|all|each)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',') {
        // The names listed before the comma share the place.
        let j = i - 3;
        while (j >= 0 && tokens[j]!.text !== '.' && !/^(?:with|against|from|by|like|as)$/.test(tokens[j]!.lower)) {
          if (tokens[j]!.namey) {
            let from = j;
            while (from > 0 && (tokens[from - 1]!.namey || tokens[from - 1]!.text === '&')) from--;
            push(r.org(span(text, tokens, from, j + 1), view.index), at.place, at.within);
            j = from;
          }
          j--;
        }
        continue;
      }
      if (!at) continue;
      // "X, a startup headquartered in Tokyo": the appositive's anchor; else the clause's subject.
      let k = i - 1;
      while (k >= 0 && tokens[k]!.text !== ',' && tokens[k]!.word && !tokens[k]!.namey) k--;
      const org =
        tokens[k]?.text === ',' ? anchorBefore(view, k, r) : subjectOrg(subjectBefore(text, tokens, i, r.people, view.stops), view, r);
      push(org, at.place, at.within);
      continue;
    }
    // A capitalised "The" opening the sentence is the article of what follows ("The San Diego startup").
    if (!t.namey || /^(?:the|a|an)$/.test(t.lower)) continue;
    const end = chunkEnd(tokens, i, view.stops);
    const name = span(text, tokens, i, end);
    const next = tokens[end];
    // "Oslo's Brygge Data", "Munich's Schwerkraft Logistik"
    if (next && ["'s", '’s'].includes(next.text) && tokens[end + 1]?.namey && resolvePlace(name, { minCityPopulation: 50_000 })) {
      const orgEnd = chunkEnd(tokens, end + 1, view.stops);
      if (!nationalityCode(name)) push(r.org(span(text, tokens, end + 1, orgEnd), view.index), name, undefined, true);
      i = orgEnd - 1;
      continue;
    }
    // "Kestrel Health (Berlin) raised …": a place in brackets right after a name is where it is.
    if (next?.text === '(' && !resolvePlace(name)) {
      const at = placeAt(view, end + 1, true);
      if (at && tokens[at.end]?.text === ')') {
        push(r.org(name, view.index), at.place, at.within);
        i = at.end;
        continue;
      }
    }
    // "the Denver, Colorado company", "a Paris maker of …", "the Singapore sovereign wealth fund", "a French startup"
    const article = tokens[i - 1]?.lower;
    if (article === 'the' || article === 'a' || article === 'an') {
      const at = placeAt(view, i);
      const nationality = nationalityCode(name);
      const stop = at ? at.end : end;
      const rest = text.slice(tokens[stop]?.start ?? text.length);
      const basedNext = /-(?:based|headquartered)$/i.test(tokens[stop]?.text ?? '');
      if (
        (at || nationality) &&
        !basedNext &&
        tokens[stop] &&
        (!tokens[stop]!.namey || NOT_NAMES.has(tokens[stop]!.lower)) &&
        COMPANY_NOUN.test(rest)
      ) {
        const place = nationality ? (nationalityPlace(name)?.name ?? name) : at!.place;
        push(describedOrg(view, i - 1, stop + COMPANY_NOUN.exec(rest)![0].split(/\s+/).length, r), place, at?.within);
      }
    }
    // "French startup Mistral", "Swedish state-owned investor Saminvest", "Brisbane startup Wattle & Loom"
    else if (
      // "University spin-out Orzeł": a word for a kind of organization is no place, whatever town bears it.
      (nationalityCode(name) || (resolvePlace(name, { minCityPopulation: 1000 }) && !kindOf(name))) &&
      tokens[end] &&
      !tokens[end]!.namey &&
      tokens[end]!.word
    ) {
      const rest = text.slice(tokens[end]!.start);
      const m = COMPANY_NOUN.exec(rest);
      if (m) {
        const after = end + m[0].split(/\s+/).length;
        const org = nameAfter(view, after, r);
        if (org) push(org, nationalityCode(name) ? (nationalityPlace(name)?.name ?? name) : name);
      }
    }
    i = end - 1;
  }
  return facts;
}
