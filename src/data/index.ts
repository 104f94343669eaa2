import { articleSources } from './articles';
import { compileArticles, formatProblems } from './authoring';
import { compareEn } from './collate';
import { type ListView, rangesView } from './list-view';
import { mergeArticles } from './merge';
import { compareDecimal, formatMoney, runningSums, sumByCurrency } from './money';
import { licenses as licenseRecords, regions as regionRecords } from './reference';
import { roundKeys } from './round-keys';
import { createSearch } from './search';
import type { Store } from './store';
import { byTypename, type NodeTypename, tag, typenameOf } from './typenames';
import type {
  ArticleData,
  ArticleRecord,
  CitationRecord,
  CompanyKind,
  CompanyRecord,
  FundingRoundRecord,
  Instrument,
  InvestmentRecord,
  LicenseRecord,
  ModelRecord,
  MoneyRecord,
  RegionKind,
  RegionRecord,
} from './types';

/**
 * The data layer: every index the resolvers use is built once per store, at creation or on first
 * use (then kept). Resolvers reach data only through the getters below.
 */

export interface Company extends Omit<CompanyRecord, 'sources' | 'competitors'> {
  readonly sources: readonly CitationRecord[];
  readonly competitors: readonly string[];
}
export interface FundingRound extends Omit<FundingRoundRecord, 'investments'> {
  /** The source gives rounds no name: "Mistral AI · €450 million". */
  readonly label: string;
  /** Company slugs of the investments marked `lead`, in their order. */
  readonly leadInvestors: readonly string[];
}
export interface Investment extends InvestmentRecord {
  /** Id of the round this participation belongs to. */
  readonly round: string;
}
export type AIModel = ModelRecord;
export type Article = ArticleRecord;
export type License = LicenseRecord;
export interface Region extends RegionRecord {
  /** Where articles mention this region; empty for regions known only from reference data. */
  readonly sources: readonly CitationRecord[];
}

export type { ListView, NodeTypename };
export { typenameOf };
export type Entity = Company | FundingRound | Investment | AIModel | Region | Article;
/** The entities `search` can return. */
export type SearchableEntity = Exclude<Entity, Investment>;

/** A company that shares rounds with another as an investor. */
export interface CoInvestor {
  readonly company: Company;
  /** The rounds both invested in, by label. */
  readonly sharedRounds: readonly FundingRound[];
}

/** Totals over a set of rounds; amounts grouped by currency, never converted. */
export interface FundingSummary {
  readonly roundCount: number;
  readonly companyCount: number;
  readonly investorCount: number;
  readonly totals: readonly MoneyRecord[];
}

/** Conditions on rounds; every given one must hold. Slugs that match nothing give an empty list. */
export interface RoundFilter {
  readonly company?: string | null;
  readonly investor?: string | null;
  readonly region?: string | null;
  readonly leadInvestor?: string | null;
  readonly instrument?: Instrument | null;
  readonly currency?: string | null;
  /** A non-negative decimal string: the round's stated amount is at least this, in its own currency. */
  readonly minAmount?: string | null;
}

export interface RoundOrder {
  readonly field: 'AMOUNT' | 'ANNOUNCED_ON' | 'LABEL';
  readonly direction: 'ASC' | 'DESC';
}

const byName = (a: { name: string }, b: { name: string }) => compareEn(a.name, b.name);
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const EMPTY: readonly never[] = Object.freeze([]);

/** The reference data a store is built with (src/data/reference.ts for the served one). */
export interface ReferenceData {
  readonly regions: readonly RegionRecord[];
  readonly licenses: readonly LicenseRecord[];
}

