import { createStore, type EmbeddedStore } from '../embedded/store';
import type { FundingRound, RoundOrder } from '../model';
import { keysOfRound, regionsWithin } from '../round-keys';
import { searchEntries } from '../search-entries';
import type { Dataset } from '../sources/dataset';
import type { CompanyKind } from '../sources/records';
import { typenameOf } from '../typenames';
import { amountKey } from './amount-key';
import { summaryRows } from './summary-rows';
import { type Cell, type TableRows, table } from './table-rows';

// Own code: the rows are a dataset's entities with the lists and orders the embedded store's
// getters compute, which only it can compute.

/**
 * The D1 tables' rows (migrations/), one function per table, computed from a dataset
 * (src/data/sources/dataset.ts) and the public getters of an embedded store built from it: one
 * source of truth, and every order and derived list is the embedded store's own, so the D1 store
 * answers alike by construction. Used by `npm run db:seed` (scripts/d1-seed.ts), the D1 test
 * setup and the D1 benchmark; never part of the Worker.
 */

export type { Cell, TableRows } from './table-rows';

const json = JSON.stringify;
const positionsOf = <T>(list: readonly T[], id: (item: T) => string) => new Map(list.map((x, i) => [id(x), i]));

/** Stored lists (list_items) and their sizes (list_sizes): companies by region and kind, articles, models, regions. */
function listRows(dataset: Dataset, store: EmbeddedStore): { items: Cell[][]; sizes: Cell[][] } {
  const items: Cell[][] = [];
  const sizes: Cell[][] = [];
  const list = (name: string, ids: readonly string[]) => {
    for (const [idx, id] of ids.entries()) items.push([name, idx, id]);
    sizes.push([name, ids.length]);
  };
  // Named as the D1 store reads them: `companies:${region or *}|${kind or *}`; only lists that hold a company, and every company's.
  const kinds = [...new Set(dataset.companies.map((c) => c.kind))];
  for (const region of [null, ...dataset.regions.map((r) => r.slug)]) {
    for (const kind of [null, ...kinds] as (CompanyKind | null)[]) {
      const companies = store.companiesWhere({ region, kind });
      if (companies.length > 0 || (region === null && kind === null))
        list(
          `companies:${region ?? '*'}|${kind ?? '*'}`,
          companies.map((c) => c.slug),
        );
    }
  }
  list(
    'articles',
    store.allArticles().map((a) => a.slug),
  );
  list(
    'models',
    store.allModels().map((m) => m.slug),
  );
  list(
    'regions:*',
    store.regionsWhere().map((r) => r.slug),
  );
  for (const kind of new Set(dataset.regions.map((r) => r.kind)))
    list(
      `regions:${kind}`,
      store.regionsWhere(kind).map((r) => r.slug),
    );
  return { items, sizes };
}

const ORDERS: readonly RoundOrder[] = [
  { field: 'AMOUNT', direction: 'ASC' },
  { field: 'AMOUNT', direction: 'DESC' },
  { field: 'ANNOUNCED_ON', direction: 'ASC' },
  { field: 'ANNOUNCED_ON', direction: 'DESC' },
];

/** The rounds listed under each round key ("all", "company:<slug>", …; src/data/round-keys.ts), by label. */
export function roundsByKey(dataset: Dataset, store: EmbeddedStore): Map<string, FundingRound[]> {
  const lists = new Map<string, FundingRound[]>();
  for (const round of store.roundsMatching({}).slice()) {
    const hq = store.companyBySlug(round.company)?.headquarters ?? null;
    const regions = regionsWithin(hq, (slug) => (store.regionBySlug(slug) ? store.regionAncestors(slug) : undefined));
    for (const key of keysOfRound(round, dataset, regions)) {
      const list = lists.get(key);
      if (list) list.push(round);
      else lists.set(key, [round]);
    }
  }
  return lists;
}

/** round_keys: each round under every key it is listed by, with its position in each order over all rounds. */
function roundKeyRows(store: EmbeddedStore, lists: ReadonlyMap<string, readonly FundingRound[]>): { keys: TableRows; sizes: Cell[][] } {
  const byLabel = store.roundsMatching({}).slice();
  const positions = [byLabel, ...ORDERS.map((order) => store.roundsMatching({}, order).slice())].map((l) => positionsOf(l, (r) => r.id));
  const columns = ['key', 'id', 'label_pos', 'amount_asc', 'amount_desc', 'date_asc', 'date_desc'];
  const rows = [...lists].flatMap(([key, rounds]) => rounds.map((round) => [key, round.id, ...positions.map((p) => p.get(round.id)!)]));
  return {
    keys: table('round_keys', columns, rows),
    sizes: [...lists].map(([key, rounds]) => [`rounds:${key}`, rounds.length]),
  };
}

/** companies: each company's JSON, its investors, totals and co-investors as the embedded store lists them. */
const companyRows = (dataset: Dataset, store: EmbeddedStore) =>
  table(
    'companies',
    ['slug', 'data', 'investors', 'total_raised', 'co_investors'],
    dataset.companies.map((c) => [
      c.slug,
      json(c),
      json(store.investorsOf(c.slug).map((i) => i.slug)),
      json(store.totalRaisedBy(c.slug)),
      json(store.coInvestorsOf(c.slug).map((ci) => [ci.company.slug, ci.sharedRounds.map((r) => r.id)])),
    ]),
  );

