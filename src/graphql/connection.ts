import type { Listing, ListView, MaybePromise, PagedList } from '../data';
import { badUserInput } from './errors';

/** Page size when a connection is asked for without `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest `first`/`last` a connection accepts; more is an error, never a silent clamp. */
export const MAX_PAGE_SIZE = 100;

/** The Relay pagination arguments every connection field takes. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const CURSOR_PREFIX = 'cursor:v1:';

/** An opaque cursor for the item at `offset` of a connection's full (filtered, ordered) list. */
export const encodeCursor = (offset: number): string => btoa(`${CURSOR_PREFIX}${offset}`);

function decodeCursor(cursor: string, argument: 'after' | 'before'): number {
  let decoded = '';
  try {
    // Cursors we issue are short; anything long is not one of ours and is not worth decoding.
    if (cursor.length <= 64) decoded = atob(cursor);
  } catch {
    // Not base64: reported below.
  }
  const match = /^cursor:v1:(\d{1,9})$/.exec(decoded);
  if (!match) throw badUserInput(`"${argument}" is not a valid cursor. Use a cursor returned by this connection.`, argument);
  return Number(match[1]);
}

function checkSize(value: number | null | undefined, argument: 'first' | 'last') {
  if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw badUserInput(
      `"${argument}" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}. Page through larger results with cursors.`,
      argument,
    );
  }
}

/** A page of a connection as the Relay plugin reads it. */
export interface Connection<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly totalCount: number;
  readonly pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * Where a page sits in a list of `total` items: the window the cursors leave (items after `after`
 * and before `before`; empty when they cross) and the page [start, end) within it.
 */
interface Bounds {
  readonly total: number;
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly start: number;
  readonly end: number;
}

/** The window and the page of `args` in a list of `total` items, per the Relay cursor connections spec. */
function bounds(total: number, args: PageArgs, after: number | undefined, before: number | undefined): Bounds {
  const windowStart = after === undefined ? 0 : Math.min(after + 1, total);
  const windowEnd = before === undefined ? total : Math.max(Math.min(before, total), windowStart);
  let start = windowStart;
  let end = windowEnd;
  if (args.first != null) end = Math.min(end, start + args.first);
  else if (args.last != null) start = Math.max(start, end - args.last);
  // Only `before` given: the page just before the cursor, as `last` would.
  else if (before !== undefined && after === undefined) start = Math.max(start, end - DEFAULT_PAGE_SIZE);
  else end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  return { total, windowStart, windowEnd, start, end };
}

/**
 * pageInfo per the Relay spec's HasNextPage and HasPreviousPage: with `first`, whether the window
 * holds more after the page (and with `last`, before it); a page cut short by the default size
 * likewise. The spec's optional rule (items beyond `before`, or up to `after`) is applied only to
 * a page with items, so an empty page (cursors that cross, a cursor at either end) points nowhere:
 * its cursors are null. `first: 0`/`last: 0` still say whether the window holds items.
 */
function pageInfoOf(b: Bounds, args: PageArgs, after: number | undefined, before: number | undefined) {
  const hasItems = b.end > b.start;
  const hasNextPage =
    args.first != null ? b.end < b.windowEnd : b.end < b.windowEnd || (hasItems && before !== undefined && b.windowEnd < b.total);
  const hasPreviousPage =
    args.last != null ? b.start > b.windowStart : b.start > b.windowStart || (hasItems && after !== undefined && b.windowStart > 0);
  return { hasNextPage, hasPreviousPage };
}

function pageOf<T>(items: readonly T[], b: Bounds, args: PageArgs, after: number | undefined, before: number | undefined): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(b.start + i), node }));
  return {
    edges,
    totalCount: b.total,
    pageInfo: {
      ...pageInfoOf(b, args, after, before),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page of a list paged in the database: its count and its window read together when the window does not depend on the count. */
async function pageOfPaged<T>(
  list: PagedList<T>,
  args: PageArgs,
  after: number | undefined,
  before: number | undefined,
): Promise<Connection<T>> {
  if (args.last == null && before === undefined) {
    const start = after === undefined ? 0 : after + 1;
    const size = args.first ?? DEFAULT_PAGE_SIZE;
    const [total, items] = await Promise.all([list.count(), size > 0 ? list.slice(start, start + size) : []]);
    const b = bounds(total, args, after, before);
    return pageOf(items.slice(0, b.end - b.start), b, args, after, before);
  }
  const total = await list.count();
  const b = bounds(total, args, after, before);
  return pageOf(b.end > b.start ? await list.slice(b.start, b.end) : [], b, args, after, before);
}

/**
 * One page of `list` per the Relay cursor connections spec: `after`/`before` narrow the list, then
 * `first` keeps the head or `last` the tail (default: the first 20). Cursors are offsets into the
 * full list, which never changes between deploys. `totalCount` is the full count. A list in
 * memory gives the page at once; a list paged in the database or on its way, a promise of it.
 */
export function connectionFrom<T>(list: ListView<T>, args: PageArgs): Connection<T>;
export function connectionFrom<T>(list: Listing<T>, args: PageArgs): MaybePromise<Connection<T>>;
export function connectionFrom<T>(list: Listing<T>, args: PageArgs): MaybePromise<Connection<T>> {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  if (args.first != null && args.last != null) {
    throw badUserInput('Pass either "first" or "last", not both.', 'last');
  }
  const after = args.after != null ? decodeCursor(args.after, 'after') : undefined;
  const before = args.before != null ? decodeCursor(args.before, 'before') : undefined;
  if (list instanceof Promise) return list.then((l) => connectionFrom(l, args));
  if ('count' in list) return pageOfPaged(list, args, after, before);
  const b = bounds(list.length, args, after, before);
  return pageOf(list.slice(b.start, b.end), b, args, after, before);
}
