import { articleSources } from '../../src/data/articles';
import type { ArticleSource } from '../../src/data/authoring';
import { licenses, regions } from '../../src/data/reference';
import type { DraftJson } from './json';

/**
 * The drafter's only window on src/: the served articles (their companies, aliases and the seed
 * article), the reference regions and licenses, and where article files and their helpers live.
 * When the data layer moves, these imports and paths are what change.
 */

/** Where an article file imports its helpers from (repository path). */
export const AUTHORING_MODULE = 'src/data/authoring.ts';
/** Where article files live, and the index that lists them. */
export const ARTICLES_DIR = 'src/data/articles';
export const ARTICLES_INDEX = 'src/data/articles/index.ts';

export interface KnownCompany {
  readonly slug: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly headquarters: string | null;
}

/** Every company the served articles state, first statement first. */
export function knownCompanies(): KnownCompany[] {
  const bySlug = new Map<string, KnownCompany>();
  for (const source of articleSources) {
    for (const c of source.companies ?? []) {
      const prior = bySlug.get(c.slug);
      bySlug.set(c.slug, {
        slug: c.slug,
        name: prior?.name ?? c.name,
        kind: prior?.kind ?? c.kind,
        aliases: [...new Set([...(prior?.aliases ?? []), ...(c.aliases ?? [])])],
        headquarters: prior?.headquarters ?? c.headquarters ?? null,
      });
    }
  }
  return [...bySlug.values()];
}

/** Region slugs the served data knows, by every name and alias (lower case). */
export function knownRegions(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const r of regions) {
    map.set(r.name.toLowerCase(), r.slug);
    if (r.isoCode) map.set(r.isoCode.toLowerCase(), r.slug);
    for (const a of r.aliases) map.set(a.toLowerCase(), r.slug);
  }
  return map;
}

/** SPDX ids the served data knows. */
export const knownLicenses = (): ReadonlySet<string> => new Set(licenses.map((l) => l.spdxId));

/** Company kinds and model kinds article files accept today. */
export const COMPANY_KINDS: ReadonlySet<string> = new Set(['STARTUP', 'VENTURE_CAPITAL', 'CORPORATION', 'RESEARCH_LAB']);
export const MODEL_KINDS: ReadonlySet<string> = new Set(['LARGE_LANGUAGE_MODEL']);
/** Funding types article files accept today. */
export const FUNDING_TYPES: ReadonlySet<string> = new Set([
  'PRE_SEED',
  'SEED',
  'SERIES_A',
  'SERIES_B',
  'SERIES_C',
  'SERIES_D',
  'SERIES_UNKNOWN',
  'CONVERTIBLE_NOTE',
  'DEBT_FINANCING',
  'CORPORATE_ROUND',
  'PRIVATE_EQUITY',
  'GRANT',
  'UNDISCLOSED',
]);

/** The served article with this slug. */
export const servedArticle = (slug: string): ArticleSource | undefined => articleSources.find((a) => a.slug === slug);

/** A hand-written article file's facts in the `--json` shape, to score a draft of its text against. */
export function articleFacts(source: ArticleSource): DraftJson {
  const companies = source.companies ?? [];
  const name = (slug: string) => companies.find((c) => c.slug === slug)?.name ?? slug;
  const regionName = (slug: string | undefined) => (slug ? (regions.find((r) => r.slug === slug)?.name ?? slug) : null);
  const pairs: [string, string][] = [];
  for (const c of companies) {
    for (const other of c.competitors ?? []) {
      if (!pairs.some(([a, b]) => (a === other && b === c.slug) || (a === c.slug && b === other))) pairs.push([c.slug, other]);
    }
  }
  return {
    companies: companies.map((c) => ({ name: c.name, kind: c.kind, headquarters: regionName(c.headquarters) })),
    fundingRounds: (source.fundingRounds ?? []).map((r) => {
      const investors = [...(r.investments ?? []).map((i) => i.investor)];
      for (const t of r.tranches ?? []) for (const i of t.investors) if (!investors.includes(i)) investors.push(i);
      return {
        company: name(r.company),
        type: r.type ?? null,
        amount: r.amount ?? null,
        valuation: r.valuation ?? null,
        leadInvestors: (r.investments ?? []).filter((i) => i.lead).map((i) => name(i.investor)),
        investors: investors.map(name),
      };
    }),
    models: (source.models ?? []).map((m) => ({ name: m.name, developer: name(m.developer), license: m.license ?? null })),
    competitors: pairs.map(([a, b]) => [name(a), name(b)] as [string, string]),
  };
}

/** The article-file format in force on this branch (format.ts): switch to NEXT when the data layer accepts it. */
export { TODAY as FORMAT } from './format';
