import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withReference } from '../../scripts/docs-reference';
import { VOCABULARIES } from '../../src/data/sources/vocabularies';

const doc = readFileSync('docs/adding-an-article.md', 'utf8');

it("docs/adding-an-article.md's reference section is what npm run docs:reference writes from the code", () => {
  expect(withReference(doc)).toBe(doc);
  const check = spawnSync('npx', ['tsx', 'scripts/docs-reference.ts', '--check'], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
});

it('lists every enum value and every record field an article file can state', () => {
  for (const values of Object.values(VOCABULARIES)) for (const value of Object.keys(values)) expect(doc).toContain(`| \`${value}\` |`);
  for (const field of ['headquarters', 'competitors', 'kindNote', 'license', 'description', 'announcedOn', 'tranches', 'regionMentions']) {
    expect(doc).toContain(`| \`${field}\` |`);
  }
});

it('goes stale when a value is added, so the check fails until the section is regenerated', () => {
  const stale = doc.replace('| `SERIES_J` |', '| `SERIES_Z` |');
  expect(withReference(stale)).not.toBe(stale);
});
