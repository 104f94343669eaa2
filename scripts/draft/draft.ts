import { clauseEnd, clauseStart, namesIn, subjectBefore } from './clause';
import { announcedOn } from './dates';
import { headquartersIn } from './headquarters';
import { kindsIn } from './kinds';
import { type DraftModel, modelsIn } from './models';
import { kronaOf, type MoneyMention, moneyMentions } from './money';
import { kindOf, nameKind, People, parseList, personCue, placeOf } from './names';
import { type Organization, Organizations } from './organizations';
import { LIST_PATTERNS, type PhrasePattern, RAISE_VERB } from './patterns';
import { countryCode, nationalityCode, type Place, resolvePlace } from './places';
import { instrumentOf, isPast, isRumour, moneyRole, type TypeMention, typeMentions } from './rounds';
import { type ArticleText, splitArticle } from './sentences';
import { type Token, tokenize } from './tokens';
import type { Resolver, SentenceView } from './view';

/**
 * Drafts the facts of one funding-news article: companies (kind, headquarters), funding rounds
 * (type, amount, valuation, leads, investors, tranches, date), models (developer, license),
 * competition and region mentions, each with the sentences that state it, plus notes for what the
 * reviewer must decide. Nothing here writes files: json.ts and article-file.ts do.
 */

export interface Money {
  readonly amount: string;
  readonly currency: string;
}

export interface DraftTranche {
  readonly instrument: 'CONVERTIBLE_DEBT' | 'EQUITY' | 'UNSPECIFIED';
  readonly amount: Money | null;
  investors: Organization[];
  readonly sentence: number;
}

export interface DraftRound {
  company: Organization;
  type: string | null;
  amount: Money | null;
  /** The amount's value even when the text gives it approximately (for telling rounds apart). */
  value: Money | null;
  valuation: Money | null;
  leads: Organization[];
  investors: Organization[];
  tranches: DraftTranche[];
  announcedOn: string | null;
  past: boolean;
  readonly sentences: Set<number>;
  readonly notes: string[];
}

export interface DraftCompetition {
  readonly a: Organization;
  readonly b: Organization;
  readonly sentence: number;
}

export interface DraftNote {
  readonly sentence: number;
  readonly text: string;
}

export interface Draft {
  readonly article: ArticleText;
  /** Labeled organizations: parties to a fact, or with a stated headquarters. */
  readonly companies: readonly Organization[];
  readonly fundingRounds: readonly DraftRound[];
  readonly models: readonly DraftModel[];
  readonly competitors: readonly DraftCompetition[];
  readonly regionMentions: readonly { readonly place: Place; readonly sentence: number }[];
  readonly notes: readonly DraftNote[];
}

export interface DraftOptions {
  /** ISO date the article was published: relative dates ("on Tuesday") become dates. */
  readonly publishedOn?: string;
}

/** Title-case words that end a name in a headline ("Okapi Robotics Lands €62M …"). */
const HEADLINE_STOPS = new Set(
  (
    'raises raised lands secures closes bags nabs gets wins snags picks adds takes announces completes receives scores hauls grabs pulls banks ' +
    'books collects attracts unveils launches releases debuts opens says to in for with as at from led by and of on after amid the a an its ' +
    'series seed round funding million billion is are was has have will valued valuation bring brings build builds expand expands ' +
    'help helps make makes power powers scale scales grow grows fuel fuels accelerate accelerates cut cuts buy buys acquire acquires ' +
    'partner partners eye eyes plan plans target targets back backs join joins lead leads hire hires enter enters push pushes ' +
    'double doubles boost boosts take tackle tackles automate automates new its their into over up'
  ).split(' '),
);

const ADVERBS = /^(?:has|have|had|also|now|just|recently|previously|reportedly|quietly|finally|officially|successfully)$/i;

/** The organization named right before the funding verb that governs an amount ("… and Lingxi raised"). */
function nameBeforeVerb(view: SentenceView, from: number, at: number, people: People): string | undefined {
  const { tokens, text } = view;
  let verb = -1;
  for (let k = at - 1; k >= from && k >= at - 6; k--) {
    if (RAISE_VERB.test(tokens[k]!.text) && tokens[k]!.text === tokens[k]!.lower) {
      verb = k;
      break;
    }
  }
  if (verb === -1) return undefined;
  let end = verb;
  while (end > from && ADVERBS.test(tokens[end - 1]!.text)) end--;
  const names = namesIn(text, tokens, from, end, people, view.stops);
  const last = names.at(-1);
  return last && last.chunk.to === end && last.kind === 'organization' ? last.chunk.text : undefined;
}

