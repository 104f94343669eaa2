import { countries } from 'countries-list';
import { articleSources } from '../../src/data/articles';
import type { ArticleSource } from '../../src/data/sources/authoring';
import { COMPANY_KINDS, FUNDING_TYPES, MODEL_KINDS } from '../../src/data/sources/vocabularies';
import type { DraftJson } from './json';

/**
 * The drafter's window on src/ for what it reads cheaply: the served articles (their companies,
 * aliases and the seed article), the vocabularies article files accept, and where article files
 * and their helpers live. Reading places and licenses with the reference packages (slow to load)
 * is format.ts's job, loaded only when a file is written.
 */

/** Where an article file imports its helpers from (repository path). */
export const AUTHORING_MODULE = 'src/data/sources/authoring.ts';
/** Where article files live, and the index that lists them. */
export const ARTICLES_DIR = 'src/data/articles';
export const ARTICLES_INDEX = 'src/data/articles/index.ts';

export interface KnownCompany {
  readonly slug: string;
  readonly name: string;
  /** What the served data says it is; null where no article says. */
  readonly kind: string | null;
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
        kind: prior?.kind ?? (c.kind && c.kind !== 'UNSPECIFIED' ? c.kind : null),
        aliases: [...new Set([...(prior?.aliases ?? []), ...(c.aliases ?? [])])],
        headquarters: prior?.headquarters ?? c.headquarters ?? null,
      });
    }
  }
  return [...bySlug.values()];
}

/** A CompanyKind or ModelKind value: the drafter's phrase tables name only values the vocabularies hold. */
export type CompanyKindValue = keyof typeof COMPANY_KINDS;
export type ModelKindValue = keyof typeof MODEL_KINDS;

/** Company kinds, model kinds and funding types article files accept (the open vocabularies). */
export const COMPANY_KIND_VALUES: ReadonlySet<string> = new Set(Object.keys(COMPANY_KINDS));
export const MODEL_KIND_VALUES: ReadonlySet<string> = new Set(Object.keys(MODEL_KINDS));
export const FUNDING_TYPE_VALUES: ReadonlySet<string> = new Set(Object.keys(FUNDING_TYPES));

/** The served article with this slug. */
export const servedArticle = (slug: string): ArticleSource | undefined => articleSources.find((a) => a.slug === slug);

/** A place as an article file writes it ('Paris, FR', 'FR', 'Europe') named as news text names it ('Paris', 'France', 'Europe'). */
function placeName(place: string | undefined): string | null {
  if (place === undefined) return null;
  const city = /^(.+?),/.exec(place);
  if (city) return city[1]!;
  return /^[A-Z]{2}$/.test(place) ? (countries[place as keyof typeof countries]?.name ?? place) : place;
}

/** A hand-written article file's facts in the `--json` shape, to score a draft of its text against. */
export function articleFacts(source: ArticleSource): DraftJson {
  const companies = source.companies ?? [];
  const name = (slug: string) => companies.find((c) => c.slug === slug)?.name ?? slug;
  const pairs: [string, string][] = [];
  for (const c of companies) {
    for (const other of c.competitors ?? []) {
      if (!pairs.some(([a, b]) => (a === other && b === c.slug) || (a === c.slug && b === other))) pairs.push([c.slug, other]);
    }
  }
  return {
    companies: companies.map((c) => ({ name: c.name, kind: c.kind ?? null, headquarters: placeName(c.headquarters) })),
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
