import { print } from '@0no-co/graphql.web';
import { h } from './dom';
import { kindLabel } from './model';
import { ExplorerEntity, type NodeData, type Source } from './queries';
import { excerpts } from './quote';

const INSTRUMENTS: Record<string, string | null> = { EQUITY: 'equity', CONVERTIBLE_DEBT: 'convertible debt', UNSPECIFIED: null };
const REGION_KINDS = { CITY: 'City', COUNTRY: 'Country', CONTINENT: 'Continent' } as const;
const MODEL_KINDS: Record<string, string> = { LARGE_LANGUAGE_MODEL: 'Large language model', UNSPECIFIED: 'Not stated' };
/** A model kind in words; kinds without a label of their own (and any the API adds later) read as their value. */
const modelKind = (kind: string) => MODEL_KINDS[kind] ?? humanize(kind);

/** The GraphiQL URL that opens ExplorerEntity for one ID in a tab of its own, ready to run. */
export function graphiqlUrl(id: string): string {
  const params = new URLSearchParams({ query: print(ExplorerEntity), variables: JSON.stringify({ id }, null, 2) });
  return `/graphql?${params}`;
}

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
/** An instrument's words; instruments the API adds later read from their name. */
const instrument = (value: string) => (value in INSTRUMENTS ? INSTRUMENTS[value] : humanize(value));

/** What the panel's links and buttons do. */
export interface PanelActions {
  /** Opens another node's panel (and draws it when the drawing does not hold it). */
  open(id: string): void;
  /** Draws the node's neighbours; absent when the drawing already holds them. */
  expand?: () => void;
}

/** A button that opens another node. */
const opener = (actions: PanelActions, id: string, label: string) => {
  const button = h('button', { type: 'button', class: 'link', 'data-id': id }, label);
  button.addEventListener('click', () => actions.open(id));
  return button;
};

/** "(15 of 40)" when a list holds more than its first page. */
const more = (list: { totalCount: number; nodes: readonly unknown[] }) =>
  list.totalCount > list.nodes.length ? ` (the first ${list.nodes.length} of ${list.totalCount})` : '';

/** A company's rounds: those it raised, with their amounts and leads, and those it invested in. */
function companyRounds(node: Extract<NodeData, { __typename: 'Company' }>, actions: PanelActions): Node[] {
  const raised = node.fundingRounds.nodes.map((r) => {
    const notes = [r.announcedOn, r.leadInvestors.length ? `led by ${r.leadInvestors.map((c) => c.name).join(', ')}` : null].filter(
      Boolean,
    );
    return h('li', {}, opener(actions, r.id, r.amount?.display ?? 'Amount not stated'), notes.length ? `: ${notes.join(', ')}` : '');
  });
  const invested = node.investments.nodes.map((i) => {
    const notes = [i.lead ? 'lead' : null, instrument(i.instrument)].filter(Boolean);
    return h('li', {}, opener(actions, i.round.id, i.round.label), notes.length ? ` (${notes.join(', ')})` : '');
  });
  return [
    h('h3', {}, `Rounds raised${more(node.fundingRounds)}`),
    raised.length ? h('ul', { class: 'rounds raised' }, raised) : h('p', {}, 'No round raised in the sources.'),
    h('h3', {}, `Rounds invested in${more(node.investments)}`),
    invested.length ? h('ul', { class: 'rounds invested' }, invested) : h('p', {}, 'No investment in the sources.'),
  ];
}