/** Builds every entity and index from the articles and the reference data; throws on conflicting articles. */
function build(sources: readonly ArticleData[], { regions: regionList, licenses: licenseList }: ReferenceData) {
  const merged = mergeArticles(sources);
  if (merged.problems.length > 0) {
    throw new Error(`Articles state conflicting facts:\n${formatProblems(merged.problems)}`);
  }
  const articleMap = new Map<string, Article>();
  const companyMap = new Map<string, Company>();
  const roundMap = new Map<string, FundingRound>();
  const investmentMap = new Map<string, Investment>();
  const modelMap = new Map<string, AIModel>();
  const regionMap = new Map<string, Region>();
  const licenseMap = new Map(licenseList.map((l) => [l.spdxId, l] as const));
  const competitorSets = new Map<string, Set<string>>();

  for (const article of merged.articles) articleMap.set(article.slug, tag('Article', article));
  for (const company of merged.companies) {
    companyMap.set(company.slug, company);
    for (const other of company.competitors) {
      for (const [a, b] of [
        [company.slug, other],
        [other, company.slug],
      ] as const) {
        const set = competitorSets.get(a) ?? new Set<string>();
        set.add(b);
        competitorSets.set(a, set);
      }
    }
  }
  for (const [slug, company] of companyMap) {
    const competitors = [...(competitorSets.get(slug) ?? [])].filter((s) => companyMap.has(s));
    competitors.sort((a, b) => byName(companyMap.get(a)!, companyMap.get(b)!));
    companyMap.set(slug, tag('Company', { ...company, competitors }));
  }

  // Investors of a round: its investments, then any tranche investor without one, in order.
  const investorsOfRound = new Map<string, readonly string[]>();
  const instrumentsOfRound = new Map<string, ReadonlySet<Instrument>>();
  for (const { investments, ...round } of merged.fundingRounds) {
    const label = `${companyMap.get(round.company)?.name ?? round.company} · ${round.amount ? formatMoney(round.amount) : 'undisclosed amount'}`;
    const leadInvestors = investments.filter((i) => i.lead).map((i) => i.investor);
    roundMap.set(round.id, tag('FundingRound', { ...round, label, leadInvestors }));
    for (const investment of investments) investmentMap.set(investment.id, tag('Investment', { ...investment, round: round.id }));
    investorsOfRound.set(round.id, [...new Set([...investments.map((i) => i.investor), ...round.tranches.flatMap((t) => t.investors)])]);
    instrumentsOfRound.set(round.id, new Set([...investments.map((i) => i.instrument), ...round.tranches.map((t) => t.instrument)]));
  }
  for (const model of merged.models) modelMap.set(model.slug, tag('AIModel', model));
  for (const region of regionList)
    regionMap.set(region.slug, tag('Region', { ...region, sources: merged.mentions.get(region.slug) ?? [] }));

  const companiesSorted = [...companyMap.values()].sort(byName);
  const regionsSorted = [...regionMap.values()].sort(byName);
  const roundsSorted = [...roundMap.values()].sort((a, b) => compareEn(a.label, b.label) || a.id.localeCompare(b.id));

  // Region → itself and every region inside it, so region filters include sub-regions.
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
  const within = (regionSlug: string | null) =>
    regionSlug && regionMap.has(regionSlug) ? [regionSlug, ...(ancestors.get(regionSlug) ?? []).map((r) => r.slug)] : [];

  const companiesByKey = new Map<string, Company[]>();
  for (const company of companiesSorted) {
    for (const region of ['*', ...within(company.headquarters)]) {
      push(companiesByKey, `${region}|*`, company);
      push(companiesByKey, `${region}|${company.kind}`, company);
    }
  }

  const roundsByKey = new Map<string, FundingRound[]>();
  const investmentsByRound = new Map<string, Investment[]>();
  const investmentsByInvestor = new Map<string, Investment[]>();
  for (const investment of investmentMap.values()) {
    push(investmentsByRound, investment.round, investment);
    push(investmentsByInvestor, investment.investor, investment);
  }
  for (const round of roundsSorted) {
    push(roundsByKey, 'all', round);
    push(roundsByKey, `company:${round.company}`, round);
    for (const investor of investorsOfRound.get(round.id) ?? []) push(roundsByKey, `investor:${investor}`, round);
    for (const lead of round.leadInvestors) push(roundsByKey, `lead:${lead}`, round);
    for (const instrument of instrumentsOfRound.get(round.id) ?? []) push(roundsByKey, `instrument:${instrument}`, round);
    if (round.amount) push(roundsByKey, `currency:${round.amount.currency}`, round);
    const hq = companyMap.get(round.company)?.headquarters ?? null;
    for (const region of within(hq)) push(roundsByKey, `region:${region}`, round);
  }
  const roundOrder = new Map(roundsSorted.map((r, i) => [r.id, i]));
  for (const list of investmentsByInvestor.values()) list.sort((a, b) => roundOrder.get(a.round)! - roundOrder.get(b.round)!);

  const modelsSorted = [...modelMap.values()].sort(byName);
  const modelsByDeveloper = new Map<string, AIModel[]>();
  for (const model of modelsSorted) push(modelsByDeveloper, model.developer, model);
  const regionsByKind = new Map<string, Region[]>();
  for (const region of regionsSorted) push(regionsByKind, region.kind, region);

  return {
    articleMap,
    articlesSorted: [...articleMap.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    companyMap,
    companiesSorted,
    companiesByKey,
    roundMap,
    roundsByKey,
    roundOrder,
    investorsOfRound,
    investmentMap,
    investmentsByRound,
    investmentsByInvestor,
    modelMap,
    modelsSorted,
    modelsByDeveloper,
    regionMap,
    regionsSorted,
    regionsByKind,
    children,
    ancestors,
    licenseMap,
  };
}

/** `compute`, each result kept in `cache` by its key and computed once. */
function cachedIn<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, compute: (key: K) => V): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** A value computed on first use and kept (per list, so per store). */
const memo = <K extends object, V>(compute: (key: K) => V): ((key: K) => V) => cachedIn(new WeakMap<K, V>(), compute);