/** co_investors: each company's co-investors by position, with the ids of the rounds they share; their counts as list sizes. */
function coInvestorRows(dataset: Dataset, store: EmbeddedStore): { rows: TableRows; sizes: Cell[][] } {
  const rows: Cell[][] = [];
  const sizes: Cell[][] = [];
  for (const c of dataset.companies) {
    const list = store.coInvestorsOf(c.slug);
    for (const [pos, ci] of list.entries()) rows.push([c.slug, pos, ci.company.slug, json(ci.sharedRounds.map((r) => r.id))]);
    if (list.length) sizes.push([`co-investors:${c.slug}`, list.length]);
  }
  return { rows: table('co_investors', ['company', 'pos', 'co_investor', 'shared_rounds'], rows), sizes };
}

/** rounds and investments: each with the keys the D1 store filters, sums and orders them by. */
function roundRows(dataset: Dataset, store: EmbeddedStore): TableRows[] {
  const rounds = dataset.fundingRounds.map((r) => [
    r.id,
    r.company,
    r.amount ? amountKey(r.amount.amount) : null,
    r.amount?.currency ?? null,
    json(dataset.investorsOfRound.get(r.id) ?? []),
    json(r),
    r.type,
    r.announcedOn,
    r.valuation ? amountKey(r.valuation.amount) : null,
    r.valuation?.currency ?? null,
  ]);
  const byInvestor = new Map<string, Map<string, number>>();
  const investorSeqOf = (investor: string) => {
    let seq = byInvestor.get(investor);
    if (!seq) {
      seq = positionsOf(store.investmentsByInvestor(investor), (x) => x.id);
      byInvestor.set(investor, seq);
    }
    return seq;
  };
  const investments = dataset.investments.map((i) => {
    const roundSeq = positionsOf(store.investmentsByRound(i.round), (x) => x.id).get(i.id)!;
    const investorSeq = investorSeqOf(i.investor);
    return [i.id, i.round, roundSeq, i.investor, investorSeq.get(i.id)!, json(i)];
  });
  return [
    table(
      'rounds',
      ['id', 'company', 'amount_key', 'currency', 'investors', 'data', 'type', 'announced_on', 'valuation_key', 'valuation_currency'],
      rounds,
    ),
    table('investments', ['id', 'round', 'round_seq', 'investor', 'investor_seq', 'data'], investments),
  ];
}

/** models, regions, articles and licenses: their JSON, their positions in the served lists, a region's ancestors and funding. */
function referenceRows(dataset: Dataset, store: EmbeddedStore): TableRows[] {
  const modelPos = positionsOf(store.allModels(), (m) => m.slug);
  const openSource = (license: string | null) => {
    const known = license === null ? undefined : store.licenseBySpdxId(license);
    return known ? Number(known.openSource) : null;
  };
  const regionPos = positionsOf(store.regionsWhere(), (r) => r.slug);
  return [
    table(
      'articles',
      ['slug', 'data'],
      dataset.articles.map((a) => [a.slug, json(a)]),
    ),
    table(
      'licenses',
      ['spdx_id', 'data'],
      dataset.licenses.map((l) => [l.spdxId, json(l)]),
    ),
    table(
      'models',
      ['slug', 'developer', 'pos', 'data', 'kind', 'license', 'open_source'],
      dataset.models.map((m) => [m.slug, m.developer, modelPos.get(m.slug)!, json(m), m.kind, m.license, openSource(m.license)]),
    ),
    table(
      'regions',
      ['slug', 'parent', 'pos', 'ancestors', 'funding', 'data'],
      dataset.regions.map((r) => [
        r.slug,
        r.parent,
        regionPos.get(r.slug)!,
        json(store.regionAncestors(r.slug).map((a) => a.slug)),
        json(store.fundingSummary({ region: r.slug })),
        json(r),
      ]),
    ),
  ];
}

/** search: every searchable entity, lower-cased as the tiers compare it, keys between newlines. */
const searchRows = (store: EmbeddedStore) =>
  table(
    'search',
    ['ord', 'type', 'id', 'name', 'keys', 'description'],
    searchEntries(store).map((e) => {
      const type = typenameOf(e.entity)!;
      const entity = e.entity as { slug?: string; id?: string };
      return [e.order, type, (type === 'FundingRound' ? entity.id : entity.slug)!, e.name, `\n${e.keys.join('\n')}\n`, e.description];
    }),
  );

/** article_citations: each article's citations in the embedded store's order, and their lists' sizes. */
function citationRows(dataset: Dataset, store: EmbeddedStore): { rows: TableRows; sizes: Cell[][] } {
  const rows: Cell[][] = [];
  const sizes: Cell[][] = [];
  for (const a of dataset.articles) {
    const list = store.citationsOf(a.slug);
    for (const [idx, c] of list.entries()) rows.push([a.slug, idx, json(c)]);
    sizes.push([`citations:${a.slug}`, list.length]);
  }
  return { rows: table('article_citations', ['article', 'idx', 'data'], rows), sizes };
}

/** Every table's rows for `dataset`, with `version` as the dataset version. */
export function d1Rows(dataset: Dataset, version: string): TableRows[] {
  const store = createStore(dataset, () => version);
  const lists = listRows(dataset, store);
  const keyed = roundsByKey(dataset, store);
  const rounds = roundKeyRows(store, keyed);
  const coInvestors = coInvestorRows(dataset, store);
  const citations = citationRows(dataset, store);
  const { version: _, ...counts } = store.datasetSummary();
  return [
    table(
      'meta',
      ['key', 'value'],
      [
        ['version', version],
        ['summary', json(counts)],
      ],
    ),
    citations.rows,
    ...referenceRows(dataset, store),
    companyRows(dataset, store),
    ...roundRows(dataset, store),
    table('list_items', ['list', 'idx', 'id'], lists.items),
    table('list_sizes', ['list', 'size'], [...lists.sizes, ...rounds.sizes, ...coInvestors.sizes, ...citations.sizes]),
    rounds.keys,
    coInvestors.rows,
    searchRows(store),
    ...summaryRows(dataset, store, keyed),
  ];
}
