import { distance } from 'fastest-levenshtein';
import {
  type CompanyFilter,
  currencies,
  type MaybePromise,
  type ModelFilter,
  mapMaybe,
  type RoundFilter,
  type SluggedType,
  type Store,
} from '../data';
import { badUserInput } from './errors';

/**
 * What a filter's values must be, checked before the store answers, the same way for every field
 * that takes a filter: a slug names an entity the API serves (its `company(slug:)` or
 * `region(slug:)` answers it), a license is one the dataset holds (its models' `license`; the
 * reference packages are not in the Worker, only the licenses articles name), a currency is a valid
 * ISO 4217 code, a minimum comes with its currency. Anything else is a BAD_USER_INPUT naming the filter field
 * (`extensions.argument`) and saying what would be valid, never a silently empty list.
 */

/** A filter ready for the store, and the check of the slugs it names (a promise on a store that answers asynchronously). */
export interface CheckedFilter<F> {
  readonly filter: F;
  readonly check: MaybePromise<void>;
}

/** Longer than any slug. */
const MAX_SLUG = 200;
/** At most this many characters of a bad value are read or repeated in an error. */
const MAX_ECHO = 64;
const quoted = (value: string) => JSON.stringify(value.slice(0, MAX_ECHO));
const quotedList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
// Worded apart from graphql-js's "Did you mean …?", which the error policy strips to keep schema names private.
const nearest = (what: string, suggestions: readonly string[]) =>
  suggestions.length ? ` Nearest ${what}: ${quotedList(suggestions)}.` : '';

/**
 * Up to `count` of `candidates` nearest to `value` by edit distance, nearest first (ties in code
 * unit order), none further than a third of its length (at least one edit); `key` is the form
 * both are compared in.
 */
