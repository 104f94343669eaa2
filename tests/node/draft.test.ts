import { tsImport } from 'tsx/esm/api';
import { describe, expect, it } from 'vitest';

// Loaded by Node itself (through tsx), as `npm run article:draft` and `npm run eval:draft` load them.
const { draftArticle, summarize } = (await tsImport(
  '../../scripts/draft/draft.ts',
  import.meta.url,
)) as typeof import('../../scripts/draft/draft');
const { PATTERNS } = (await tsImport('../../scripts/draft/patterns.ts', import.meta.url)) as typeof import('../../scripts/draft/patterns');
const { evaluateCorpus, evaluateSeed } = (await tsImport(
  '../../scripts/draft/evaluate.ts',
  import.meta.url,
)) as typeof import('../../scripts/draft/evaluate');
const { formatScores, overall, precision, recall, FACT_KINDS } = (await tsImport(
  '../../scripts/draft/score.ts',
  import.meta.url,
)) as typeof import('../../scripts/draft/score');
const { toJson } = (await tsImport('../../scripts/draft/json.ts', import.meta.url)) as typeof import('../../scripts/draft/json');

describe('the funding phrasing table', () => {
  it.each(PATTERNS.map((p) => [p.id, p] as const))('drafts what its example states: %s', (_, pattern) => {
    const lines = summarize(draftArticle(pattern.example));
    for (const line of pattern.expect) {
      if (line.startsWith('not ')) expect(lines.filter((l) => l.startsWith(line.slice(4)))).toEqual([]);
      else expect(lines).toContain(line);
    }
  });
});

const { licenseMentions } = (await tsImport(
  '../../scripts/draft/licenses.ts',
  import.meta.url,
)) as typeof import('../../scripts/draft/licenses');

describe('license names', () => {
  it.each([
    ['which it released last year under the Mozilla Public License 2.0.', 'MPL-2.0'],
    ['available under the Apache License, Version 2.0, with weights', 'Apache-2.0'],
    ['The model is GPLv3 licensed.', 'GPL-3.0-only'],
    ['shipped under CC BY 4.0 for research', 'CC-BY-4.0'],
    ['released under the Quokka Community License 2.0.', null],
  ])('reads "%s" as %s', (sentence, spdxId) => {
    expect(licenseMentions(sentence).map((m) => m.spdxId)).toEqual([spdxId]);
  });
});

describe('drafting', () => {
  it('reads amounts in every common spelling, never converted', () => {
    const round = (text: string) => toJson(draftArticle(text)).fundingRounds.map((r) => r.amount);
    expect(round('Acme Robotics raised ¥2 billion (about $13 million) in a Series A round.')).toEqual([
      { amount: '2000000000', currency: 'JPY' },
    ]);
    expect(round('Acme Robotics raised US$5m in seed funding.')).toEqual([{ amount: '5000000', currency: 'USD' }]);
    expect(round('Acme Robotics has raised CA$30 million.')).toEqual([{ amount: '30000000', currency: 'CAD' }]);
    expect(round('Acme Robotics raised 5 million euros in a seed round.')).toEqual([{ amount: '5000000', currency: 'EUR' }]);
    expect(round('Acme Robotics raised USD 20 million.')).toEqual([{ amount: '20000000', currency: 'USD' }]);
    expect(round('Acme Robotics closed a $12.5 million round.')).toEqual([{ amount: '12500000', currency: 'USD' }]);
    expect(round('Acme Robotics raised $1.5bn.')).toEqual([{ amount: '1500000000', currency: 'USD' }]);
    expect(round('Acme Robotics raised more than $20 million.')).toEqual([null]);
  });

  it('states no round for revenue, plans, totals or acquisitions, and never names a person as a company', () => {
    const draft = toJson(
      draftArticle(
        [
          'Kestrel Analytics said revenue reached $40 million last year.',
          'The company is in talks to raise $100 million, according to people familiar with the matter.',
          'It has raised $60 million to date from investors including Northstar Capital.',
          'Kestrel bought Lumen Forms for $35 million.',
          '"We are growing fast," said chief executive Jane Whitfield.',
        ].join(' '),
      ),
    );
    expect(draft.fundingRounds).toEqual([]);
    expect(draft.companies.map((c) => c.name)).not.toContain('Jane Whitfield');
    expect(draft.companies.map((c) => c.name)).not.toContain('Lumen Forms');
  });

  it('states a round once when the headline and the body both state it, under the full name', () => {
    const draft = toJson(
      draftArticle(
        'Fennel raises €8M seed round\n\nFennel Robotics, a Ghent-based startup, has raised €8 million in a seed round led by Dune Capital.',
      ),
    );
    expect(draft.fundingRounds).toEqual([
      {
        company: 'Fennel Robotics',
        type: 'SEED',
        amount: { amount: '8000000', currency: 'EUR' },
        valuation: null,
        leadInvestors: ['Dune Capital'],
        investors: ['Dune Capital'],
      },
    ]);
    expect(draft.companies).toContainEqual({ name: 'Fennel Robotics', kind: 'STARTUP', headquarters: 'Ghent' });
  });

  it('dates a round from a relative expression when the publication date is given', () => {
    const draft = draftArticle('Fennel Robotics said on Tuesday it had raised €8 million.', { publishedOn: '2025-03-07' });
    expect(draft.fundingRounds[0]?.announcedOn).toBe('2025-03-04');
    expect(draftArticle('Fennel Robotics said on Tuesday it had raised €8 million.').fundingRounds[0]?.announcedOn).toBeNull();
  });
});

