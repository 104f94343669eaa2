import { resolveLicense, resolvePlace } from '../../src/data/reference';
import { COMPANY_KIND_VALUES, FUNDING_TYPE_VALUES, MODEL_KIND_VALUES } from './dataset';
import type { Place } from './places';

/**
 * What the article-file format accepts, so the writer puts only valid values in data and the
 * rest in comments for the reviewer: kinds and funding types from the open vocabularies, places
 * and licenses read by the same reference resolution `npm run data:check` uses. Loading the
 * reference packages takes a second or two, so only writing a file loads this module.
 */
export interface AuthoringFormat {
  companyKind(kind: string): boolean;
  modelKind(kind: string): boolean;
  fundingType(type: string): boolean;
  /** How a place is written ('Lisbon, PT', 'FR', 'Europe'), or why the reference data cannot read it. */
  place(place: Place): { readonly written: string; readonly region: string } | { readonly problem: string };
  /** The region slug a place an article file already states resolves to, or null. */
  regionOf(written: string): string | null;
  /** Why a license cannot be stated, or null when it can. */
  licenseProblem(spdxId: string): string | null;
}

function regionOf(written: string): string | null {
  const result = resolvePlace(written);
  return 'problem' in result ? null : result.regions[0]!.slug;
}

/** The article-file format of src/data/sources/article-file.ts. */
export const FORMAT: AuthoringFormat = {
  companyKind: (kind) => COMPANY_KIND_VALUES.has(kind) && kind !== 'UNSPECIFIED',
  modelKind: (kind) => MODEL_KIND_VALUES.has(kind) && kind !== 'UNSPECIFIED',
  fundingType: (type) => FUNDING_TYPE_VALUES.has(type),
  place(place) {
    // A name the drafter cannot tell apart is read as written, so the note lists the candidates.
    const result = resolvePlace(place.authoring ?? place.name);
    return 'problem' in result ? { problem: result.problem } : { written: place.authoring ?? place.name, region: result.regions[0]!.slug };
  },
  regionOf,
  licenseProblem(spdxId) {
    const result = resolveLicense(spdxId);
    return 'problem' in result ? result.problem : null;
  },
};
