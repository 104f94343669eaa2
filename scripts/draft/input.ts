/**
 * What the drafter accepts: one English article as UTF-8 text of at most 1 MiB. Anything else is a
 * one-line `InputError` carrying the documented exit code, never a stack trace.
 * Own code: no package here tells English from other languages on a few hundred words without a
 * model download, and the share of English function words does it reliably at that length.
 */

/** Exit codes of `npm run article:draft` (docs/adding-an-article.md lists them). */
export const EXIT = {
  /** A draft was written (or printed with --json), possibly with the sentences only. */
  OK: 0,
  /** Something unexpected failed; the message says what. */
  FAILED: 1,
  /** The command line is wrong (unknown option, missing file argument, bad date or slug). */
  USAGE: 2,
  /** The input cannot be drafted: unreadable, empty, binary, over 1 MiB or not English. */
  BAD_INPUT: 3,
  /** The output file exists and --force was not given. */
  EXISTS: 4,
} as const;

/** A problem reported as one line with an exit code. */
export class DraftError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The largest article accepted, in bytes. */
export const MAX_BYTES = 1024 * 1024;

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the a an and or but of in on at to for from by with as is are was were be been has have had it its this that ' +
    'these those which who whose will would can could said says not their they he she his her we our more than also after'
  ).split(' '),
);

/** Share of words that are common English function words (about 0.3-0.5 in English news, under 0.05 otherwise). */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / words.length;
}

/** Decodes and checks an article file's bytes; throws a DraftError (exit 3) naming what is wrong. */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_BYTES) {
    throw new DraftError(`${name}: ${bytes.length} bytes is over the 1 MiB limit for one article`, EXIT.BAD_INPUT);
  }
  if (bytes.includes(0)) throw new DraftError(`${name}: looks binary (it contains NUL bytes); give a plain-text article`, EXIT.BAD_INPUT);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DraftError(`${name}: is not UTF-8 text; give a plain-text article saved as UTF-8`, EXIT.BAD_INPUT);
  }
  text = text.normalize('NFC').replace(/\r\n?/g, '\n');
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) controls++;
  }
  if (controls > 0 && controls / text.length > 0.01) {
    throw new DraftError(`${name}: looks binary (${controls} control characters); give a plain-text article`, EXIT.BAD_INPUT);
  }
  if (text.trim().length === 0) throw new DraftError(`${name}: is empty; there is nothing to draft`, EXIT.BAD_INPUT);
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  const share = englishShare(text);
  if (words >= 8 && share < 0.08) {
    throw new DraftError(
      `${name}: does not look like English (${Math.round(share * 100)}% common English words); only English articles are drafted`,
      EXIT.BAD_INPUT,
    );
  }
  return text;
}
