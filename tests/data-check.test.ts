import { describe, expect, it } from 'vitest';
import { articleSources } from '../src/data/articles';
import { type ArticleSource, cite, formatProblems, money, prose } from '../src/data/sources/authoring';
import { checkArticles } from '../src/data/sources/check';
import { licenses, regions } from '../src/data/sources/reference';
import fictional from './fixtures/articles/fictional-two-rounds';

// What `npm run data:check` reports, one kind of problem at a time, as `file: entity: message`.
const check = (...extra: ArticleSource[]) =>
  formatProblems(checkArticles([...articleSources, ...extra], { regions, licenses }))
    .split('\n')
    .filter(Boolean);

const file = 'tests/fixtures/articles/inline.ts';
const text = prose`
  Acme AI, based in Paris, raised €5 million led by Globex.
  Acme AI, based in Paris, raised €5 million led by Globex.
  Mistral AI is based in the United States, says this made-up sentence.
`;
const said = cite('Mistral AI is based in the United States, says this made-up sentence.');
const article = (rest: Partial<ArticleSource>): ArticleSource => ({ file, slug: 'inline', text, ...rest });

describe('npm run data:check', () => {
  it('finds no problem in the embedded articles, alone or with the fictional fixture', () => {
    expect(check()).toEqual([]);
    expect(check(fictional)).toEqual([]);
  });

  it('reports a quote missing from the text', () => {
    const a = article({
      companies: [{ slug: 'acme-ai', name: 'Acme AI', kind: 'STARTUP', sources: [cite('Acme AI raised €6 million.')] }],
    });
    expect(check(a)).toEqual([`${file}: company acme-ai: quote not found in the text: "Acme AI raised €6 million."`]);
  });

  it('reports an ambiguous quote', () => {
    const a = article({ companies: [{ slug: 'acme-ai', name: 'Acme AI', kind: 'STARTUP', sources: [cite('Acme AI, based in Paris')] }] });
    expect(check(a)).toEqual([
      `${file}: company acme-ai: quote occurs 2 times; pick one with cite(quote, { occurrence: n }): "Acme AI, based in Paris"`,
    ]);
  });

  it('reports slug references that resolve to nothing', () => {
    const a = article({
      companies: [{ slug: 'acme-ai', name: 'Acme AI', kind: 'STARTUP', headquarters: 'lyon', competitors: ['initech'], sources: [said] }],
      fundingRounds: [
        { id: 'acme-ai-eur-5m', company: 'acme-ai', investments: [{ investor: 'globex', lead: true, sources: [said] }], sources: [said] },
      ],
      models: [{ slug: 'acme-1', name: 'Acme 1', kind: 'LARGE_LANGUAGE_MODEL', developer: 'acme-ai', license: 'WTFPL', sources: [said] }],
    });
    expect(check(a)).toEqual([
      `${file}: company acme-ai: headquarters "lyon" is not a known region (src/data/sources/reference.ts)`,
      `${file}: company acme-ai: competitor "initech" is not a known company slug`,
      `${file}: investment acme-ai-eur-5m/globex: investor "globex" is not a known company slug`,
      `${file}: model acme-1: license "WTFPL" is not a known SPDX id (src/data/sources/reference.ts)`,
    ]);
  });

  it('reports a fact two articles state differently, naming both files', () => {
    const a = article({
      companies: [{ slug: 'mistral-ai', name: 'Mistral AI', kind: 'STARTUP', headquarters: 'united-states', sources: [said] }],
    });
    expect(check(a)).toEqual([
      `${file}: company mistral-ai: headquarters "united-states" conflicts with "paris" in src/data/articles/mistral-ai-450m.ts`,
    ]);
  });

  it('reports a round restated with a different amount', () => {
    const a = article({
      fundingRounds: [{ id: 'mistral-ai-eur-450m', company: 'mistral-ai', amount: money('500000000', 'EUR'), sources: [said] }],
    });
    expect(check(a)).toEqual([
      `${file}: round mistral-ai-eur-450m: amount 500000000 EUR conflicts with 450000000 EUR in src/data/articles/mistral-ai-450m.ts`,
    ]);
  });

  it('reports missing or malformed required facts', () => {
    const a = article({
      slug: 'Inline Article',
      companies: [{ slug: 'acme-ai', name: ' ', kind: 'STARTUP', sources: [] }],
      fundingRounds: [
        {
          id: 'acme-ai-5m',
          company: 'acme-ai',
          amount: money('5 million', 'EURO'),
          announcedOn: '2026-02-30',
          tranches: [{ instrument: 'EQUITY', investors: [], sources: [said] }],
          sources: [said],
        },
      ],
    });
    expect(check(a)).toEqual([
      `${file}: article Inline Article: slug must be lower-case words joined by hyphens`,
      `${file}: company acme-ai: name is empty`,
      `${file}: company acme-ai: cites no passage (sources is empty)`,
      `${file}: round acme-ai-5m: amount "5 million" is not a non-negative decimal string such as "450000000"`,
      `${file}: round acme-ai-5m: amount currency "EURO" is not an ISO 4217 code such as "EUR"`,
      `${file}: round acme-ai-5m: announcedOn "2026-02-30" is not an ISO 8601 date (YYYY-MM-DD)`,
      `${file}: round acme-ai-5m tranche 1: names no investor`,
    ]);
  });

  it('reports two articles with the same slug', () => {
    expect(check(fictional, { ...fictional, file })).toContain(
      `${file}: article fictional-two-rounds: slug already used by tests/fixtures/articles/fictional-two-rounds.ts`,
    );
  });
});
