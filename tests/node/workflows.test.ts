import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  'runs-on'?: string;
  if?: string;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, any>;
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(path, 'utf8');
const CI = '.github/workflows/ci.yml';
const DEPLOY = '.github/workflows/deploy.yml';
const ci = parse(read(CI)) as Workflow;
const deploy = parse(read(DEPLOY)) as Workflow;
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** Each line of every `run:` of a job, trimmed. */
const runLines = (job: Job) =>
  job.steps.flatMap((step) =>
    (step.run ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
/** How a workflow reads a repository secret (GitHub's expression syntax). */
const secretRef = (name: string) => `\${{ secrets.${name} }}`;
/** The errors the workflow schema check reports for a YAML text. */
const errorsOf = (yaml: string) => validateWorkflow(yaml).errors;

describe('GitHub Actions workflows', () => {
  it.each([CI, DEPLOY])('%s passes the workflow schema check', (path) => {
    expect(errorsOf(read(path))).toEqual([]);
  });

  it('the schema check refuses broken workflows', () => {
    const noRunner = structuredClone(ci);
    delete noRunner.jobs.test!['runs-on'];
    const badTrigger = { ...structuredClone(ci), on: { pushed: null } };
    const badTimeout = structuredClone(deploy) as any;
    badTimeout.jobs.production['timeout-minutes'] = 'soon';
    const badStep = structuredClone(deploy) as any;
    badStep.jobs.staging.steps[0] = { usess: 'actions/checkout@v4' };
    for (const broken of [noRunner, badTrigger, badTimeout, badStep]) {
      expect(errorsOf(stringify(broken)), stringify(broken).slice(0, 200)).not.toEqual([]);
    }
    expect(errorsOf(`${read(CI)}\n  : [`)[0]?.code).toBe('parse_error');
  });

  it('CI runs every npm and node command of .ci/run, as written there and in the same order', () => {
    const commands = read('.ci/run')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^(npm|node) /.test(line))
      .map((line) => line.replace(/\s*\|\|.*$/, ''));
    expect(commands).toEqual(
      expect.arrayContaining([
        'npm ci --no-audit --no-fund',
        expect.stringMatching(/^npm test /),
        expect.stringMatching(/^npm run test:browser /),
      ]),
    );
    const job = ci.jobs.test!;
    const lines = runLines(job);
    const positions = commands.map((command) => lines.indexOf(command));
    expect(
      positions.every((at) => at >= 0),
      `missing from ${CI}: ${commands.filter((_, i) => positions[i]! < 0).join(' | ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('CI runs on push and pull requests, with Node from .nvmrc, npm caching, Chrome and the reports uploaded', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const job = ci.jobs.test!;
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(read('.nvmrc').trim()).toMatch(/^\d+$/);
    // e2e/browser-session.ts launches the browser at CHROMIUM_PATH.
    expect(read('e2e/browser-session.ts')).toContain('process.env.CHROMIUM_PATH');
    expect(job.env?.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.path).split('\n')).toEqual(expect.arrayContaining(['test-results/*.png', 'test-results/*.json']));
    expect(read('e2e/browser.test.ts')).toContain("path: 'test-results/playground.png'");
  });

  it('Deploy runs npm run deploy with the Cloudflare secrets once CI passed on main, and staging on request', () => {
    expect(deploy.on.workflow_run).toEqual({ workflows: [ci.name], types: ['completed'], branches: ['main'] });
    const production = deploy.jobs.production!;
    expect(production.if).toContain("github.event.workflow_run.conclusion == 'success'");
    const secrets = { CLOUDFLARE_API_TOKEN: secretRef('CLOUDFLARE_API_TOKEN'), CLOUDFLARE_ACCOUNT_ID: secretRef('CLOUDFLARE_ACCOUNT_ID') };
    const deployStep = production.steps.find((step) => step.run === 'npm run deploy');
    expect(deployStep?.env).toEqual(secrets);
    expect(runLines(production)).toContain('npm ci --no-audit --no-fund');

    const staging = deploy.jobs.staging!;
    expect(staging.if).toContain("'deploy:staging'");
    expect(staging.if).toContain("github.event_name == 'workflow_dispatch'");
    expect(staging.steps.find((step) => step.run === 'npm run deploy:staging')?.env).toEqual(secrets);
    expect(Object.keys(deploy.on)).toEqual(expect.arrayContaining(['pull_request', 'workflow_dispatch']));
    expect(scripts.deploy).toContain('wrangler deploy');
    expect(scripts['deploy:staging']).toContain('--env staging');
  });
});
