import type { ListView } from '../data/list-view';
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

/**
 * One page of `list` per the Relay cursor connections spec: `after`/`before` narrow the list, then
 * `first` keeps the head or `last` the tail (default: the first 20). Cursors are offsets into the
 * full list, which never changes between deploys. `totalCount` is the full count.
 */
export function connectionFrom<T>(list: ListView<T>, args: PageArgs) {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  if (args.first != null && args.last != null) {
    throw badUserInput('Pass either "first" or "last", not both.', 'last');
  }
  const total = list.length;
  let start = 0;
  let end = total;
  if (args.after != null) start = Math.min(decodeCursor(args.after, 'after') + 1, total);
  if (args.before != null) end = Math.max(Math.min(decodeCursor(args.before, 'before'), total), start);
  if (args.first != null) end = Math.min(end, start + args.first);
  else if (args.last != null) start = Math.max(start, end - args.last);
  // Only `before` given: the page just before the cursor, as `last` would.
  else if (args.before != null && args.after == null) start = Math.max(start, end - DEFAULT_PAGE_SIZE);
  else end = Math.min(end, start + DEFAULT_PAGE_SIZE);

  const edges = list.slice(start, end).map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