describe('the evaluation', () => {
  it('scores at least 0.95 precision and 0.9 recall over the labeled corpus', () => {
    const { total, articles } = evaluateCorpus();
    console.log(`drafting corpus (${articles.length} articles):\n${formatScores(total)}`);
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expect(FACT_KINDS.every((k) => total[k].gold > 0)).toBe(true);
    expect(precision(overall(total))).toBeGreaterThanOrEqual(0.95);
    expect(recall(overall(total))).toBeGreaterThanOrEqual(0.9);
  });

  it("drafts the seed article's round, lead, investors and model as its hand-written file states them", () => {
    const seed = evaluateSeed();
    console.log(`seed article:\n${formatScores(seed)}`);
    expect(seed.round.matchedGold).toBe(1);
    expect(seed.lead.matchedGold).toBe(1);
    expect(seed.investor.matchedGold).toBe(3);
    expect(seed.license.matchedGold).toBe(1);
    expect(precision(overall(seed))).toBeGreaterThanOrEqual(0.9);
  });
});

const { articleFile } = (await tsImport(
  '../../scripts/draft/article-file.ts',
  import.meta.url,
)) as typeof import('../../scripts/draft/article-file');
const { FORMAT } = (await tsImport('../../scripts/draft/format.ts', import.meta.url)) as typeof import('../../scripts/draft/format');
const { ExistingCompanies } = (await tsImport(
  '../../scripts/draft/existing.ts',
  import.meta.url,
)) as typeof import('../../scripts/draft/existing');

describe('the article-file writer', () => {
  const write = (text: string) =>
    articleFile(draftArticle(text), {
      file: 'tests/.out/okapi.ts',
      authoringImport: '../../src/data/sources/authoring',
      slug: 'okapi',
      source: 'okapi.txt',
      format: FORMAT,
      existing: new ExistingCompanies(),
    });

  it('writes places, kinds and licenses as article files state them', () => {
    const file = write(
      'Lisbon-based startup Okapi Robotics has raised €62 million in a Series B round led by Northwind Ventures, with the French public investment bank Bpifrance and tech giant Nvidia Corp joining.',
    );
    expect(file).toContain("{ slug: 'okapi-robotics', name: 'Okapi Robotics', kind: 'STARTUP', headquarters: 'Lisbon, PT'");
    expect(file).toContain("{ slug: 'bpifrance', name: 'Bpifrance', kind: 'BANK', headquarters: 'FR'");
    // A served company is matched by alias ("Nvidia Corp") and written as the served data names it.
    expect(file).toContain("{ slug: 'nvidia', name: 'Nvidia', kind: 'CORPORATION', sources: [s.s1] }");
    expect(file).toContain("{ investor: 'northwind-ventures', lead: true");
    expect(file).toContain("{ region: 'Lisbon, PT', sources: [s.s1] }");
  });

  it('leaves a kind the text does not state out, and a license SPDX does not know as a comment', () => {
    const file = write(
      'Quokka Labs has raised $9 million from Tern Partners. The company also released Quokka-7, a model available under the Quokka Community License.',
    );
    expect(file).toMatch(/\{ slug: 'tern-partners', name: 'Tern Partners', sources: \[s\.s1\] \}/);
    expect(file).toMatch(/\/\/ Quokka-7: license: .*Quokka Community License.* has no SPDX id/);
    expect(file).not.toMatch(/license: '/);
  });

  it('notes a headquarters that conflicts with the served data instead of stating it', () => {
    const file = write('Berlin-based Mistral AI has raised €20 million in a seed round led by Kelp Ventures.');
    expect(file).not.toContain("headquarters: 'Berlin, DE'");
    expect(file).toMatch(/\/\/ Mistral AI: headquarters: Berlin \(s1\): the served data says Paris, FR/);
  });
});
