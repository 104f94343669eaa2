import { print } from '@0no-co/graphql.web';
import { h } from './dom';
import { kindLabel } from './model';
import { ExplorerNode, type NodeData, type Source } from './queries';
import { quoteInContext } from './quote';

const INSTRUMENTS = { EQUITY: 'equity', CONVERTIBLE_DEBT: 'convertible debt', UNSPECIFIED: null } as const;
const REGION_KINDS = { CITY: 'City', COUNTRY: 'Country', CONTINENT: 'Continent' } as const;
const MODEL_KINDS: Record<string, string> = { LARGE_LANGUAGE_MODEL: 'Large language model', UNSPECIFIED: 'Not stated' };
/** A model kind in words; kinds without a label of their own (and any the API adds later) read as their value. */
const modelKind = (kind: string) => MODEL_KINDS[kind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');

/** The GraphiQL URL that opens ExplorerNode for one ID in a tab of its own, ready to run. */
export function graphiqlUrl(id: string): string {
  const params = new URLSearchParams({ query: print(ExplorerNode), variables: JSON.stringify({ id }, null, 2) });
  return `/graphql?${params}`;
}

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

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
              const notes = [i.lead ? 'lead' : null, INSTRUMENTS[i.instrument], i.amount?.display].filter(Boolean);
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
                    [t.amount?.display, INSTRUMENTS[t.instrument], `from ${t.investors.map((c) => c.name).join(', ')}`]
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
        ['Kind', REGION_KINDS[node.regionKind]],
        ['ISO code', node.isoCode],
        ['Within', node.ancestors.map((r) => r.name).join(' · ')],
      ];
  }
}

const title = (node: NodeData) => (node.__typename === 'FundingRound' ? node.label : node.name);
const typeLabel = { Company: 'Company', FundingRound: 'Funding round', AIModel: 'AI model', Region: 'Region' } as const;

/** One source: the quote highlighted inside the article text around it, and where it comes from. */
function source({ quote, start, end, article }: Source) {
  const context = quoteInContext(article.text, start, end);
  // The API guarantees quote === text.slice(start, end); show the quote itself either way.
  const name = article.title ?? (article.author ? `Article by ${article.author}` : `Article “${article.slug}”`);
  const caption = [name, article.publishedOn].filter(Boolean).join(', ');
  return h(
    'li',
    {},
    h(
      'figure',
      {},
      h('blockquote', {}, context.before, h('mark', {}, context.quote === quote ? context.quote : quote), context.after),
      h('figcaption', {}, article.url ? h('a', { href: article.url, rel: 'noopener noreferrer' }, caption) : caption),
    ),
  );
}

/** The side panel's content for one node: facts, a GraphiQL link and every source. */
export function renderPanel(node: NodeData): { title: HTMLElement; body: Node[] } {
  const rows = facts(node).filter(([, value]) => value !== null && value !== undefined && value !== '');
  const sources = [...node.sources].sort((a, b) => a.start - b.start);
  return {
    title: h('span', {}, title(node), h('small', {}, typeLabel[node.__typename])),
    body: [
      h(
        'dl',
        {},
        rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
      ),
      h('a', { class: 'graphiql', href: graphiqlUrl(node.id) }, 'Open this query in GraphiQL'),
      h('h3', {}, sources.length ? `Sources (${sources.length})` : 'Sources'),
      sources.length ? h('ol', { class: 'sources' }, sources.map(source)) : h('p', {}, 'Reference data; no article states facts about it.'),
    ],
  };
}
