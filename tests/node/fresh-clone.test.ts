import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startWranglerDev } from '../../scripts/wrangler-dev';

// A fresh clone: the files git would check out (tracked, and new ones not ignored), nothing a build
// makes (no public/, dist/ or .wrangler/). Its node_modules is this checkout's, linked rather than
// installed again: an install takes minutes and is what `npm ci` in CI does anyway; what is under
// test is that the two documented commands build and serve from the sources alone.
const PORT = Number(process.env.FRESH_CLONE_PORT ?? 8794);
const INSPECTOR_PORT = Number(process.env.FRESH_CLONE_INSPECTOR_PORT ?? 9294);
const root = resolve(import.meta.dirname, '../..');
const clone = mkdtempSync(join(tmpdir(), 'fresh-clone-'));
let server: DevServer | undefined;

beforeAll(() => {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
});

afterAll(async () => {
  await server?.stop();
  rmSync(clone, { recursive: true, force: true });
});

/** A CORS preflight from `origin`: its status and the origin it allows. */
const preflight = async (base: string, origin: string) => {
  const res = await fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
  return [res.status, res.headers.get('access-control-allow-origin')];
};

/** What a browser needs from the server: the API, GraphiQL's page and its script, the explorer. */
async function expectServing(base: string) {
  const health = await fetch(`${base}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('/assets/graphiql/graphiql.js');
  for (const path of ['/assets/graphiql/graphiql.js', '/assets/graphiql/graphiql.css', '/explore']) {
    const res = await fetch(`${base}${path}`);
    expect([path, res.status]).toEqual([path, 200]);
    await res.arrayBuffer();
  }
}

describe('a fresh clone', () => {
  it('has no built assets to start from', () => {
    expect(existsSync(join(clone, 'package.json'))).toBe(true);
    for (const built of ['public', 'dist', '.wrangler']) expect([built, existsSync(join(clone, built))]).toEqual([built, false]);
  });

  it('serves with `npx wrangler dev --port P`, which builds the assets, and reads CORS_ORIGINS from .dev.vars', {
    timeout: 240_000,
  }, async () => {
    writeFileSync(join(clone, '.dev.vars'), 'CORS_ORIGINS="http://localhost:5173"\n');
    server = await startWranglerDev(PORT, INSPECTOR_PORT, 180_000, [], ['npx', 'wrangler', 'dev'], clone);
    await expectServing(server.url);
    // localhost and 127.0.0.1 are different origins to a browser: only the one listed is allowed.
    expect(await preflight(server.url, 'http://localhost:5173')).toEqual([204, 'http://localhost:5173']);
    expect(await preflight(server.url, 'http://127.0.0.1:5173')).toEqual([403, null]);
    await server.stop();
    server = undefined;
  });

  it('serves with `npm start -- --port P` from no assets again, and takes CORS_ORIGINS from --var', { timeout: 240_000 }, async () => {
    rmSync(join(clone, 'public'), { recursive: true, force: true });
    rmSync(join(clone, '.dev.vars'), { force: true });
    server = await startWranglerDev(
      PORT + 1,
      INSPECTOR_PORT + 1,
      180_000,
      ['--var', 'CORS_ORIGINS:http://127.0.0.1:5173'],
      ['npm', 'start', '--silent', '--'],
      clone,
    );
    await expectServing(server.url);
    expect(await preflight(server.url, 'http://127.0.0.1:5173')).toEqual([204, 'http://127.0.0.1:5173']);
    expect(await preflight(server.url, 'http://localhost:5173')).toEqual([403, null]);
  });
});