const sameMoney = (a: Money | null, b: Money | null) =>
  (a === null) === (b === null) && (!a || (a.amount === b!.amount && a.currency === b!.currency));

/** Words between an amount and a round type that make the type a later round's ("as it eyes Series A"). */
const LATER_ROUND = /\b(?:eyes|eyeing|plans?|planning|expects?|ahead of|until|before|towards?|targets?|targeting|prepares? for|next)\b/i;

/** Drafts an article's facts from its plain text. */
export function draftArticle(raw: string, options: DraftOptions = {}): Draft {
  const article = splitArticle(raw);
  const terms = article.terms;
  const krona = kronaOf(article.text);
  const people = new People();
  // A brand written in lower case ("nuvola", "deepset") shows itself by opening sentences; where
  // it does, its every occurrence is a name.
  const openers = article.sentences
    .map((s) => /^(?:[•·*–-]\s*)?([a-z][\p{L}\p{N}]*)\b/u.exec(s.text)?.[1])
    .filter((w): w is string => Boolean(w));
  const brands = new Set(openers.filter((w) => article.text.split(w).length > 2));
  const branded = (t: Token): Token =>
    !t.namey && [...brands].some((b) => t.text === b || t.text.startsWith(`${b}-`)) ? { ...t, namey: true } : t;
  const views: SentenceView[] = article.sentences.map((s) => {
    const words = s.text.split(' ');
    const titleCase = words.length >= 4 && words.filter((w) => /^[\p{Lu}\p{N}$€£¥₩₹]/u.test(w)).length > words.length * 0.6;
    // In a title-case line every word is capitalised: its verbs and prepositions cannot be names.
    const tokens = tokenize(s.text, terms, s.start)
      .map(branded)
      .map((t, k) => (titleCase && k > 0 && HEADLINE_STOPS.has(t.lower) ? { ...t, namey: false } : t));
    return {
      index: s.index,
      text: s.text,
      tokens,
      headline: s.headline,
      ...(titleCase ? { stops: (t: Token) => HEADLINE_STOPS.has(t.lower) } : {}),
    };
  });
  for (const v of views) people.collect(v.text, v.tokens);

  const orgs = new Organizations(article.text);
  const notes: DraftNote[] = [];
  let focus: Organization | undefined;
  const resolver: Resolver = {
    people,
    org(name, sentence, evenIfPlace = false) {
      // "Beersheba's Midbar Robotics": the place that owns the name is where it is, not part of it.
      const owner = /^(.+?)['’]s\s+(?=\p{Lu})/u.exec(name);
      const named = owner && resolvePlace(owner[1]!, { minCityPopulation: 50_000 }) ? name.slice(owner[0].length) : name;
      const clean = named.replace(/['’]s?$/, '').trim();
      const tokens = tokenize(clean);
      if (tokens.length === 0) return undefined;
      const kind = nameKind(tokens, { from: 0, to: tokens.length, text: clean }, people);
      if (kind !== 'organization' && !(evenIfPlace && kind === 'place')) return undefined;
      return orgs.mention(clean, sentence);
    },
    focus: () => focus,
    setFocus(org) {
      focus = org;
    },
  };

  const rounds: DraftRound[] = [];
  /** Amounts the text states as totals (of a company's funding, or of the parts of one announcement). */
  const totals: Money[] = [];
  /** Organizations given a headquarters by "Oslo's X": labeled for it only when the text names them again. */
  const ownedOnly = new Set<Organization>();
  const models = new Map<string, DraftModel>();
  const competitors: DraftCompetition[] = [];
  const regionMentions: { place: Place; sentence: number }[] = [];
  /** The round "the round", "the financing" refer to: the latest that is not an earlier one. */
  let sentenceIndex = 0;
  const currentRound = (types: readonly TypeMention[], text: string) => {
    // "… raised a €9 million Series A in 2024. That round was led by …": the round the sentence before told.
    if (/^(?:that|this)\s+(?:round|raise|financing|investment|deal)\b/i.test(text)) {
      const told = [...rounds].reverse().find((r) => r.sentences.has(sentenceIndex - 1));
      if (told) return told;
    }
    const typed = types.map((t) => t.type).filter(Boolean);
    const byType = [...rounds].reverse().find((r) => r.type && typed.includes(r.type));
    if (byType) return byType;
    // "Insight Partners led the equity round": a lender does not lead; debt is meant only when named.
    const debtNamed = /\b(?:debt|credit|loan|facility|lender|notes?)\b/i.test(text);
    const current = [...rounds].reverse().filter((r) => !r.past);
    return (debtNamed ? undefined : current.find((r) => r.type !== 'DEBT_FINANCING')) ?? current[0] ?? rounds.at(-1);
  };

  for (const view of views) {
    const { text, tokens, index } = view;
    sentenceIndex = index;
    if (index === 0 || (view.headline && !focus)) {
      const first = subjectBefore(text, tokens, tokens.length, people, view.stops);
      const org = first && first !== 'focus' ? resolver.org(first, index) : undefined;
      if (org && !focus) focus = org;
    }
    const rumour = isRumour(text);
    const types = typeMentions(text);
    const money = moneyMentions(text, krona);
    const listHits = LIST_PATTERNS.filter((p) => p.fact !== 'competitor' && !p.needsRound && p.trigger.test(text));
    const investorCue = listHits.length > 0 || /\b(?:contribut\w+|providing|put(?:ting)? in|chipp\w+ in)\b/i.test(text);
    const tokenAt = (offset: number) => {
      const k = tokens.findIndex((t) => t.start >= offset);
      return k === -1 ? tokens.length : k;
    };
    const sentenceRounds: { round: DraftRound; start: number }[] = [];
    let previous: MoneyMention | undefined;
    let pendingValuation: Money | null = null;
    const roles: string[] = [];

    for (const m of money) {
      const at = tokenAt(m.start);
      roles.push(
        moneyRole(m, previous, {
          sentence: text,
          clauseStart: tokens[clauseStart(tokens, at)]?.start ?? 0,
          clauseEnd: tokens[clauseEnd(tokens, at)]?.start ?? text.length,
          investorCue,
        }),
      );
      previous = m;
    }
    // "… secured R120 million. The financing comprises an R80 million seed round … and an R40 million
    // facility …": the amount the sentence before told is the parts' total, not a round of its own.
    if (
      /^(?:the|this|that)\s+(?:financing|funding|round|capital|money|raise|investment)\s+(?:comprises|comprised|consists of|consisted of|is made up of|was made up of|is split|was split|is divided|was divided)\b/i.test(
        text,
      )
    ) {
      for (let k = rounds.length - 1; k >= 0; k--) {
        const r = rounds[k]!;
        const parts = money.filter((m, n) => roles[n] !== 'conversion' && m.currency === r.value?.currency);
        if (!r.sentences.has(index - 1) || !r.value || parts.length < 2) continue;
        if (parts.reduce((sum, m) => sum + Number(m.value), 0) === Number(r.value.amount)) {
          totals.push(r.value);
          rounds.splice(k, 1);
        }
      }
    }
    for (const [n, m] of money.entries()) {
      const role = roles[n]!;
      const at = tokenAt(m.start);
      const cs = clauseStart(tokens, at);
      const ce = clauseEnd(tokens, at);
      if (role === 'total') totals.push({ amount: m.value, currency: m.currency });
      if (rumour && (role === 'round' || role === 'valuation')) continue;
      if (role === 'valuation') {
        const valuation = m.amount ? { amount: m.amount, currency: m.currency } : null;
        const target =
          sentenceRounds.at(-1)?.round ?? (/\b(?:would|could|may|might)\b/i.test(text) ? undefined : currentRound(types, text));
        if (target && valuation && !target.valuation) {
          target.valuation = valuation;
          target.sentences.add(index);
        } else if (!target) pendingValuation = valuation;
        continue;
      }
      if (role === 'tranche') {
        const target = currentRound(types, text);
        if (target) {
          target.tranches.push({
            instrument: instrumentOf(text),
            amount: m.amount ? { amount: m.amount, currency: m.currency } : null,
            investors: [],
            sentence: index,
          });
          target.sentences.add(index);
        }
        continue;
      }
      if (role !== 'round') continue;
      // Who raised: "a $20 million round for Acme", "Acme's $20 million round", the clause's subject, or "it".
      const afterText = text.slice(m.end);
      const forName =
        /^\s*(?:[\w-]+\s+){0,4}?(?:for|in|into|(?:round|investment|financing) of)\s+([\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*)*)/u.exec(
          afterText,
        );
      const possessive = /([\p{Lu}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*)*)['’]s?\s+(?:[\w-]+\s+){0,2}$/u.exec(
        text.slice(0, m.start),
      );
      const subject = subjectBefore(text, tokens, at, people, view.stops);
      // "The Gates Foundation gave Mavuno a $750,000 grant": the one given to raised it.
      const givenTo =
        /\b(?:gave|gives|given|awarded|awards|granted|grants|handed|hands|lent|lends|extended|extends|offered|offers)\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)*)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$/u.exec(
          text.slice(0, m.start),
        );
      const given = givenTo ? resolver.org(givenTo[1]!, index) : undefined;
      const named =
        (possessive ? resolver.org(possessive[1]!, index) : undefined) ?? (forName ? resolver.org(forName[1]!, index) : undefined);
      // "… and Lingxi raised RMB 300 million": the name right before the funding verb, if there is one.
      const adjacent = nameBeforeVerb(view, cs, at, people);
      const bySubject =
        (adjacent ? resolver.org(adjacent, index) : undefined) ??
        (subject === 'focus' ? focus : subject ? resolver.org(subject, index) : undefined);
      // "X led the $1.5bn round for Halyard": without a funding verb the subject is an investor.
      let company = given ?? (RAISE_VERB.test(text.slice(tokens[cs]?.start ?? 0, m.start)) ? (bySubject ?? named) : (named ?? bySubject));
      // "Its last round was a $25 million Series B", "a A$3 million seed round that was led by …": the article's company.
      if (
        !company &&
        !RAISE_VERB.test(text.slice(0, m.start)) &&
        subject === null &&
        !/\b(?:startups|companies|firms)\b/i.test(text.slice(0, m.start))
      ) {
        company = focus;
      }
      if (!company && view.headline) {
        const first = subjectBefore(text, tokens, tokens.length, people, view.stops);
        company = first && first !== 'focus' ? resolver.org(first, index) : undefined;
      }
      if (!company) {
        notes.push({ sentence: index, text: `an amount of ${m.text} that reads as a round, but whose company was not found` });
        continue;
      }
      // The type named nearest the amount in its clause, preferring one after it ("$20 million Series A").
      const clauseFrom = tokens[cs]?.start ?? 0;
      const clauseTo = tokens[ce]?.start ?? text.length;
      // "raises $3 million bridge round as it eyes Series A": a type the company is heading for is a later round's.
      const inClause = types.filter(
        (t) => t.start >= clauseFrom && t.end <= clauseTo && !(t.start > m.end && LATER_ROUND.test(text.slice(m.end, t.start))),
      );
      const otherMoney = money.filter((o, k) => o !== m && roles[k] !== 'conversion' && o.start >= clauseFrom && o.end <= clauseTo);
      const nearest = [...inClause].sort((a, b) => Math.abs(a.start - m.end) - Math.abs(b.start - m.end))[0];
      const type =
        nearest && !otherMoney.some((o) => Math.abs(o.start - nearest.start) < Math.abs(m.start - nearest.start)) ? nearest.type : null;
      const value = { amount: m.value, currency: m.currency };
      const round = addRound(rounds, {
        company,
        type,
        amount: m.amount ? { amount: m.amount, currency: m.currency } : null,
        value,
        past: isPast(text.slice(clauseFrom, clauseTo)),
        sentence: index,
      });
      if (pendingValuation && !round.valuation) round.valuation = pendingValuation;
      pendingValuation = null;
      sentenceRounds.push({ round, start: m.start });
      if (!round.past) focus = company;
    }

    // A funding verb with a type but no amount: "closed an undisclosed seed round".
    if (sentenceRounds.length === 0 && !rumour && !roles.some((r) => r === 'plan' || r === 'total')) {
      const raise =
        /\b(?:raised|raises|secured|secures|closed|closes|landed|lands|completed|completes|announced|announces|received|receives)\s+(?:an?\s+|its\s+|the\s+)?(?:undisclosed\s+(?:amount|sum)|(?:[\w-]+\s+){0,2}(?:round|funding|financing|investment|grant)|(?:pre-)?seed\b|series\s+[a-j])\b/i.exec(
          text,
        );
      const typed = types.find((t) => t.type && t.type !== 'UNDISCLOSED') ?? types.find((t) => t.type);
      if (raise && (typed || /undisclosed/i.test(raise[0])) && !/\bto\s+$/i.test(text.slice(0, raise.index))) {
        const at = tokenAt(raise.index);
        const subject = subjectBefore(text, tokens, at, people, view.stops);
        const company = subject === 'focus' ? focus : subject ? resolver.org(subject, index) : undefined;
        if (company) {
          const type = typed?.type ?? 'UNDISCLOSED';
          const existing = rounds.find((r) => r.company === company && (r.type === type || r.type === null));
          const round = existing ?? addRound(rounds, { company, type, amount: null, value: null, past: isPast(text), sentence: index });
          round.type ??= type;
          round.sentences.add(index);
          sentenceRounds.push({ round, start: raise.index });
        }
      }
    }
    // "Ardent Capital and Norberg Ventures had also backed its seed round": investors of an earlier
    // round of the article's company, stated as a fact.
    const backed =
      /\b(?:backed|funded|invested in|participated in|took part in)\s+(?:its|their|the company's|the startup's)\s+(?:[\w-]+\s+){0,2}?(?:pre-seed|seed|series\s+[a-j])\b/i.exec(
        text,
      );
    const backedType = backed && types.find((t) => t.type && t.start >= backed.index);
    if (sentenceRounds.length === 0 && !rumour && backedType && focus) {
      const type = backedType.type!;
      const round =
        rounds.find((r) => r.company === focus && r.type === type) ??
        addRound(rounds, { company: focus, type, amount: null, value: null, past: true, sentence: index });
      round.sentences.add(index);
      sentenceRounds.push({ round, start: backed.index });
    }
    // "The Series B was led by …": a type named without an amount sets the round's type when it has none.
    const target = sentenceRounds.at(-1)?.round ?? currentRound(types, text);
    if (
      sentenceRounds.length === 0 &&
      target &&
      !target.type &&
      types.length === 1 &&
      types[0]!.type &&
      /\b(?:the|this|its)\s+$/i.test(text.slice(0, types[0]!.start))
    ) {
      target.type = types[0]!.type;
      target.sentences.add(index);
    }

    // Leads, investors, competitors.
    const totalOnly = roles.length > 0 && roles.every((r) => r !== 'round') && roles.some((r) => r === 'total' || r === 'plan');
    // In the order of the sentence, so a phrase that needs a round can lean on an earlier one that attached.
    const hits = LIST_PATTERNS.flatMap((pattern) =>
      [...text.matchAll(new RegExp(pattern.trigger.source, `${pattern.trigger.flags.replace('g', '')}g`))].map((hit) => ({ pattern, hit })),
    ).sort((a, b) => a.hit.index - b.hit.index);
    const attached: number[] = [];
    for (const { pattern, hit } of hits) {
      const ok = applyList(pattern, hit, view, resolver, {
        totalOnly,
        rumour,
        rounds: sentenceRounds,
        current: () => currentRound(types, text),
        earlierHits: attached,
        competitors,
      });
      // An investing phrase whose names were people ("Angel investors … also took part, alongside X")
      // still says the sentence is about the round.
      if (pattern.fact !== 'competitor' && (ok || (!pattern.needsRound && !pattern.followedBy))) attached.push(hit.index);
    }

    kindsIn(view, resolver);
    for (const fact of headquartersIn(view, resolver)) {
      const place = resolvePlace(fact.place, fact.within ? { within: fact.within } : {});
      const prior = fact.org.headquarters ? resolvePlace(fact.org.headquarters.place) : undefined;
      orgs.setHeadquarters(
        fact.org,
        fact.place,
        index,
        place?.kind === 'city' && (prior?.kind === 'country' || prior?.kind === 'continent'),
      );
      if (place) regionMentions.push({ place, sentence: index });
      if (fact.possessive) ownedOnly.add(fact.org);
    }
    for (const { model } of modelsIn(view, resolver, models)) {
      if (model.developer && !focus) focus = model.developer;
    }
    for (const place of countriesNamed(text)) regionMentions.push({ place, sentence: index });
    // The sentence's subject becomes what "it" and "the company" mean next, unless it is an investor.
    const subject = subjectBefore(text, tokens, clauseEnd(tokens, 0), people, view.stops);
    const subjectOrg = subject && subject !== 'focus' ? orgs.find(subject) : undefined;
    if (subjectOrg && !rounds.some((r) => r.investors.includes(subjectOrg) || r.leads.includes(subjectOrg))) focus = subjectOrg;
  }

  // One entry per organization, short forms folded into full names; then rounds the headline and
  // the body both state become one.
  // Title-case lines ("Acme Raises $20M …") capitalise every word, so they cannot show a fuller name.
  const prose = views
    .filter((v) => !v.stops)
    .map((v) => v.text)
    .join('\n');
  const into = orgs.foldShortForms(
    prose,
    [...models.values()].map((m) => m.name),
  );
  const fold = (o: Organization) => into.get(o) ?? o;
  for (const r of rounds) {
    r.company = fold(r.company);
    r.leads = unique(r.leads.map(fold));
    r.investors = unique(r.investors.map(fold));
    for (const t of r.tranches) t.investors = unique(t.investors.map(fold));
  }
  // A date in any sentence that states the round ("the company said on Tuesday"), first one first.
  if (options.publishedOn) {
    for (const r of rounds) {
      for (const i of [...r.sentences].sort((a, b) => a - b)) {
        r.announcedOn ??= announcedOn(views[i]!.text, options.publishedOn);
      }
    }
  }
  // A headline's amount that the body calls a total ("$60m in equity and debt" … "$60 million, split
  // between …") is not a round of its own.
  for (let k = rounds.length - 1; k >= 0; k--) {
    const r = rounds[k]!;
    if ([...r.sentences].every((i) => views[i]!.headline) && totals.some((t) => sameMoney(t, r.value))) rounds.splice(k, 1);
  }
  const merged: DraftRound[] = [];
  for (const r of rounds) {
    const same = merged.find(
      (m) =>
        m.company === r.company &&
        (r.value && m.value ? sameMoney(r.value, m.value) : !r.value && !m.value && (m.type === r.type || !m.type || !r.type)),
    );
    if (!same) {
      merged.push(r);
      continue;
    }
    same.type ??= r.type;
    same.amount ??= r.amount;
    same.valuation ??= r.valuation;
    same.announcedOn ??= r.announcedOn;
    same.leads = unique([...same.leads, ...r.leads]);
    same.investors = unique([...same.investors, ...r.investors]);
    same.tranches.push(...r.tranches);
    for (const s of r.sentences) same.sentences.add(s);
  }
  // "GlacierML raises Series A …" over "… raised 12.5 million dollars in Series A funding": a headline's
  // round without an amount is the body's round of that type.
  for (let k = merged.length - 1; k >= 0; k--) {
    const r = merged[k]!;
    if (r.value || !r.type || ![...r.sentences].every((i) => views[i]!.headline)) continue;
    const body = merged.find((m) => m !== r && m.company === r.company && m.type === r.type && m.value);
    if (!body) continue;
    body.leads = unique([...body.leads, ...r.leads]);
    body.investors = unique([...body.investors, ...r.investors]);
    for (const s of r.sentences) body.sentences.add(s);
    merged.splice(k, 1);
  }
  for (const r of merged) {
    // Every lead is an investor; the company never invests in its own round.
    r.investors = unique([...r.leads, ...r.investors]).filter((o) => o !== r.company);
    r.leads = r.leads.filter((o) => o !== r.company);
    for (const t of r.tranches) for (const o of t.investors) if (!r.investors.includes(o)) r.investors.push(o);
  }
  const modelList = [...models.values()].map((m) => ({ ...m, developer: m.developer ? fold(m.developer) : null }));
  const pairs: DraftCompetition[] = [];
  for (const c of competitors) {
    const a = fold(c.a);
    const b = fold(c.b);
    if (a === b || pairs.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))) continue;
    pairs.push({ a, b, sentence: c.sentence });
  }
  const labeled = new Set<Organization>();
  for (const r of merged) for (const o of [r.company, ...r.investors]) labeled.add(o);
  for (const m of modelList) if (m.developer) labeled.add(m.developer);
  for (const p of pairs) labeled.add(p.a).add(p.b);
  for (const o of orgs.all()) if (o.headquarters && fold(o) === o && !(ownedOnly.has(o) && o.sentences.size < 2)) labeled.add(o);
  const companies = orgs.all().filter((o) => labeled.has(o));
  return { article, companies, fundingRounds: merged, models: modelList, competitors: pairs, regionMentions, notes };
}