export function closest(value: string, candidates: Iterable<string>, key: (s: string) => string = (s) => s, count = 3): string[] {
  const target = key(value.slice(0, MAX_ECHO));
  const limit = Math.max(1, Math.floor(target.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    const form = key(candidate);
    if (Math.abs(form.length - target.length) > limit) continue;
    const d = distance(target, form);
    if (d <= limit) scored.push([candidate, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // A candidate alike in every compared character is the answer; others would only distract.
  const best = scored[0]?.[1] === 0 ? scored.filter(([, d]) => d === 0) : scored;
  return best.slice(0, count).map(([candidate]) => candidate);
}

/** A value written the way slugs are: lower case, words joined by hyphens ("Mistral AI" → "mistral-ai"). */
const slugLike = (value: string) =>
  value
    .slice(0, MAX_ECHO)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A code as codes are told apart: case and punctuation ignored ("apache 2.0" and "Apache-2.0" are alike). */
const codeLike = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

function checkCode(argument: string, value: string | null | undefined, known: ReadonlySet<string>, what: string, example: string) {
  if (value == null || known.has(value)) return;
  const suggestions = closest(value, known, codeLike);
  throw badUserInput(
    `"${argument}" must be ${what} such as "${example}", got ${quoted(value)}.${nearest('valid values', suggestions)}`,
    argument,
  );
}

const checkCurrency = (argument: string, value: string | null | undefined) =>
  checkCode(argument, value, currencies, 'an ISO 4217 currency code', 'EUR');

/** A minimum compares amounts within one currency, so it needs the currency it is in. */
function checkMinimum(argument: string, value: string | null | undefined, currencyArgument: string, currency: string | null | undefined) {
  if (value == null) return;
  if (value.startsWith('-')) throw badUserInput(`"${argument}" must not be negative, got "${value}".`, argument);
  if (currency == null) {
    throw badUserInput(
      `"${argument}" needs "${currencyArgument}": amounts are compared only in one currency, never converted. Add e.g. ${currencyArgument}: "USD".`,
      argument,
    );
  }
}

/** A slug a filter field names, with the kind of entity it must name. */
interface NamedSlug {
  readonly argument: string;
  readonly type: SluggedType;
  readonly slug: string;
}

/** How each kind of named value is compared, and what its refusal says. */
const ENTITY: Readonly<Record<SluggedType, { noun: string; missing: string; key: (s: string) => string; find: string }>> = {
  Company: {
    noun: 'company slugs',
    missing: 'names no company: no company(slug:) has the slug',
    key: slugLike,
    find: 'Find company slugs with search(query:).',
  },
  Region: {
    noun: 'region slugs',
    missing: 'names no region: no region(slug:) has the slug',
    key: slugLike,
    find: 'Find region slugs with search(query:).',
  },
  License: {
    noun: 'licenses',
    missing: 'names no license the dataset holds: no model is released under',
    key: codeLike,
    find: "A model's license { spdxId } names one.",
  },
};

/** The error for a value nothing has, with the known ones nearest to it. */
function unknownSlug({ argument, type, slug }: NamedSlug, candidates: readonly string[]) {
  const { noun, missing, key, find } = ENTITY[type];
  const suggestions = closest(slug, candidates, key);
  const hint = suggestions.length ? nearest(noun, suggestions) : ` ${find}`;
  return badUserInput(`"${argument}" ${missing} ${quoted(slug)}.${hint}`, argument);
}

/** Throws for the first slug that names nothing; the store reads every lookup at once. */
function checkSlugs(store: Store, named: readonly NamedSlug[]): MaybePromise<void> {
  if (named.length === 0) return;
  const found = named.map(({ type, slug }) => {
    // No slug is that long or holds a control character (which D1 refuses to bind): nothing to look up.
    if (slug.length > MAX_SLUG || [...slug].some((c) => c < ' ')) return undefined;
    return type === 'Company' ? store.companyBySlug(slug) : type === 'Region' ? store.regionBySlug(slug) : store.licenseBySpdxId(slug);
  });
  const report = (values: readonly unknown[]): MaybePromise<void> => {
    const missing = named[values.indexOf(undefined)];
    if (!missing) return;
    return mapMaybe(
      store.slugsAround(missing.type, missing.type === 'License' ? missing.slug : slugLike(missing.slug), 10),
      (candidates) => {
        throw unknownSlug(missing, candidates);
      },
    );
  };
  return found.some((f) => f instanceof Promise) ? Promise.all(found).then(report) : report(found);
}

const slugs = (type: SluggedType, fields: Record<string, string | null | undefined>): NamedSlug[] =>
  Object.entries(fields).flatMap(([argument, slug]) => (slug == null ? [] : [{ argument, type, slug }]));

/** A FundingRoundFilter checked (see the top of this file): types once each, and its slugs' check. */
export function roundFilter(store: Store, input: RoundFilter | null | undefined): CheckedFilter<RoundFilter> {
  if (!input) return { filter: {}, check: undefined };
  checkCurrency('currency', input.currency);
  checkCurrency('valuationCurrency', input.valuationCurrency);
  checkMinimum('minAmount', input.minAmount, 'currency', input.currency);
  checkMinimum('minValuation', input.minValuation, 'valuationCurrency', input.valuationCurrency);
  if (input.types != null && input.types.length === 0) {
    throw badUserInput('"types" must list at least one FundingType; leave it out to match rounds of every type.', 'types');
  }
  const range = input.announcedOn;
  if (range != null && range.from == null && range.to == null) {
    throw badUserInput('"announcedOn" needs "from", "to" or both; leave it out to match rounds of every date.', 'announcedOn');
  }
  if (range?.from != null && range.to != null && range.from > range.to) {
    throw badUserInput(`"announcedOn" runs backwards: "from" (${range.from}) is after "to" (${range.to}).`, 'announcedOn');
  }
  const filter = input.types ? { ...input, types: [...new Set(input.types)] } : input;
  const named = [
    ...slugs('Company', { company: input.company, investor: input.investor, leadInvestor: input.leadInvestor }),
    ...slugs('Region', { region: input.region }),
  ];
  return { filter, check: checkSlugs(store, named) };
}

/** A CompanyFilter checked: its region must be one the API serves. */
export function companyFilter(store: Store, input: CompanyFilter | null | undefined): CheckedFilter<CompanyFilter> {
  if (!input) return { filter: {}, check: undefined };
  return { filter: input, check: checkSlugs(store, slugs('Region', { region: input.region })) };
}

/** A ModelFilter checked: its license must be one a model in the dataset is released under. */
export function modelFilter(store: Store, input: ModelFilter | null | undefined): CheckedFilter<ModelFilter> {
  if (!input) return { filter: {}, check: undefined };
  return { filter: input, check: checkSlugs(store, slugs('License', { license: input.license })) };
}

/**
 * `run()` once `check` has passed. A check the store answers later runs beside `run()`, so both
 * reach the database together; when it fails, its error is the field's.
 */
export function whenChecked<T>(check: MaybePromise<void>, run: () => MaybePromise<T>): MaybePromise<T> {
  if (!(check instanceof Promise)) return run();
  return Promise.all([check, Promise.resolve().then(run)]).then(([, value]) => value);
}
