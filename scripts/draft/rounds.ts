import type { MoneyMention } from './money';
import { NOT_COMPLETED, NOT_ROUND_AMOUNT, RAISE_VERB, ROUND_NOUN } from './patterns';

/**
 * What an amount in a sentence is (a round's amount, its valuation, a cumulative total, a
 * conversion in parentheses, something else) and which funding type the words around it name.
 */

export type MoneyRole = 'round' | 'valuation' | 'total' | 'conversion' | 'plan' | 'tranche' | 'other';

export interface RoleContext {
  /** The sentence's text. */
  readonly sentence: string;
  /** Where the amount's clause starts (offset in the sentence). */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** The sentence names investors without a funding verb ("contributing an additional €120 million"). */
  readonly investorCue: boolean;
}

const OTHER_MONEY =
  /\b(?:revenues?|arr|sales|bookings|turnover|profits?|loss(?:es)?|income|earnings|contracts?|orders?|prizes?|settlements?|damages|fees?|dividends?|payments?|market|spend(?:ing)?|spent|acquir\w*|acquisition|bought|buy(?:ing)?|purchas\w*|price[ds]?|costs?|budget|salar(?:y|ies)|capacity|programme|program|fines?|tax(?:es)?|payroll|valuation|worth|fund size|assets under management|deal value)\b/i;
const PAST =
  /\b(?:previously|earlier|last year|in (?:19|20)\d\d|prior|before that|original|originally|first round|a year ago|years ago|back in)\b/i;

const hasPlan = (text: string) => NOT_COMPLETED.slice(0, 2).some((p) => p.trigger.test(text));
export const isRumour = (sentence: string) => NOT_COMPLETED[2]!.trigger.test(sentence);