/** The list in reverse order, computed once per list and then reused. */
const reversed = memo(<T>(list: readonly T[]): readonly T[] => [...list].reverse()) as <T>(list: readonly T[]) => readonly T[];
/** The list as a set, for intersections, built once per list. */
const setOf = memo((list: readonly FundingRound[]) => new Set(list));

/** A Map-backed cache of per-key results, for one store. */
const keyed = <V>(compute: (key: string) => V): ((key: string) => V) => cachedIn(new Map<string, V>(), compute);

/**
 * A data store: the entities and indexes built from `sources` and `reference`, and the getters
 * resolvers use. The served store is built once at module load from the embedded articles; tests
 * build others from fixture articles, and the benchmarks from synthetic datasets.
 */
export function createStore(sources: readonly ArticleData[], reference: ReferenceData) {
  const db = build(sources, reference);
  const company = (slug: string) => db.companyMap.get(slug);
  const roundsOf = (key: string): readonly FundingRound[] => db.roundsByKey.get(key) ?? EMPTY;

  // Orders other than by label: each round's position in the whole ordered set, computed once on
  // first use, then any filtered list is sorted by these positions once and kept.
  const positions = keyed((order: string) => {
    let scale = 0;
    for (const r of db.roundMap.values()) scale = Math.max(scale, r.amount?.amount.split('.')[1]?.length ?? 0);
    const amountKey = (r: FundingRound) => {
      const [whole, fraction = ''] = r.amount!.amount.split('.');
      return BigInt(whole + fraction.padEnd(scale, '0'));
    };
    const keys = new Map([...db.roundMap.values()].filter((r) => r.amount).map((r) => [r.id, amountKey(r)] as const));
    const desc = order.endsWith('DESC') ? -1 : 1;
    const byLabel = (a: FundingRound, b: FundingRound) => db.roundOrder.get(a.id)! - db.roundOrder.get(b.id)!;
    const nullsLast = (a: unknown, b: unknown) => (a == null ? 1 : 0) - (b == null ? 1 : 0);
    const compare = order.startsWith('AMOUNT')
      ? (a: FundingRound, b: FundingRound) => {
          if (!a.amount || !b.amount) return nullsLast(a.amount, b.amount) || byLabel(a, b);
          if (a.amount.currency !== b.amount.currency) return a.amount.currency < b.amount.currency ? -1 : 1;
          const d = keys.get(a.id)! - keys.get(b.id)!;
          return (d < 0n ? -desc : d > 0n ? desc : 0) || byLabel(a, b);
        }
      : (a: FundingRound, b: FundingRound) => {
          if (!a.announcedOn || !b.announcedOn) return nullsLast(a.announcedOn, b.announcedOn) || byLabel(a, b);
          return (a.announcedOn < b.announcedOn ? -desc : a.announcedOn > b.announcedOn ? desc : 0) || byLabel(a, b);
        };
    const sorted = [...roundsOf('all')].sort(compare);
    return new Map(sorted.map((r, i) => [r.id, i]));
  });
  const orderedLists = new Map<string, (list: readonly FundingRound[]) => readonly FundingRound[]>();
  const ordered = (list: readonly FundingRound[], order: RoundOrder): readonly FundingRound[] => {
    if (order.field === 'LABEL') return order.direction === 'DESC' ? reversed(list) : list;
    const key = `${order.field}_${order.direction}`;
    let sort = orderedLists.get(key);
    if (!sort) {
      sort = memo((l: readonly FundingRound[]) => {
        const rank = positions(key);
        return [...l].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
      });
      orderedLists.set(key, sort);
    }
    return sort(list);
  };
  // In an AMOUNT-ordered list, each currency's rounds are contiguous: found once per list.
  const currencyRuns = memo((list: readonly FundingRound[]) => {
    const runs: { currency: string; start: number; end: number }[] = [];
    list.forEach((r, i) => {
      if (!r.amount) return;
      const last = runs.at(-1);
      if (last && last.currency === r.amount.currency) last.end = i + 1;
      else runs.push({ currency: r.amount.currency, start: i, end: i + 1 });
    });
    return runs;
  });
  /** The rounds of an AMOUNT-ordered list whose amount is at least `min`, by binary search per currency. */
  const atLeast = (list: readonly FundingRound[], min: string, direction: RoundOrder['direction']): ListView<FundingRound> => {
    const ranges = currencyRuns(list).map(({ start, end }): [number, number] => {
      // First index in [start, end) where `pred` turns true (pred is monotone over the run).
      const search = (pred: (r: FundingRound) => boolean) => {
        let lo = start;
        let hi = end;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (pred(list[mid]!)) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      };
      return direction === 'ASC'
        ? [search((r) => compareDecimal(r.amount!.amount, min) >= 0), end]
        : [start, search((r) => compareDecimal(r.amount!.amount, min) < 0)];
    });
    return rangesView(list, ranges);
  };

  const summaryOf = (rounds: ListView<FundingRound>): FundingSummary => {
    const all = rounds.slice();
    const investors = new Set<string>();
    for (const r of all) for (const s of db.investorsOfRound.get(r.id) ?? EMPTY) investors.add(s);
    return {
      roundCount: all.length,
      companyCount: new Set(all.map((r) => r.company)).size,
      investorCount: investors.size,
      totals: sumByCurrency(all.flatMap((r) => (r.amount ? [r.amount] : []))),
    };
  };
  const summaryOfList = memo((list: readonly FundingRound[]) => summaryOf(list));
  /**
   * The summary of the k largest rounds of an AMOUNT-descending list in one currency, for every k:
   * running totals and running distinct company and investor counts, built once per list, so a
   * minimum amount costs a binary search instead of a pass over the matching rounds.
   */
  const summariesOfLargest = memo((list: readonly FundingRound[]) => {
    const stated = list.filter((r) => r.amount !== null);
    const currency = stated[0]?.amount?.currency;
    const totals = runningSums(stated.map((r) => r.amount!.amount));
    const companies = new Set<string>();
    const investors = new Set<string>();
    const companyCounts = [0];
    const investorCounts = [0];
    for (const r of stated) {
      companies.add(r.company);
      for (const s of db.investorsOfRound.get(r.id) ?? EMPTY) investors.add(s);
      companyCounts.push(companies.size);
      investorCounts.push(investors.size);
    }
    return (k: number): FundingSummary => ({
      roundCount: k,
      companyCount: companyCounts[k]!,
      investorCount: investorCounts[k]!,
      totals: k === 0 || currency === undefined ? [] : [{ amount: totals[k]!, currency }],
    });
  });

  let search: ((query: string) => readonly SearchableEntity[]) | undefined;

  // Read at call time: `store` is complete by then.
  const lookups: Readonly<Record<NodeTypename, (id: string) => Entity | undefined>> = {
    Company: (id) => store.companyBySlug(id),
    FundingRound: (id) => store.roundById(id),
    Investment: (id) => store.investmentById(id),
    AIModel: (id) => store.modelBySlug(id),
    Region: (id) => store.regionBySlug(id),
    Article: (id) => store.articleBySlug(id),
  };

  const store = {
    db,
    articleBySlug: (slug: string): Article | undefined => db.articleMap.get(slug),
    allArticles: (): readonly Article[] => db.articlesSorted,

    companyBySlug: company,
    companiesBySlugs: (slugs: readonly string[]): readonly Company[] =>
      slugs.map((slug) => db.companyMap.get(slug)).filter((c): c is Company => c !== undefined),
    /** Companies ordered by name, optionally only those of a kind and/or headquartered in a region or inside it. */
    companiesWhere: (filter: { kind?: CompanyKind | null; region?: string | null } = {}, descending = false) => {
      if (!filter.kind && !filter.region) return descending ? reversed(db.companiesSorted) : db.companiesSorted;
      const list = db.companiesByKey.get(`${filter.region ?? '*'}|${filter.kind ?? '*'}`) ?? EMPTY;
      return descending ? reversed(list) : list;
    },
    competitorsOf: (c: Company): readonly Company[] => c.competitors.map((slug) => db.companyMap.get(slug)!),
    /** Distinct investors in any round the company raised: leads first, then by name. */
    investorsOf: keyed((slug: string): readonly Company[] => {
      const leads = new Set<string>();
      const all = new Set<string>();
      for (const round of roundsOf(`company:${slug}`)) {
        for (const s of round.leadInvestors) leads.add(s);
        for (const s of db.investorsOfRound.get(round.id) ?? EMPTY) all.add(s);
      }
      const companies = [...all].map((s) => db.companyMap.get(s)).filter((c): c is Company => c !== undefined);
      return companies.sort((a, b) => Number(leads.has(b.slug)) - Number(leads.has(a.slug)) || byName(a, b));
    }),
    /** The stated amounts of the company's rounds, summed per currency, largest first. */
    totalRaisedBy: keyed((slug: string): readonly MoneyRecord[] =>
      sumByCurrency(roundsOf(`company:${slug}`).flatMap((r) => (r.amount ? [r.amount] : []))),
    ),
    /** Companies that invested in a round this one invested in: most shared rounds first, then by name. */
    coInvestorsOf: keyed((slug: string): readonly CoInvestor[] => {
      const shared = new Map<string, FundingRound[]>();
      for (const round of roundsOf(`investor:${slug}`)) {
        for (const other of db.investorsOfRound.get(round.id) ?? EMPTY) if (other !== slug) push(shared, other, round);
      }
      const result = [...shared]
        .filter(([s]) => db.companyMap.has(s))
        .map(([s, sharedRounds]) => ({ company: db.companyMap.get(s)!, sharedRounds }));
      return result.sort((a, b) => b.sharedRounds.length - a.sharedRounds.length || byName(a.company, b.company));
    }),

    roundById: (id: string): FundingRound | undefined => db.roundMap.get(id),
    roundsByCompany: (slug: string): readonly FundingRound[] => roundsOf(`company:${slug}`),
    /** Rounds matching every given slug or enum condition, by label (`minAmount` is `roundsMatching`'s). */
    roundsWhere: (filter: Omit<RoundFilter, 'minAmount'> = {}): readonly FundingRound[] => {
      const lists = roundKeys(filter)
        .map(roundsOf)
        .sort((a, b) => a.length - b.length);
      const [smallest = EMPTY, ...rest] = lists;
      if (rest.length === 0) return smallest;
      const others = rest.map(setOf);
      return smallest.filter((r) => others.every((s) => s.has(r)));
    },
    /**
     * Rounds matching every condition, in the given order (default: label ascending). A minimum
     * amount is a binary search when ordering by amount; otherwise it checks each candidate.
     */
    roundsMatching: (filter: RoundFilter = {}, order: RoundOrder = { field: 'LABEL', direction: 'ASC' }): ListView<FundingRound> => {
      const list = ordered(store.roundsWhere(filter), order);
      const min = filter.minAmount;
      if (min == null) return list;
      if (order.field === 'AMOUNT') return atLeast(list, min, order.direction);
      return list.filter((r) => r.amount !== null && compareDecimal(r.amount.amount, min) >= 0);
    },
    /** Round, company and investor counts and per-currency totals over the rounds matching `filter`. */
    fundingSummary: (filter: RoundFilter = {}): FundingSummary => {
      if (filter.minAmount == null) return summaryOfList(store.roundsWhere(filter));
      if (filter.currency != null) {
        // One currency: the matching rounds are the largest ones, so the summary is precomputed.
        const largestFirst = ordered(store.roundsWhere(filter), { field: 'AMOUNT', direction: 'DESC' });
        return summariesOfLargest(largestFirst)(atLeast(largestFirst, filter.minAmount, 'DESC').length);
      }
      return summaryOf(store.roundsMatching(filter, { field: 'AMOUNT', direction: 'ASC' }));
    },

    investmentById: (id: string): Investment | undefined => db.investmentMap.get(id),
    investmentsByRound: (roundId: string): readonly Investment[] => db.investmentsByRound.get(roundId) ?? EMPTY,
    investmentsByInvestor: (slug: string): readonly Investment[] => db.investmentsByInvestor.get(slug) ?? EMPTY,

    modelBySlug: (slug: string): AIModel | undefined => db.modelMap.get(slug),
    allModels: (): readonly AIModel[] => db.modelsSorted,
    modelsByDeveloper: (slug: string): readonly AIModel[] => db.modelsByDeveloper.get(slug) ?? EMPTY,
    licenseBySpdxId: (spdxId: string): License | undefined => db.licenseMap.get(spdxId),

    regionBySlug: (slug: string): Region | undefined => db.regionMap.get(slug),
    regionsWhere: (kind?: RegionKind | null): readonly Region[] => (kind ? (db.regionsByKind.get(kind) ?? EMPTY) : db.regionsSorted),
    regionChildren: (slug: string): readonly Region[] => db.children.get(slug) ?? EMPTY,
    /** Enclosing regions, nearest first. */
    regionAncestors: (slug: string): readonly Region[] => db.ancestors.get(slug) ?? EMPTY,

    /** Case-insensitive search (src/data/search.ts); its index is built on the first search. */
    search: (query: string): readonly SearchableEntity[] => {
      search ??= createSearch(store);
      return search(query);
    },

    /** Looks an entity up by its GraphQL type name and internal id (a slug, or a round/investment id). */
    entityById: (typename: string, id: string): Entity | undefined => byTypename(lookups, typename, id, undefined),
  };
  return store satisfies Store;
}

/** A store built by `createStore`: every getter answers synchronously. */
export type EmbeddedStore = ReturnType<typeof createStore>;
export type { Store };

let compiled: readonly ArticleData[] | undefined;
/** The embedded articles, compiled once (a quote that cannot be placed fails here). */
export const embeddedArticles = (): readonly ArticleData[] => (compiled ??= compileArticles(articleSources));

let served: EmbeddedStore | undefined;
/** The served embedded store, built from the embedded articles once and then kept. */
export const embeddedStore = (): EmbeddedStore =>
  (served ??= createStore(embeddedArticles(), { regions: regionRecords, licenses: licenseRecords }));

/** "d1" in the build for D1 (wrangler.toml's [env.d1] define); not defined elsewhere. */
declare const DATA_STORE: string;
// Compiled and built at module load, in the isolate's startup (which Workers overlap with the TLS
// handshake), except in the D1 build: it never reads the embedded data, so its startup does not
// grow with the articles.
if (typeof DATA_STORE === 'undefined' || DATA_STORE !== 'd1') embeddedStore();

export { licenseRecords, regionRecords };
