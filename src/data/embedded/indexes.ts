import { compareEn } from '../collate';
import type { AIModel, Article, Company, FundingRound, Investment, License, ModelFilter, Region } from '../model';
import { keysOfRound, regionsWithin } from '../round-keys';
import type { Dataset } from '../sources/dataset';
import { push } from './cached';

/**
 * The embedded store's private indexes over a dataset: maps by key, lists in their served order,
 * and the round and company lists each filter selects. Built once per store; only
 * src/data/embedded/ reads them.
 */
export interface Indexes {
  readonly articleMap: ReadonlyMap<string, Article>;
  readonly articlesSorted: readonly Article[];
  readonly companyMap: ReadonlyMap<string, Company>;
  readonly companiesSorted: readonly Company[];
  /** `${region slug or *}|${kind or *}` → companies by name, a region including its sub-regions'. */
  readonly companiesByKey: ReadonlyMap<string, readonly Company[]>;
  readonly roundMap: ReadonlyMap<string, FundingRound>;
  /** Round key (src/data/round-keys.ts) → rounds by label. */
  readonly roundsByKey: ReadonlyMap<string, readonly FundingRound[]>;
  /** Round id → its position among all rounds by label. */
  readonly roundOrder: ReadonlyMap<string, number>;
  readonly investorsOfRound: Dataset['investorsOfRound'];
  readonly investmentMap: ReadonlyMap<string, Investment>;
  readonly investmentsByRound: ReadonlyMap<string, readonly Investment[]>;
  /** Investor slug → its investments, in the label order of their rounds. */
  readonly investmentsByInvestor: ReadonlyMap<string, readonly Investment[]>;
  readonly modelMap: ReadonlyMap<string, AIModel>;
  readonly modelsSorted: readonly AIModel[];
  readonly modelsByDeveloper: ReadonlyMap<string, readonly AIModel[]>;
  /** Model key (`modelKeys`) → models by name. */
  readonly modelsByKey: ReadonlyMap<string, readonly AIModel[]>;
  readonly regionMap: ReadonlyMap<string, Region>;
  readonly regionsSorted: readonly Region[];
  readonly regionsByKind: ReadonlyMap<string, readonly Region[]>;
  readonly children: ReadonlyMap<string, readonly Region[]>;
  /** Region slug → its enclosing regions, nearest first. */
  readonly ancestors: ReadonlyMap<string, readonly Region[]>;
  readonly licenseMap: ReadonlyMap<string, License>;
}

const byName = (a: { name: string }, b: { name: string }) => compareEn(a.name, b.name);
const bySlug = <T extends { slug: string }>(list: readonly T[]) => new Map(list.map((x) => [x.slug, x] as const));

/** The region tree: each region's children by name, and its ancestors nearest first (a cycle stops the walk). */
function regionTree(regionsSorted: readonly Region[], regionMap: ReadonlyMap<string, Region>) {
  const children = new Map<string, Region[]>();
  for (const region of regionsSorted) if (region.parent) push(children, region.parent, region);
  const ancestors = new Map<string, Region[]>();
  for (const region of regionsSorted) {
    const chain: Region[] = [];
    const seen = new Set([region.slug]);
    for (let p = region.parent; p && regionMap.has(p) && !seen.has(p); p = regionMap.get(p)!.parent) {
      seen.add(p);
      chain.push(regionMap.get(p)!);
    }
    ancestors.set(region.slug, chain);
  }
  return { children, ancestors };
}

/** Companies by `${region}|${kind}` key, a region listing the companies of its sub-regions too. */
function companyLists(companiesSorted: readonly Company[], within: (region: string | null) => string[]) {
  const companiesByKey = new Map<string, Company[]>();
  for (const company of companiesSorted) {
    for (const region of ['*', ...within(company.headquarters)]) {
      push(companiesByKey, `${region}|*`, company);
      push(companiesByKey, `${region}|${company.kind}`, company);
    }
  }
  return companiesByKey;
}

