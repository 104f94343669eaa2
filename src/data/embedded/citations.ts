import type { ArticleCitation } from '../model';
import type { Dataset } from '../sources/dataset';
import type { CitationRecord } from '../sources/records';
import type { NodeTypename } from '../typenames';

const TYPE_ORDER: readonly NodeTypename[] = ['Company', 'FundingRound', 'Investment', 'AIModel', 'Region'];

/**
 * Every article's citations, each with the object and the field that lists it: by offset in the
 * article, then by end, type (companies, rounds, investments, models, regions) and id.
 */
export function articleCitations(dataset: Dataset): Map<string, ArticleCitation[]> {
  const byArticle = new Map<string, ArticleCitation[]>();
  const add = (typename: NodeTypename, id: string, field: string, sources: readonly CitationRecord[]) => {
    for (const c of sources) {
      const entry: ArticleCitation = { ...c, subject: { typename, id }, field };
      const list = byArticle.get(c.article);
      if (list) list.push(entry);
      else byArticle.set(c.article, [entry]);
    }
  };
  for (const c of dataset.companies) add('Company', c.slug, 'sources', c.sources);
  for (const r of dataset.fundingRounds) {
    add('FundingRound', r.id, 'sources', r.sources);
    for (const [n, t] of r.tranches.entries()) add('FundingRound', r.id, `tranches.${n}.sources`, t.sources);
  }
  for (const i of dataset.investments) add('Investment', i.id, 'sources', i.sources);
  for (const m of dataset.models) add('AIModel', m.slug, 'sources', m.sources);
  for (const r of dataset.regions) add('Region', r.slug, 'sources', r.sources);
  const rank = (c: ArticleCitation) => TYPE_ORDER.indexOf(c.subject.typename);
  for (const list of byArticle.values()) {
    list.sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        rank(a) - rank(b) ||
        (a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0) ||
        (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
    );
  }
  return byArticle;
}