/** Facts as [term, value] rows; rows whose value no source states are left out. */
function facts(node: NodeData): [string, string | Node | null | undefined][] {
  switch (node.__typename) {
    case 'Company':
      return [
        ['Kind', kindLabel(node.companyKind)],
        ['Also known as', node.aliases.join(', ')],
        ['What it does', node.description],
        ['Industries', node.industries.join(', ')],
        ['Headquarters', node.headquarters?.name],
      ];
    case 'FundingRound':
      return [
        ['Raised by', node.company.name],
        ['Amount', node.amount?.display],
        ['Valuation', node.valuation?.display],
        ['Type', node.type && humanize(node.type)],
        ['Announced', node.announcedOn],
        ['Led by', node.leadInvestors.map((c) => c.name).join(', ')],
        [
          'Investors',
          h(
            'ul',
            {},
            node.investments.nodes.map((i) => {
              const notes = [i.lead ? 'lead' : null, instrument(i.instrument), i.amount?.display].filter(Boolean);
              return h('li', {}, notes.length ? `${i.investor.name} (${notes.join(', ')})` : i.investor.name);
            }),
          ),
        ],
        [
          'Tranches',
          node.tranches.length
            ? h(
                'ul',
                {},
                node.tranches.map((t) =>
                  h(
                    'li',
                    {},
                    [t.amount?.display, instrument(t.instrument), `from ${t.investors.map((c) => c.name).join(', ')}`]
                      .filter(Boolean)
                      .join(' '),
                  ),
                ),
              )
            : null,
        ],
      ];
    case 'AIModel':
      return [
        ['Developer', node.developer.name],
        ['Kind', modelKind(node.modelKind)],
        ['What it is', node.description],
        ['Parameters', node.parameterCount && Number(node.parameterCount).toLocaleString('en')],
        ['License', node.license && `${node.license.name} (${node.license.spdxId}${node.license.openSource ? ', open source' : ''})`],
      ];
    case 'Region':
      return [
        ['Kind', REGION_KINDS[node.regionKind as keyof typeof REGION_KINDS] ?? humanize(node.regionKind)],
        ['ISO code', node.isoCode],
        ['Within', node.ancestors.map((r) => r.name).join(' · ')],
      ];
  }
}

const title = (node: NodeData) => (node.__typename === 'FundingRound' ? node.label : node.name);
const typeLabel = { Company: 'Company', FundingRound: 'Funding round', AIModel: 'AI model', Region: 'Region' } as const;

/**
 * One article's passages: every source from it, its quotes highlighted in the text around them,
 * quotes close together shown in one excerpt (src: examples/explorer/quote.ts `excerpts`).
 */
function articleSources(sources: readonly Source[]): Node {
  const { article } = sources[0]!;
  const name = article.title ?? (article.author ? `Article by ${article.author}` : `Article “${article.slug}”`);
  const caption = [name, article.publishedOn].filter(Boolean).join(', ');
  const passages = excerpts(
    article.text,
    sources.map((s) => [s.start, s.end] as const),
  );
  return h(
    'li',
    {},
    h(
      'figure',
      {},
      passages.map((segments) =>
        h(
          'blockquote',
          {},
          segments.map((s) => (s.marked ? h('mark', {}, s.text) : s.text)),
        ),
      ),
      h('figcaption', {}, article.url ? h('a', { href: article.url, rel: 'noopener noreferrer' }, caption) : caption),
    ),
  );
}

/** The side panel's content for one node: facts, its rounds (companies), its neighbours, a GraphiQL link and every source. */
export function renderPanel(node: NodeData, actions: PanelActions): { title: HTMLElement; body: Node[] } {
  const rows = facts(node).filter(([, value]) => value !== null && value !== undefined && value !== '');
  const byArticle = new Map<string, Source[]>();
  for (const source of node.sources) byArticle.set(source.article.id, [...(byArticle.get(source.article.id) ?? []), source]);
  const { expand } = actions;
  let expandButton: HTMLButtonElement | undefined;
  if (expand) {
    expandButton = h('button', { type: 'button', class: 'expand' }, 'Draw its neighbours');
    expandButton.addEventListener('click', expand);
  }
  return {
    title: h('span', {}, title(node), h('small', {}, typeLabel[node.__typename])),
    body: [
      h(
        'dl',
        {},
        rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
      ),
      node.__typename === 'Company' ? companyRounds(node, actions) : [],
      h('p', { class: 'actions' }, expandButton, h('a', { class: 'graphiql', href: graphiqlUrl(node.id) }, 'Open this query in GraphiQL')),
      h('h3', {}, node.sources.length ? `Sources (${node.sources.length})` : 'Sources'),
      node.sources.length
        ? h('ol', { class: 'sources' }, [...byArticle.values()].map(articleSources))
        : h('p', {}, 'Reference data; no article states facts about it.'),
    ].flat(),
  };
}
