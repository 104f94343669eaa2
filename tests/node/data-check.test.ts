import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/data-check.ts', ...args], { encoding: 'utf8' });

it('npm run data:check passes on the embedded articles and with the fictional fixture', () => {
  const alone = run();
  expect(alone.status).toBe(0);
  expect(alone.stdout).toMatch(/^data:check: 1 article\(s\), no problems$/m);
  expect(run('tests/fixtures/articles/fictional-two-rounds.ts').status).toBe(0);
});

it('npm run data:check prints each problem as file: entity: message and exits non-zero', () => {
  const { status, stderr } = run('tests/fixtures/articles/conflicting.ts');
  expect(status).toBe(1);
  const file = 'tests/fixtures/articles/conflicting.ts';
  expect(stderr.split('\n')).toEqual(
    expect.arrayContaining([
      `${file}: company mistral-ai: quote occurs 2 times; pick one with cite(quote, { occurrence: n }): "Mistral AI, based in the United States, raised €400 million from Globex Capital."`,
      `${file}: investment mistral-ai-eur-450m/globex-capital: quote not found in the text: "Globex Capital, the lead investor, declined to comment."`,
      `${file}: investment mistral-ai-eur-450m/globex-capital: investor "globex-capital" is not a known company slug`,
      `${file}: company mistral-ai: headquarters "united-states" conflicts with "paris" in src/data/articles/mistral-ai-450m.ts`,
      `${file}: round mistral-ai-eur-450m: amount 400000000 EUR conflicts with 450000000 EUR in src/data/articles/mistral-ai-450m.ts`,
      'data:check: 6 problem(s)',
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