/** The round lists of every key, by label, and each investor's investments in that order. */
function roundLists(dataset: Dataset, companyMap: ReadonlyMap<string, Company>, within: (region: string | null) => string[]) {
  const roundsSorted = [...dataset.fundingRounds].sort((a, b) => compareEn(a.label, b.label) || a.id.localeCompare(b.id));
  const roundsByKey = new Map<string, FundingRound[]>();
  for (const round of roundsSorted) {
    const regions = within(companyMap.get(round.company)?.headquarters ?? null);
    for (const key of keysOfRound(round, dataset, regions)) push(roundsByKey, key, round);
  }
  const roundOrder = new Map(roundsSorted.map((r, i) => [r.id, i]));
  const investmentsByRound = new Map<string, Investment[]>();
  const investmentsByInvestor = new Map<string, Investment[]>();
  for (const investment of dataset.investments) {
    push(investmentsByRound, investment.round, investment);
    push(investmentsByInvestor, investment.investor, investment);
  }
  for (const list of investmentsByInvestor.values()) list.sort((a, b) => roundOrder.get(a.round)! - roundOrder.get(b.round)!);
  return { roundsByKey, roundOrder, investmentsByRound, investmentsByInvestor };
}

/** The keys of the model lists a filter selects ("kind:…", "license:…", "openSource:…"; "all" when none): its models are in each. */
export function modelKeys(filter: ModelFilter): string[] {
  const keys = [
    filter.kind != null && `kind:${filter.kind}`,
    filter.license != null && `license:${filter.license}`,
    filter.openSource != null && `openSource:${filter.openSource}`,
  ].filter((k): k is string => k !== false);
  return keys.length ? keys : ['all'];
}

/** Models by every key they are listed under, by name; a model with no stated license is under no license key. */
function modelLists(modelsSorted: readonly AIModel[], licenses: readonly License[]) {
  const openSource = new Map(licenses.map((l) => [l.spdxId, l.openSource] as const));
  const modelsByKey = new Map<string, AIModel[]>();
  for (const model of modelsSorted) {
    const open = model.license === null ? undefined : openSource.get(model.license);
    const keys = modelKeys({ kind: model.kind, license: model.license, openSource: open });
    for (const key of ['all', ...keys.filter((k) => k !== 'all')]) push(modelsByKey, key, model);
  }
  return modelsByKey;
}

/** Builds every index of the embedded store from a dataset. */
export function buildIndexes(dataset: Dataset): Indexes {
  const companyMap = bySlug(dataset.companies);
  const regionMap = bySlug(dataset.regions);
  const regionsSorted = [...dataset.regions].sort(byName);
  const { children, ancestors } = regionTree(regionsSorted, regionMap);
  // A region filter includes sub-regions: a company or round is listed under its region and every enclosing one.
  const within = (region: string | null) =>
    regionsWithin(region, (slug) => (regionMap.has(slug) ? (ancestors.get(slug) ?? []) : undefined));
  const companiesSorted = [...dataset.companies].sort(byName);
  const modelsSorted = [...dataset.models].sort(byName);
  const modelsByDeveloper = new Map<string, AIModel[]>();
  for (const model of modelsSorted) push(modelsByDeveloper, model.developer, model);
  const regionsByKind = new Map<string, Region[]>();
  for (const region of regionsSorted) push(regionsByKind, region.kind, region);
  return {
    articleMap: bySlug(dataset.articles),
    articlesSorted: [...dataset.articles].sort((a, b) => a.slug.localeCompare(b.slug)),
    companyMap,
    companiesSorted,
    companiesByKey: companyLists(companiesSorted, within),
    roundMap: new Map(dataset.fundingRounds.map((r) => [r.id, r])),
    ...roundLists(dataset, companyMap, within),
    investorsOfRound: dataset.investorsOfRound,
    investmentMap: new Map(dataset.investments.map((i) => [i.id, i])),
    modelMap: bySlug(dataset.models),
    modelsSorted,
    modelsByDeveloper,
    modelsByKey: modelLists(modelsSorted, dataset.licenses),
    regionMap,
    regionsSorted,
    regionsByKind,
    children,
    ancestors,
    licenseMap: new Map(dataset.licenses.map((l) => [l.spdxId, l] as const)),
  };
}
