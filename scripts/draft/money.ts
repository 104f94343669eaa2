import { countries } from 'countries-list';
import { nlp } from './nlp';

/**
 * Amounts of money as news writes them ("€450 million", "$1.5bn", "US$5m", "CA$30 million",
 * "¥2 billion", "5 million euros", "USD 20 million", "Rs 250 crore", "two billion yen") as exact
 * decimal strings in major units with their ISO 4217 code, never converted.
 * Own code: compromise's money parser knows only $, €, £ and ¥ and reads "($30 million) and
 * ₩30 billion" as one number; the currency spellings and scales (bn, crore, lakh) are listed here.
 * Number words ("two billion") are read by compromise.
 */

export interface MoneyMention {
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Decimal string in major units, e.g. "450000000"; null when the text gives it only approximately. */
  readonly amount: string | null;
  readonly value: string;
  readonly currency: string;
  readonly approximate: boolean;
}

/** ISO 4217 codes used by some country (countries-list). */
const ISO_CODES: ReadonlySet<string> = new Set(Object.values(countries).flatMap((c) => c.currency as readonly string[]));

/** Symbols and prefixes written before the number, longest first where they overlap. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['U.S.$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['CAN$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['SG$', 'SGD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  // The rand's "R" only written as South Africa writes it: "R120 million", capital, no space, a scale.
  ['R', 'ZAR'],
  ['MX$', 'MXN'],
  ['NT$', 'TWD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['CN¥', 'CNY'],
  ['RMB', 'CNY'],
  ['KSh', 'KES'],
  ['Ksh', 'KES'],
  ['Rp', 'IDR'],
  ['RM', 'MYR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['₪', 'ILS'],
  ['NIS', 'ILS'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['₺', 'TRY'],
  ['฿', 'THB'],
  ['₫', 'VND'],
  ['zł', 'PLN'],
  ['kr.', 'KR'],
  ['kr', 'KR'],
];

/** Currency words written after the number; nationality-qualified ones are resolved with countries-list. */
const SUFFIX_WORDS: Readonly<Record<string, string>> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  won: 'KRW',
  rupee: 'INR',
  rupees: 'INR',
  yuan: 'CNY',
  renminbi: 'CNY',
  'swiss francs': 'CHF',
  francs: 'CHF',
  'swedish kronor': 'SEK',
  'swedish crowns': 'SEK',
  kronor: 'SEK',
  'norwegian kroner': 'NOK',
  'danish kroner': 'DKK',
  kroner: 'KR',
  krone: 'KR',
  zloty: 'PLN',
  zlotys: 'PLN',
  złoty: 'PLN',
  zł: 'PLN',
  reais: 'BRL',
  shekels: 'ILS',
  naira: 'NGN',
  rand: 'ZAR',
  ringgit: 'MYR',
  baht: 'THB',
  pesos: 'MXN',
  dirhams: 'AED',
  riyals: 'SAR',
  lira: 'TRY',
};

/** Dollar-denominated currencies named by country adjective ("Canadian dollars"). */
const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = {
  canadian: 'CA',
  australian: 'AU',
  'new zealand': 'NZ',
  singapore: 'SG',
  'hong kong': 'HK',
  taiwan: 'TW',
  taiwanese: 'TW',
  us: 'US',
  american: 'US',
};

