import type { DraftJson } from './json';
import { nameKey } from './organizations';

/**
 * Precision and recall of drafted facts against gold labels, counted over atomic facts as
 * docs/drafting.md says: names match ignoring case, punctuation and a trailing legal suffix, or as a
 * short form the article uses beside the full name; rounds match by company and amount, then order.
 */

export const FACT_KINDS = [
  'companies',
  'headquarters',
  'round',
  'round type',
  'valuation',
  'lead',
  'investor',
  'model',
  'developer',
  'license',
  'competitor pair',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Tally {
  drafted: number;
  gold: number;
  /** Drafted facts that match a gold fact. */
  matchedDrafted: number;
  /** Gold facts that a drafted fact matches. */
  matchedGold: number;
}

export type Scores = Record<FactKind, Tally>;

export const emptyScores = (): Scores =>
  Object.fromEntries(FACT_KINDS.map((k) => [k, { drafted: 0, gold: 0, matchedDrafted: 0, matchedGold: 0 }])) as unknown as Scores;

const norm = nameKey;

/** Name equality for one article: normalized, or one a short form of the other that the text uses too. */
export function nameMatcher(text: string) {
  const lower = norm(text);
  return (a: string | null, b: string | null): boolean => {
    if (a === null || b === null) return a === b;
    const x = norm(a);
    const y = norm(b);
    if (x === y) return true;
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    return long.startsWith(`${short} `) && lower.includes(short) && lower.includes(long);
  };
}

/** One-to-one matching of two lists; returns how many pairs matched. */
function matchCount<A, B>(drafted: readonly A[], gold: readonly B[], same: (a: A, b: B) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const d of drafted) {
    const k = gold.findIndex((g, i) => !used.has(i) && same(d, g));
    if (k !== -1) {
      used.add(k);
      n++;
    }
  }
  return n;
}

function add(t: Tally, drafted: number, gold: number, matched: number) {
  t.drafted += drafted;
  t.gold += gold;
  t.matchedDrafted += matched;
  t.matchedGold += matched;
}

const sameMoney = (a: { amount: string; currency: string } | null, b: { amount: string; currency: string } | null) =>
  a === null || b === null ? a === b : Number(a.amount) === Number(b.amount) && a.currency === b.currency;
const samePlace = (a: string, b: string) => norm(a) === norm(b);

/** Adds one article's facts to `scores`. */
export function scoreArticle(drafted: DraftJson, gold: DraftJson, text: string, scores: Scores = emptyScores()): Scores {
  const same = nameMatcher(text);
  add(
    scores.companies,
    drafted.companies.length,
    gold.companies.length,
    matchCount(drafted.companies, gold.companies, (a, b) => same(a.name, b.name)),
  );
  const hq = (list: DraftJson['companies']) => list.filter((c) => c.headquarters !== null);
  add(
    scores.headquarters,
    hq(drafted.companies).length,
    hq(gold.companies).length,
    matchCount(hq(drafted.companies), hq(gold.companies), (a, b) => same(a.name, b.name) && samePlace(a.headquarters!, b.headquarters!)),
  );

  // Rounds: by company and amount, in order.
  const pairs: [DraftJson['fundingRounds'][number] | null, DraftJson['fundingRounds'][number] | null][] = [];
  const usedDrafted = new Set<number>();
  for (const g of gold.fundingRounds) {
    const k = drafted.fundingRounds.findIndex((d, i) => !usedDrafted.has(i) && same(d.company, g.company) && sameMoney(d.amount, g.amount));
    if (k === -1) pairs.push([null, g]);
    else {
      usedDrafted.add(k);
      pairs.push([drafted.fundingRounds[k]!, g]);
    }
  }
  drafted.fundingRounds.forEach((d, i) => {
    if (!usedDrafted.has(i)) pairs.push([d, null]);
  });
  for (const [d, g] of pairs) {
    add(scores.round, d ? 1 : 0, g ? 1 : 0, d && g ? 1 : 0);
    const dt = d?.type ? 1 : 0;
    const gt = g?.type ? 1 : 0;
    add(scores['round type'], dt, gt, d && g && d.type && d.type === g.type ? 1 : 0);
    add(scores.valuation, d?.valuation ? 1 : 0, g?.valuation ? 1 : 0, d && g && d.valuation && sameMoney(d.valuation, g.valuation) ? 1 : 0);
    const dl = d?.leadInvestors ?? [];
    const gl = g?.leadInvestors ?? [];
    add(scores.lead, dl.length, gl.length, d && g ? matchCount(dl, gl, same) : 0);
    const di = d?.investors ?? [];
    const gi = g?.investors ?? [];
    add(scores.investor, di.length, gi.length, d && g ? matchCount(di, gi, same) : 0);
  }

  const modelSame = (a: { name: string }, b: { name: string }) => norm(a.name) === norm(b.name);
  add(scores.model, drafted.models.length, gold.models.length, matchCount(drafted.models, gold.models, modelSame));
  const withDev = (list: DraftJson['models']) => list.filter((m) => m.developer !== null);
  add(
    scores.developer,
    withDev(drafted.models).length,
    withDev(gold.models).length,
    matchCount(withDev(drafted.models), withDev(gold.models), (a, b) => modelSame(a, b) && same(a.developer, b.developer)),
  );
  const withLicense = (list: DraftJson['models']) => list.filter((m) => m.license !== null);
  add(
    scores.license,
    withLicense(drafted.models).length,
    withLicense(gold.models).length,
    matchCount(withLicense(drafted.models), withLicense(gold.models), (a, b) => modelSame(a, b) && a.license === b.license),
  );
  add(
    scores['competitor pair'],
    drafted.competitors.length,
    gold.competitors.length,
    matchCount(drafted.competitors, gold.competitors, ([a, b], [c, d]) => (same(a, c) && same(b, d)) || (same(a, d) && same(b, c))),
  );
  return scores;
}

/** Precision and recall of one tally (1 when there is nothing to count). */
export const precision = (t: Tally) => (t.drafted === 0 ? 1 : t.matchedDrafted / t.drafted);
export const recall = (t: Tally) => (t.gold === 0 ? 1 : t.matchedGold / t.gold);

/** All kinds summed. */
export function overall(scores: Scores): Tally {
  const total = { drafted: 0, gold: 0, matchedDrafted: 0, matchedGold: 0 };
  for (const k of FACT_KINDS) {
    total.drafted += scores[k].drafted;
    total.gold += scores[k].gold;
    total.matchedDrafted += scores[k].matchedDrafted;
    total.matchedGold += scores[k].matchedGold;
  }
  return total;
}

/** The per-kind table `npm run eval:draft` prints. */
export function formatScores(scores: Scores): string {
  const row = (name: string, t: Tally) =>
    `| ${name.padEnd(15)} | ${String(t.drafted).padStart(7)} | ${String(t.gold).padStart(4)} | ${String(t.matchedGold).padStart(7)} | ${precision(t).toFixed(3)} | ${recall(t).toFixed(3)} |`;
  return [
    '| fact kind       | drafted | gold | matched | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...FACT_KINDS.map((k) => row(k, scores[k])),
    row('overall', overall(scores)),
  ]
    .join('\n')
    .replace(/\| (\d\.\d{3}) \| (\d\.\d{3}) \|/g, (_, p, r) => `| ${p.padStart(9)} | ${r.padStart(6)} |`);
}
