import type { ReferenceData } from '../src/data';
import type {
  ArticleData,
  CompanyKind,
  CompanyRecord,
  FundingRoundRecord,
  FundingType,
  ModelRecord,
  RegionRecord,
} from '../src/data/types';

/**
 * A deterministic synthetic dataset for the scale benchmarks (never deployed): `companies`
 * companies, three rounds per company with two investments each, one model per 50 companies and
 * `regions` regions (continents → countries → cities). Entity i is the same in every size, so
 * a small dataset's companies reappear in a larger one.
 */
export interface SyntheticDataset {
  readonly articles: readonly ArticleData[];
  readonly reference: ReferenceData;
  readonly counts: {
    readonly companies: number;
    readonly rounds: number;
    readonly investments: number;
    readonly regions: number;
    readonly models: number;
  };
}

/** mulberry32: a small seeded PRNG, so every run builds the same data. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi re tu va ne sho pri zen dor qua fil bex mar tis rol gan vex lum cor dri nal pe yo xi bra sul tor wen'.split(
  ' ',
);
const SUFFIXES = ['Labs', 'AI', 'Systems', 'Robotics', 'Capital', 'Ventures', 'Partners', 'Compute'];
const KINDS: CompanyKind[] = ['STARTUP', 'STARTUP', 'STARTUP', 'VENTURE_CAPITAL', 'CORPORATION', 'RESEARCH_LAB'];
const TYPES: FundingType[] = ['SEED', 'SERIES_A', 'SERIES_B', 'SERIES_C', 'CORPORATE_ROUND', 'UNDISCLOSED'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const word = (rand: () => number, syllables: number) => {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rand, SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
};

/** The display name of synthetic company `i` (the same in every dataset size). */
export function companyName(i: number): string {
  const rand = prng(i * 7919 + 1);
  // A made-up brand from the whole alphabet, as distinctive as real company names tend to be.
  let brand = '';
  for (let k = 5 + Math.floor(rand() * 3); k > 0; k--) brand += String.fromCharCode(97 + Math.floor(rand() * 26));
  return `${brand[0]!.toUpperCase()}${brand.slice(1)} ${word(rand, 2)} ${pick(rand, SUFFIXES)}`;
}

/** Builds a dataset with `companies` companies and `regions` regions (at least 10). */
export function syntheticDataset(companies: number, regionCount: number): SyntheticDataset {
  const continents = Math.max(1, Math.round(regionCount / 100));
  const countries = Math.max(continents, Math.round(regionCount / 10));
  const regions: RegionRecord[] = [];
  for (let i = 0; i < regionCount; i++) {
    const rand = prng(i * 104729 + 3);
    const kind = i < continents ? 'CONTINENT' : i < continents + countries ? 'COUNTRY' : 'CITY';
    const parent = kind === 'CONTINENT' ? null : kind === 'COUNTRY' ? `r-${i % continents}` : `r-${continents + (i % countries)}`;
    regions.push({ slug: `r-${i}`, name: `${word(rand, 3)} ${kind.toLowerCase()} ${i}`, kind, isoCode: null, parent, aliases: [] });
  }
  const cities = regionCount - continents - countries;
  const slugOf = (i: number) => `c-${i}`;

  const companyRecords: CompanyRecord[] = [];
  const rounds: FundingRoundRecord[] = [];
  const models: ModelRecord[] = [];
  let investments = 0;
  for (let i = 0; i < companies; i++) {
    const rand = prng(i * 15485863 + 5);
    const kind = pick(rand, KINDS);
    const name = companyName(i);
    companyRecords.push({
      slug: slugOf(i),
      name,
      kind,
      aliases: [],
      description: `${name} works on ${pick(rand, ['language models', 'chips', 'robots', 'agents', 'search', 'speech'])}.`,
      headquarters: cities > 0 ? `r-${continents + countries + Math.floor(rand() * cities)}` : null,
      competitors: i > 0 ? [slugOf(Math.floor(rand() * i))] : [],
      industries: [],
      sources: [],
    });
    for (let r = 0; r < 3; r++) {
      const id = `f-${i}-${r}`;
      const investors = [slugOf(Math.floor(rand() * companies)), slugOf(Math.floor(rand() * companies))];
      const amount = { amount: String(1 + Math.floor(rand() * 900)) + '000000', currency: 'USD' };
      rounds.push({
        id,
        company: slugOf(i),
        type: pick(rand, TYPES),
        amount,
        valuation: null,
        announcedOn: `20${10 + Math.floor(rand() * 16)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`,
        tranches: [],
        investments: investors.map((investor, k) => ({
          id: `${id}-${k}`,
          investor,
          lead: k === 0,
          instrument: 'EQUITY',
          amount: null,
          sources: [],
        })),
        sources: [],
      });
      investments += investors.length;
    }
    if (i % 50 === 0) {
      models.push({
        slug: `m-${i}`,
        name: `${word(rand, 2)} ${1 + (i % 70)}B`,
        kind: 'LARGE_LANGUAGE_MODEL',
        description: null,
        developer: slugOf(i),
        license: null,
        parameterCount: null,
        sources: [],
      });
    }
  }
  const article = { slug: 'synthetic', title: 'Synthetic dataset', author: null, publishedOn: null, url: null, text: 'Synthetic.' };
  return {
    articles: [{ file: 'bench/synthetic.ts', article, companies: companyRecords, fundingRounds: rounds, models, regionMentions: [] }],
    reference: { regions, licenses: [] },
    counts: { companies, rounds: rounds.length, investments, regions: regionCount, models: models.length },
  };
}
