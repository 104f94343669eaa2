import type { Draft, DraftRound } from './draft';
import type { ExistingCompanies } from './existing';
import type { AuthoringFormat } from './format';
import type { DraftModel } from './models';
import type { Organization } from './organizations';
import { resolvePlace } from './places';

/**
 * Writes a draft as an article file in the authoring format: the text in `prose` with one
 * sentence per line, every sentence in the sentence map `s`, and each drafted fact citing the
 * sentences that state it. A fact the format cannot hold yet, or that the drafter is unsure of,
 * is a comment for the reviewer, never data.
 */

export interface ArticleFileOptions {
  /** Repository path of the file being written (its `file` field). */
  readonly file: string;
  /** Import path of the authoring helpers, relative to the file. */
  readonly authoringImport: string;
  readonly slug: string;
  readonly title?: string;
  readonly url?: string;
  readonly publishedOn?: string;
  /** Where the text came from, for the header comment. */
  readonly source: string;
  readonly format: AuthoringFormat;
  readonly existing: ExistingCompanies;
}

/** Lower-case words joined by hyphens ("Wattle & Loom" → "wattle-loom", "Zürich" → "zurich"). */
export const slugify = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'article';

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** Text inside prose`…`: backslashes, backticks and `${` escaped. */
const proseLine = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const comment = (s: string) => s.replace(/\*\//g, '* /').replace(/\n/g, ' ');

const SHORT_SCALE: readonly (readonly [number, string])[] = [
  [12, 't'],
  [9, 'bn'],
  [6, 'm'],
  [3, 'k'],
];
/** "450000000" → "450m", "1500000000" → "1-5bn" (round ids). */
function shortAmount(amount: string): string {
  const [int, frac = ''] = amount.split('.');
  for (const [exp, unit] of SHORT_SCALE) {
    if (int!.length > exp) {
      const head = int!.slice(0, int!.length - exp);
      const tail = `${int!.slice(int!.length - exp)}${frac}`.replace(/0+$/, '');
      return `${head}${tail ? `-${tail}` : ''}${unit}`;
    }
  }
  return amount.replace('.', '-');
}

/** The article file's source code. */
export function articleFile(draft: Draft, options: ArticleFileOptions): string {
  const { format, existing } = options;
  const sentences = draft.article.sentences;
  const key = (i: number) => `s${i + 1}`;
  const cites = (indexes: Iterable<number>) =>
    `[${[...new Set(indexes)]
      .sort((a, b) => a - b)
      .map((i) => `s.${key(i)}`)
      .join(', ')}]`;
  const lines: string[] = [];
  const out = (line = '') => lines.push(line);

  // Sentence map: every sentence once; a sentence the text holds more than once is cited by occurrence.
  out(`import { cite, defineArticle, money, prose } from ${q(options.authoringImport)};`);
  out();
  out('/** Every sentence of the article, in order; the facts below cite them. */');
  out('const s = {');
  for (const sentence of sentences) {
    let count = 0;
    let mine = 0;
    for (let at = draft.article.text.indexOf(sentence.text); at !== -1; at = draft.article.text.indexOf(sentence.text, at + 1)) {
      count++;
      if (at === sentence.start) mine = count;
    }
    out(`  ${key(sentence.index)}: cite(${q(sentence.text)}${count > 1 ? `, { occurrence: ${mine} }` : ''}),`);
  }
  out('};');
  out();

  // Companies: slugs (served ones reused), names, kinds, headquarters, competitors.
  const slugs = new Map<Organization, string>();
  const used = new Set<string>();
  for (const org of draft.companies) {
    const known = existing.match([org.name, ...org.forms]);
    let slug = known?.slug ?? slugify(org.name);
    for (let n = 2; !known && used.has(slug); n++) slug = `${slugify(org.name)}-${n}`;
    used.add(slug);
    slugs.set(org, slug);
  }
  const slugOf = (o: Organization) => slugs.get(o)!;

  out(`/** Drafted by \`npm run article:draft\` from ${comment(options.source)}: review every fact against the sentences it cites. */`);
  out('export default defineArticle({');
  out(`  file: ${q(options.file)},`);
  out(`  slug: ${q(options.slug)},`);
  if (options.title) out(`  title: ${q(options.title)},`);
  if (options.publishedOn) out(`  publishedOn: ${q(options.publishedOn)},`);
  if (options.url) out(`  url: ${q(options.url)},`);
  out('  // Verbatim, one sentence per line (see prose in the authoring helpers).');
  out('  text: prose`');
  let paragraph = 0;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      out();
      paragraph = sentence.paragraph;
    }
    out(proseLine(sentence.text));
  }
  out('`,');

  out('  companies: [');
  for (const org of draft.companies) {
    const known = existing.match([org.name, ...org.forms]);
    const notes: string[] = [];
    const fields: string[] = [`slug: ${q(slugOf(org))}`, `name: ${q(known?.name ?? org.name)}`];
    // Only what this text states: a kind left out agrees with any kind another article gives.
    const stated = org.kind?.value ?? null;
    if (stated && known?.kind && stated !== known.kind) notes.push(`kind: the text says ${stated}; the served data says ${known.kind}`);
    else if (stated && format.companyKind(stated)) fields.push(`kind: ${q(stated)}`);
    else if (stated) notes.push(`kind: ${stated} is not a CompanyKind`);
    const aliases = [...org.forms].filter((f) => f !== (known?.name ?? org.name) && !(known?.aliases ?? []).includes(f));
    if (aliases.length) fields.push(`aliases: [${aliases.map(q).join(', ')}]`);
    if (org.headquarters) {
      const place = resolvePlace(org.headquarters.place);
      const read = place ? format.place(place) : { problem: 'not a place the reference data knows' };
      const knownHq = known?.headquarters ?? null;
      if ('written' in read && (!knownHq || format.regionOf(knownHq) === read.region)) fields.push(`headquarters: ${q(read.written)}`);
      else {
        const why = 'written' in read ? `the served data says ${knownHq}` : read.problem;
        notes.push(`headquarters: ${org.headquarters.place} (${key(org.headquarters.sentence)}): ${why}`);
      }
    }
    const rivals = draft.competitors.filter((c) => c.a === org).map((c) => slugOf(c.b));
    if (rivals.length) fields.push(`competitors: [${rivals.map(q).join(', ')}]`);
    const sources = new Set(org.sentences);
    if (org.kind) sources.add(org.kind.sentence);
    if (org.headquarters) sources.add(org.headquarters.sentence);
    for (const c of draft.competitors) if (c.a === org || c.b === org) sources.add(c.sentence);
    fields.push(`sources: ${cites(sources)}`);
    for (const n of notes) out(`    // ${comment(`${org.name}: ${n}`)}`);
    out(`    { ${fields.join(', ')} },`);
  }
  out('  ],');

  out('  fundingRounds: [');
  const ids = new Set<string>();
  for (const round of draft.fundingRounds) writeRound(round);
  out('  ],');

  function writeRound(round: DraftRound) {
    const company = slugOf(round.company);
    let id = round.amount
      ? `${company}-${round.amount.currency.toLowerCase()}-${shortAmount(round.amount.amount)}`
      : `${company}-${slugify(round.type ?? 'round')}`;
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    const notes: string[] = [];
    const fields: string[] = [`id: ${q(id)}`, `company: ${q(company)}`];
    if (round.type && format.fundingType(round.type)) fields.push(`type: ${q(round.type)}`);
    else if (round.type) notes.push(`type: ${round.type} is not a FundingType`);
    if (round.amount) fields.push(`amount: money(${q(round.amount.amount)}, ${q(round.amount.currency)})`);
    else if (round.value) notes.push(`amount: about ${round.value.amount} ${round.value.currency}; an approximate amount is not data`);
    if (round.valuation) fields.push(`valuation: money(${q(round.valuation.amount)}, ${q(round.valuation.currency)})`);
    if (round.announcedOn) fields.push(`announcedOn: ${q(round.announcedOn)}`);
    const mentions = (o: Organization) => [...round.sentences].filter((i) => [...o.forms].some((f) => sentences[i]!.text.includes(f)));
    const inTranche = new Set(round.tranches.flatMap((t) => t.investors));
    const investments = round.investors
      .filter((o) => !inTranche.has(o) || round.leads.includes(o))
      .map((o) => {
        const where = mentions(o);
        return `{ investor: ${q(slugOf(o))}${round.leads.includes(o) ? ', lead: true' : ''}, sources: ${cites(where.length ? where : round.sentences)} }`;
      });
    if (investments.length) fields.push(`investments: [${investments.join(', ')}]`);
    const tranches = round.tranches.filter((t) => t.investors.length > 0);
    for (const t of round.tranches.filter((x) => x.investors.length === 0)) {
      notes.push(
        `a tranche${t.amount ? ` of ${t.amount.amount} ${t.amount.currency}` : ''} (${key(t.sentence)}) whose investors were not found`,
      );
    }
    if (tranches.length) {
      fields.push(
        `tranches: [${tranches
          .map(
            (t) =>
              `{ instrument: ${q(t.instrument)}${t.amount ? `, amount: money(${q(t.amount.amount)}, ${q(t.amount.currency)})` : ''}, investors: [${t.investors.map((o) => q(slugOf(o))).join(', ')}], sources: ${cites([t.sentence])} }`,
          )
          .join(', ')}]`,
      );
    }
    fields.push(`sources: ${cites(round.sentences)}`);
    for (const n of notes) out(`    // ${comment(`${id}: ${n}`)}`);
    out(`    { ${fields.join(', ')} },`);
  }

  out('  models: [');
  const modelSlugs = new Set<string>();
  for (const model of draft.models) writeModel(model);
  out('  ],');

  function writeModel(model: DraftModel) {
    let slug = slugify(model.name);
    for (let n = 2; modelSlugs.has(slug); n++) slug = `${slugify(model.name)}-${n}`;
    modelSlugs.add(slug);
    const sources = cites(model.sentences);
    if (!model.developer) {
      out(
        `    // ${comment(`${model.name}: a model whose developer the text does not name (${[...model.sentences].map(key).join(', ')})`)}`,
      );
      return;
    }
    const notes: string[] = [];
    const fields = [`slug: ${q(slug)}`, `name: ${q(model.name)}`];
    if (model.kind && format.modelKind(model.kind)) fields.push(`kind: ${q(model.kind)}`);
    else if (model.kind) notes.push(`kind: ${model.kind} is not a ModelKind`);
    fields.push(`developer: ${q(slugOf(model.developer))}`);
    const licenseProblem = model.license ? format.licenseProblem(model.license) : null;
    if (model.license && !licenseProblem) fields.push(`license: ${q(model.license)}`);
    else if (licenseProblem) notes.push(licenseProblem);
    else if (model.unknownLicense) notes.push(`license: "${model.unknownLicense}" has no SPDX id`);
    fields.push(`sources: ${sources}`);
    for (const n of notes) out(`    // ${comment(`${model.name}: ${n}`)}`);
    out(`    { ${fields.join(', ')} },`);
  }

  // Region mentions: one entry per region with every sentence that names it.
  // Region mentions: one entry per region (however the text names it) with every sentence that names it.
  const regions = new Map<string, { written: string; where: Set<number> }>();
  const unplaced: string[] = [];
  for (const m of draft.regionMentions) {
    const read = format.place(m.place);
    if (!('written' in read)) {
      unplaced.push(`${m.place.name} (${key(m.sentence)})`);
      continue;
    }
    const entry = regions.get(read.region) ?? { written: read.written, where: new Set<number>() };
    entry.where.add(m.sentence);
    regions.set(read.region, entry);
  }
  out('  regionMentions: [');
  if (unplaced.length) out(`    // ${comment(`places the reference data cannot read: ${[...new Set(unplaced)].join(', ')}`)}`);
  for (const { written, where } of regions.values()) out(`    { region: ${q(written)}, sources: ${cites(where)} },`);
  out('  ],');
  for (const n of draft.notes) out(`  // Not drafted, ${key(n.sentence)}: ${comment(n.text)}`);
  out('});');
  return `${lines.join('\n')}\n`;
}
