import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { articleSources } from '../../src/data/articles';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/data-check.ts', ...args], { encoding: 'utf8' });

it('npm run data:check passes on the served articles, alone and with the fictional fixture', () => {
  const alone = run();
  expect(alone.status, alone.stderr).toBe(0);
  expect(alone.stdout).toMatch(new RegExp(`^data:check: ${articleSources.length} article\\(s\\), no problems$`, 'm'));
  const withFixture = run('tests/fixtures/articles/fictional-two-rounds.ts');
  expect(withFixture.status, withFixture.stderr).toBe(0);
  expect(withFixture.stdout).toMatch(new RegExp(`^data:check: ${articleSources.length + 1} article\\(s\\), no problems$`, 'm'));
});

it('npm run data:check prints each problem as file: entity: message, with its fix, and exits non-zero', () => {
  const { status, stderr } = run('tests/fixtures/articles/conflicting.ts');
  expect(status).toBe(1);
  const file = 'tests/fixtures/articles/conflicting.ts';
  const lines = stderr.split('\n');
  expect(lines).toEqual(
    expect.arrayContaining([
      `${file}: company mistral-ai: quote occurs 2 times; pick one with cite(quote, { occurrence: n }) or quote more of its sentence: "Mistral AI, based in the United States, raised €400 million from Globex Capital." (cited by 2 facts)`,
      expect.stringMatching(
        /^tests\/fixtures\/articles\/conflicting\.ts: investment mistral-ai-eur-450m\/globex-capital: quote not found in the text: "Globex Capital, the lead investor, declined to comment\.": the nearest passage is /,
      ),
      `${file}: investment mistral-ai-eur-450m/globex-capital: investor "globex-capital" is not a known company slug; declare it in this article's companies (slug, name, sources)`,
      `${file}: company mistral-ai: headquarters "united-states" conflicts with "paris" in src/data/articles/mistral-ai-450m.ts; state the same headquarters as it does, or leave headquarters out if this article does not say`,
      `${file}: round mistral-ai-eur-450m: amount 400000000 EUR conflicts with 450000000 EUR in src/data/articles/mistral-ai-450m.ts; state the same amount as it does, or leave amount out if this article does not say`,
      'data:check: 5 problem(s)',
    ]),
  );
});

it('npm run data:check rejects an article file that names another path', () => {
  const { status, stderr } = run('tests/fixtures/articles/misnamed.ts');
  expect(status).toBe(1);
  expect(stderr).toContain(
    'tests/fixtures/articles/misnamed.ts: article fictional-misnamed: file is "src/data/articles/misnamed.ts"; it must be "tests/fixtures/articles/misnamed.ts"',
  );
});