const SCALES: Readonly<Record<string, number>> = {
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  mln: 6,
  m: 6,
  billion: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  tn: 12,
  crore: 7,
  crores: 7,
  lakh: 5,
  lakhs: 5,
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORD_NUMBER =
  '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half a)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine|hundred))*';
const SCALE = String.raw`(?:[\s-]?(?:thousand|million|mln|mn|billion|bn|trillion|tn|crores?|lakhs?)\b|(?:k|m|b|M|B|K|bn|mn|tn)\b)`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CODES = [...ISO_CODES].join('|');
const PREFIX = PREFIXES.map(([p]) => escapeRe(p)).join('|');
const SUFFIX = [
  ...Object.keys(DOLLAR_COUNTRIES).map((c) => `${escapeRe(c)} dollars?`),
  ...Object.keys(SUFFIX_WORDS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe),
].join('|');
/** A word boundary that knows non-ASCII letters ("zł", "₩"), which `\b` does not. */
const END = String.raw`(?![\p{L}\p{N}])`;
const APPROX =
  '(?:about|around|roughly|approximately|nearly|almost|some|over|more than|less than|fewer than|up to|close to|at least|north of|upwards of|under|just over|just under|in excess of|as much as|an estimated|an approximate|as little as|~)';

const MONEY = new RegExp(
  String.raw`(?<approx>\b${APPROX}\s+)?(?:` +
    // US$5m, €450 million, Rs 250 crore, CHF 15 million, kr 80 million
    String.raw`(?<prefix>(?<![\p{L}])(?:${PREFIX})|\b(?:${CODES})\b)\s?(?<num>${NUMBER})(?<scale>${SCALE})?` +
    '|' +
    // 5 million euros, 150 million Swedish kronor, 20 mln zł, two billion yen
    String.raw`\b(?:(?<num2>${NUMBER})(?<scale2>${SCALE})?|(?<wnum>${WORD_NUMBER})(?<wscale>${SCALE}))\s(?<suffix>${SUFFIX}|${CODES})${END}` +
    ')(?<plus>\\+|-plus)?',
  'giu',
);

/** `value` × 10^`exponent` as a decimal string without exponent or trailing zeros. */
export function scaleDecimal(value: string, exponent: number): string {
  const [int, frac = ''] = value.replace(/,/g, '').split('.');
  const digits = `${int}${frac}`;
  const point = int!.length + exponent;
  const whole = point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits.slice(0, point);
  const rest = point >= digits.length ? '' : digits.slice(point).replace(/0+$/, '');
  const trimmed = whole.replace(/^0+(?=\d)/, '') || '0';
  return rest ? `${trimmed}.${rest}` : trimmed;
}

const wordNumber = (words: string): string | null => {
  const n = (nlp(words.replace(/^a /i, 'one ')).numbers().get() as number[])[0];
  return typeof n === 'number' && Number.isFinite(n) ? String(n) : null;
};

/** Resolves "kr"/"kroner", which Sweden, Norway and Denmark share, from the article's country words. */
export type KronaCountry = 'SEK' | 'NOK' | 'DKK';

/** Every amount of money in a sentence, in order. */
export function moneyMentions(sentence: string, krona: KronaCountry = 'SEK'): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const m of sentence.matchAll(MONEY)) {
    const g = m.groups!;
    const rawNumber = g.num ?? g.num2 ?? g.wnum!;
    const number = /\d/.test(rawNumber) ? rawNumber.replace(/,/g, '') : wordNumber(rawNumber);
    if (number === null) continue;
    const scaleWord = (g.scale ?? g.scale2 ?? g.wscale ?? '').replace(/^[\s-]+/, '');
    const exponent = scaleWord ? (SCALES[scaleWord] ?? SCALES[scaleWord.toLowerCase()] ?? 0) : 0;
    let currency: string | undefined;
    if (g.prefix) {
      const prefix = g.prefix;
      currency = PREFIXES.find(([p]) => p === prefix)?.[1] ?? (ISO_CODES.has(prefix.toUpperCase()) ? prefix.toUpperCase() : undefined);
    } else {
      const suffix = g.suffix!.toLowerCase();
      const dollar = /^(.*) dollars?$/.exec(suffix);
      if (dollar && DOLLAR_COUNTRIES[dollar[1]!]) {
        currency = countries[DOLLAR_COUNTRIES[dollar[1]!] as keyof typeof countries].currency[0];
      } else currency = SUFFIX_WORDS[suffix] ?? (ISO_CODES.has(g.suffix!.toUpperCase()) ? g.suffix!.toUpperCase() : undefined);
    }
    // ISO codes count only in capitals: "all 5 million" is not Albanian lek.
    const code = g.prefix && /^[A-Za-z]{3}$/.test(g.prefix) ? g.prefix : g.suffix && /^[A-Za-z]{3}$/.test(g.suffix) ? g.suffix : '';
    if (code && ISO_CODES.has(code.toUpperCase()) && code !== code.toUpperCase() && !SUFFIX_WORDS[code.toLowerCase()]) continue;
    if (!currency) continue;
    if (
      g.prefix?.toUpperCase() === 'R' &&
      (g.prefix !== 'R' || !g.scale || /\s/.test(m[0].slice(m[0].indexOf('R') + 1, m[0].indexOf(g.num!))))
    )
      continue;
    if (currency === 'KR') currency = krona;
    // A bare number with a currency code but no scale word below 1,000 is rarely money ("USD 5").
    const value = scaleDecimal(number, exponent);
    const approximate = Boolean(g.approx || g.plus);
    const start = m.index + (g.approx?.length ?? 0);
    found.push({
      start,
      end: m.index + m[0].length,
      text: sentence.slice(start, m.index + m[0].length),
      amount: approximate ? null : value,
      value,
      currency,
      approximate,
    });
  }
  return found;
}

/** The krona currency an article means, from the country it names most. */
export function kronaOf(text: string): KronaCountry {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const scores: [KronaCountry, number][] = [
    ['SEK', count(/\b(Swed(en|ish)|Stockholm|Gothenburg|Malmö)\b/g)],
    ['NOK', count(/\b(Norw(ay|egian)|Oslo|Bergen|Trondheim)\b/g)],
    ['DKK', count(/\b(Denmark|Danish|Copenhagen|Aarhus)\b/g)],
  ];
  return scores.sort((a, b) => b[1] - a[1])[0]![0];
}