const unique = <T>(list: readonly T[]) => [...new Set(list)];

function addRound(
  rounds: DraftRound[],
  r: { company: Organization; type: string | null; amount: Money | null; value: Money | null; past: boolean; sentence: number },
): DraftRound {
  const same = rounds.find((x) => x.company === r.company && r.value && x.value && sameMoney(x.value, r.value));
  if (same) {
    same.type ??= r.type;
    same.sentences.add(r.sentence);
    return same;
  }
  const round: DraftRound = {
    company: r.company,
    type: r.type,
    amount: r.amount,
    value: r.value,
    valuation: null,
    leads: [],
    investors: [],
    tranches: [],
    announcedOn: null,
    past: r.past,
    sentences: new Set([r.sentence]),
    notes: [],
  };
  rounds.push(round);
  return round;
}

interface ListContext {
  readonly totalOnly: boolean;
  readonly rumour: boolean;
  readonly rounds: readonly { round: DraftRound; start: number }[];
  readonly current: () => DraftRound | undefined;
  /** Where this sentence's other lead and investor phrases start. */
  readonly earlierHits: readonly number[];
  readonly competitors: DraftCompetition[];
}

/** The names a pattern's hit gives, as organizations, with their kinds and places recorded. */
function listNames(pattern: PhrasePattern, hit: RegExpExecArray, view: SentenceView, r: Resolver): Organization[] | undefined {
  const { tokens, text } = view;
  const hitStart = hit.index;
  const hitEnd = hit.index + hit[0].length;
  let items: ReturnType<typeof parseList>['items'] = [];
  if (pattern.names === 'after') {
    const from = tokens.findIndex((t) => t.start >= hitEnd);
    if (from === -1) return undefined;
    // "joined by A, …, and by B", "competes with A, and with B": the preposition repeated.
    const preposition = /\b(with|against|from|by)\s*$/i.exec(hit[0])?.[1]?.toLowerCase();
    const parsed = parseList(text, tokens, from, tokens.length, view.stops, preposition);
    if (pattern.followedBy && !pattern.followedBy.test(text.slice(tokens[parsed.next - 1]?.end ?? hitEnd).replace(/^\s*,/, '')))
      return undefined;
    items = parsed.items;
  } else {
    const at = tokens.findIndex((t) => t.start >= hitStart);
    const end = at === -1 ? tokens.length : at;
    const start = clauseStart(tokens, end, true);
    // The list that ends right before the verb (adverbs and auxiliaries aside).
    for (let s = start; s < end; s++) {
      if (!tokens[s]!.word) continue;
      const parsed = parseList(text, tokens, s, end, view.stops);
      const gap = tokens.slice(parsed.next, end);
      if (
        parsed.items.length > 0 &&
        gap.every(
          (t) => !t.word || /^(?:also|both|all|each|have|has|had|jointly|together|again|previously|too)$/i.test(t.text) || t.text === ',',
        )
      ) {
        items = parsed.items;
        break;
      }
    }
  }
  const out: Organization[] = [];
  // "US startups such as HiddenLayer and Robust Intelligence": a plural descriptor describes them all.
  const first = items[0];
  const shared = first && /\b(?:such as|including|like|\w+s)\s*$/.test(first.descriptor) ? first : undefined;
  for (const item of items) {
    if (personCue(item.descriptor) || (shared && personCue(shared.descriptor))) continue;
    // "led by Georgian": a word that is also a nationality names an investor when nothing follows it.
    const standalone = nationalityCode(item.name) && !view.tokens[item.to]?.word;
    const org = r.org(item.name, view.index) ?? (standalone ? r.org(item.name, view.index, true) : undefined);
    if (!org) continue;
    const descriptor = item.descriptor || shared?.descriptor || '';
    const descriptorTokens = item.descriptor ? item.descriptorTokens : (shared?.descriptorTokens ?? []);
    const headDescriptor = descriptor.split(/\s+/).slice(-4).join(' ');
    const kind = kindOf(headDescriptor.replace(/\b(?:such as|including|like)\s*$/, '')) ?? kindOf(item.appositive);
    if (kind) org.kind ??= { value: kind, sentence: view.index };
    // "the EU's investment arm" after a name says who owns it, not where it is.
    const place = item.place ?? placeOf(descriptorTokens.slice(-6), text) ?? placeOf(appositiveHead(item.appositiveTokens), text, false);
    if (place && !org.headquarters) org.headquarters = { place, sentence: view.index };
    out.push(org);
  }
  return out;
}