/** What `m` is, given the amounts before it in the same sentence. */
export function moneyRole(m: MoneyMention, previous: MoneyMention | undefined, ctx: RoleContext): MoneyRole {
  const { sentence } = ctx;
  const between = previous ? sentence.slice(previous.end, m.start) : '';
  if (previous && /^\s*[([]?\s*(?:or|about|around|roughly|approximately|some|nearly|equivalent to|the equivalent of|~)?\s*$/i.test(between))
    return 'conversion';
  const windowStart = Math.max(ctx.clauseStart, previous?.end ?? 0);
  const before = sentence.slice(windowStart, m.start);
  const clauseBefore = sentence.slice(ctx.clauseStart, m.start);
  const after = sentence.slice(m.end, ctx.clauseEnd);
  // "half the $420 million it was valued at in 2022": an earlier valuation, of no round here.
  if (/^\s*(?:that\s+)?(?:it|they|the company|the startup)\s+(?:was|were|had been)\s+valued\b/i.test(after)) return 'other';
  if (NOT_ROUND_AMOUNT[2]!.trigger.test(before) || /^\s*(?:post-money\s+|pre-money\s+)?valuation\b/i.test(after)) return 'valuation';
  if (NOT_ROUND_AMOUNT[0]!.trigger.test(before) || NOT_ROUND_AMOUNT[1]!.trigger.test(after)) return 'total';
  // "$60 million, split between a $25 million Series B and a $35 million credit facility": the parts are the rounds.
  if (/^\s*,?\s*(?:split|divided)\s+(?:between|into|across)\b|^\s*,?\s*(?:comprising|consisting of|made up of)\b/i.test(after))
    return 'total';
  // "from its $500 million fund": an investor's fund, not a round ("$11 million from Mercury Fund" is one).
  if (/^\s*(?:(?!from\b|by\b|of\b|in\b)[a-z][\w-]*\s+){0,2}(?:fund|funds|vehicle)\b(?!ing)/.test(after)) return 'other';
  // "sold HK$120 million of shares to X in a secondary sale"
  if (/^\s*(?:worth\s+)?of\s+(?:its\s+|their\s+)?(?:shares|stock)\b/i.test(after) && /\bsecondary\b|\btender offer\b/i.test(after))
    return 'round';
  // "Acme, which has raised $100 million from investors such as …": a running total, unless a round is named.
  if (
    /\b(?:which|that|who)\s+(?:has|have|had)\s+(?:now\s+|so far\s+)?raised\s+(?:a total of\s+)?(?:[\w-]+\s+){0,2}$/i.test(before) &&
    !ROUND_NOUN.test(after)
  )
    return 'total';
  if (/\b(?:has|have)\s+now\s+raised\s+(?:a total of\s+)?$|\ba total of\s+$/i.test(before) && !ROUND_NOUN.test(after)) return 'total';
  // "Index Ventures invested $5 million in Acme": the amount is a round of the company named after "in".
  if (
    /\b(?:invested|invests|put|puts|poured|pours|injected|injects|pumped|pumps|committed|commits)\s+(?:[\w-]+\s+){0,2}$/i.test(before) &&
    /^\s*(?:in|into)\s+\p{Lu}/u.test(after)
  ) {
    return hasPlan(clauseBefore) ? 'plan' : 'round';
  }
  const verb = RAISE_VERB.exec(clauseBefore);
  const noun =
    ROUND_NOUN.test(after) ||
    /\b(?:round|funding|financing|investment|raise|grant|facility|loan|tranche)\s+(?:of|worth|totalling|totaling|valued at)\s+$/i.test(
      before,
    );
  if (!verb && !noun) return 'other';
  // "X, which raised a Series A in 2023, has been acquired by Y for $140 million": a sale after the funding verb.
  if (verb && !noun && /\b(?:acquir\w*|bought|buys|purchas\w*|sold|sells)\b/i.test(clauseBefore.slice(verb.index + verb[0].length)))
    return 'other';
  if (verb && hasPlan(clauseBefore.slice(Math.max(0, verb.index - 60)))) return 'plan';
  if (!verb && hasPlan(clauseBefore)) return 'plan';
  const near = `${before.slice(-40)} ${after.slice(0, 25)}`;
  if (OTHER_MONEY.test(near) && !noun) return 'other';
  // "contributing an additional €120 million in convertible debt": a part of the round already told.
  const addedPart = /\b(?:additional|further|another|extra)\s+$/i.test(before) || /^\s*(?:in|of)\s+(?:convertible|equity)\b/i.test(after);
  if (!verb && ctx.investorCue && addedPart && !/^\s*(?:[\w-]+\s+){0,2}round\b/i.test(after)) return 'tranche';
  return 'round';
}

/** True when the sentence tells of a round before the one the article is about. */
export const isPast = (text: string) => PAST.test(text);

/** Funding types by the words that name them, most specific first. */
const TYPES: readonly (readonly [RegExp, string])[] = [
  [/\bpre-?seed\b/i, 'PRE_SEED'],
  [/\bpre-series\s+[a-j]\b/i, 'NONE'],
  [/\bseries\s+([a-j])(?:-?\d)?\b(?!\s+(?:company|startup|investor))/i, 'SERIES_'],
  [/\bseries\s+(?:round|funding|financing)\b/i, 'SERIES_UNKNOWN'],
  [
    /\b(?:seed)(?:[- ]stage)?\s*(?:round|funding|financing|investment|capital|raise|money|cheque|check)?\b(?!\s*(?:fund\b|investors?\b|[A-Z]))|\bseed\b/,
    'SEED',
  ],
  [/\bSeed\b(?!\s+[A-Z])/, 'SEED'],
  [/\bangel\s+(?:round|funding|financing|investment)\b/i, 'ANGEL'],
  [/\bconvertible\s+(?:notes?|debt|loans?|bonds?)\b|\bSAFEs?\b/, 'CONVERTIBLE_NOTE'],
  [
    /\b(?:venture\s+)?debt(?:\s+(?:financing|facility|funding|round))?\b|\bcredit\s+(?:facility|line)\b|\bline\s+of\s+credit\b|\bloans?\b|\bborrowing\b/i,
    'DEBT_FINANCING',
  ],
  [/\bgrants?\b/i, 'GRANT'],
  [/\bprivate\s+equity\s+(?:round|investment|financing|deal)\b/i, 'PRIVATE_EQUITY'],
  [/\b(?:equity\s+)?crowdfunding\b|\bcrowd-?funding\b/i, 'EQUITY_CROWDFUNDING'],
  [/\bsecondary\s+(?:sale|share\s+sale|transaction|round|offering)\b|\btender\s+offer\b/i, 'SECONDARY_MARKET'],
  [/\bcorporate\s+round\b/i, 'CORPORATE_ROUND'],
  [/\bpost-ipo\b/i, 'POST_IPO_EQUITY'],
  [/\bundisclosed\s+(?:sum|amount|round|investment|funding)\b|\bundisclosed\b/i, 'UNDISCLOSED'],
];

export interface TypeMention {
  readonly start: number;
  readonly end: number;
  /** FundingType, or null for a type the vocabulary has no value for ("pre-Series A"). */
  readonly type: string | null;
}

/** Every funding type named in `text` (offsets in it); overlapping matches keep the first (more specific) one. */
export function typeMentions(text: string): TypeMention[] {
  const found: TypeMention[] = [];
  for (const [re, type] of TYPES) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const value = type === 'SERIES_' ? `SERIES_${m[1]!.toUpperCase()}` : type === 'NONE' ? null : type;
      found.push({ start, end, type: value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The instrument of a tranche from its words ("convertible debt", "equity"). */
export function instrumentOf(text: string): 'CONVERTIBLE_DEBT' | 'EQUITY' | 'UNSPECIFIED' {
  if (/\bconvertible\b/i.test(text)) return 'CONVERTIBLE_DEBT';
  if (/\bequity\b/i.test(text)) return 'EQUITY';
  return 'UNSPECIFIED';
}
