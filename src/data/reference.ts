import type { LicenseRecord, RegionRecord } from './types';

/**
 * Common reference data, not taken from an article and so never cited: the region hierarchy
 * (Paris is in France, France in Europe) with ISO 3166-1 alpha-2 codes, and SPDX licenses.
 */
export const regions: readonly RegionRecord[] = [
  { slug: 'europe', name: 'Europe', kind: 'CONTINENT', isoCode: null, parent: null, aliases: ['European'] },
  { slug: 'asia', name: 'Asia', kind: 'CONTINENT', isoCode: null, parent: null, aliases: [] },
  { slug: 'north-america', name: 'North America', kind: 'CONTINENT', isoCode: null, parent: null, aliases: [] },
  { slug: 'france', name: 'France', kind: 'COUNTRY', isoCode: 'FR', parent: 'europe', aliases: [] },
  {
    slug: 'united-states',
    name: 'United States',
    kind: 'COUNTRY',
    isoCode: 'US',
    parent: 'north-america',
    aliases: ['US', 'USA', 'United States of America'],
  },
  { slug: 'paris', name: 'Paris', kind: 'CITY', isoCode: null, parent: 'france', aliases: [] },
];

/** SPDX licenses; `openSource` is true for OSI-approved ones. */
export const licenses: readonly LicenseRecord[] = [{ spdxId: 'Apache-2.0', name: 'Apache License 2.0', openSource: true }];