/** The appositive's words before "of"/"that"/"which" or a verb ("a nonprofit funded by …"): its head noun phrase. */
function appositiveHead(tokens: readonly Token[]): readonly Token[] {
  const stop = tokens.findIndex(
    (t, k) =>
      /^(?:of|that|which|who|in|for|with|at|whose|to|by|from)$/.test(t.lower) ||
      (k > 0 && !t.namey && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')),
  );
  return stop === -1 ? tokens : tokens.slice(0, stop);
}

/** A clause whose subject is the round itself ("The round was joined by", "The facility is backed by"). */
const ROUND_SUBJECT =
  /^\s*(?:the|this|its|that)\s+(?:[\w-]+\s+){0,2}?(?:round|financing|funding|investment|raise|deal|extension|tranche|facility|loan|notes?|grant|series\s+[a-j])\b/i;

/** The index of the first token at or after `offset` (the token count when none is). */
const tokenIndex = (tokens: readonly Token[], offset: number) => {
  const k = tokens.findIndex((t) => t.start >= offset);
  return k === -1 ? tokens.length : k;
};

/** Applies one phrase's names; true when they were attached to a round or a competition. */
function applyList(pattern: PhrasePattern, hit: RegExpExecArray, view: SentenceView, r: Resolver, ctx: ListContext): boolean {
  if (pattern.fact === 'competitor') {
    const names = listNames(pattern, hit, view, r);
    if (!names?.length) return false;
    const at = view.tokens.findIndex((t) => t.start >= hit.index);
    const subject =
      pattern.names === 'before'
        ? 'focus'
        : subjectBefore(view.text, view.tokens, at === -1 ? view.tokens.length : at, r.people, view.stops);
    const self = subject === 'focus' || subject === null ? r.focus() : r.org(subject, view.index);
    if (!self) return false;
    for (const other of names) if (other !== self) ctx.competitors.push({ a: self, b: other, sentence: view.index });
    return true;
  }
  if (ctx.rumour || ctx.totalOnly) return false;
  // "which led the original round": an earlier round than the one this sentence is about.
  if (/\b(?:original|previous|earlier|prior|last|first|initial)\s+(?:[\w-]+\s+)?(?:round|financing|raise)\b/i.test(hit[0])) return false;
  // A title-case headline's "to" and "from" are not reliable enough to find investors by.
  if (pattern.needsRound && view.stops) return false;
  // "The round was joined by …": a clause about the round names its investors without an amount.
  const clauseBefore = view.text.slice(view.tokens[clauseStart(view.tokens, tokenIndex(view.tokens, hit.index))]?.start ?? 0, hit.index);
  if (
    pattern.needsRound &&
    !ctx.rounds.some((x) => pattern.names === 'before' || x.start < hit.index) &&
    !ctx.earlierHits.some((h) => h < hit.index) &&
    !ROUND_SUBJECT.test(clauseBefore)
  )
    return false;
  const names = listNames(pattern, hit, view, r);
  if (!names?.length) return false;
  const before = ctx.rounds.filter((x) => x.start <= hit.index).at(-1) ?? ctx.rounds[0];
  const round = before?.round ?? ctx.current();
  if (!round) return false;
  round.sentences.add(view.index);
  // An amount this sentence adds as a tranche ("contributing an additional €120 million") is theirs.
  const tranche = round.tranches.find((t) => t.sentence === view.index);
  for (const org of names) {
    if (org === round.company) continue;
    if (pattern.fact === 'lead' && !round.leads.includes(org)) round.leads.push(org);
    if (tranche && pattern.fact === 'investor') tranche.investors.push(org);
    else if (!round.investors.includes(org)) round.investors.push(org);
  }
  return true;
}

/** Continents and countries named in a sentence by name ("Europe", "the US", "South Korea"). */
function countriesNamed(text: string): Place[] {
  const found: Place[] = [];
  for (const m of text.matchAll(/\b(?:the\s+)?(?:[\p{Lu}][\p{L}.]*)(?:\s+[\p{Lu}][\p{L}.]*)*/gu)) {
    const words = m[0].replace(/^the\s+/i, '');
    const code = countryCode(words);
    const place = code
      ? resolvePlace(words)
      : /^(?:Europe|Asia|Africa|North America|South America|Oceania|Antarctica)$/.test(words)
        ? resolvePlace(words)
        : undefined;
    if (place && !found.some((p) => p.name === place.name)) found.push(place);
  }
  return found;
}

/** One line per drafted fact, for tests and for reading a draft at a glance. */
export function summarize(draft: Draft): string[] {
  const lines: string[] = [];
  for (const c of draft.companies) {
    lines.push(`company ${c.name}`);
    if (c.kind) lines.push(`kind ${c.name} ${c.kind.value}`);
    if (c.headquarters) lines.push(`headquarters ${c.name} ${c.headquarters.place}`);
  }
  for (const r of draft.fundingRounds) {
    lines.push(`round ${r.company.name} ${r.amount ? `${r.amount.amount} ${r.amount.currency}` : 'null'}${r.type ? ` ${r.type}` : ''}`);
    if (r.valuation) lines.push(`valuation ${r.valuation.amount} ${r.valuation.currency}`);
    for (const l of r.leads) lines.push(`lead ${l.name}`);
    for (const i of r.investors) lines.push(`investor ${i.name}`);
  }
  for (const m of draft.models)
    lines.push(`model ${m.name}${m.developer ? ` by ${m.developer.name}` : ''}${m.license ? ` ${m.license}` : ''}`);
  for (const c of draft.competitors) lines.push(`competitor ${c.a.name} / ${c.b.name}`);
  if (draft.fundingRounds.length === 0) lines.push('no round');
  if (!draft.fundingRounds.some((r) => r.valuation)) lines.push('no valuation');
  return lines;
}
