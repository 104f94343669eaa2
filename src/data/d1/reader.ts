// Own code: a DataLoader gathers the lookups of one kind; nothing in D1's API or DataLoader gathers
// statements of different kinds, so each query level would be several round trips in parallel.

/** What statements run on: a D1 database, or a session of one (`withSession`). */
export type StatementTarget = Pick<D1Database, 'prepare' | 'batch'>;

/** Reads of one request, gathered per tick into one round trip. */
export interface Reader {
  /**
   * Queues a statement for this tick's batch and resolves to its rows. Every statement queued
   * before the tick ends (the microtasks of one query level, then the DataLoaders scheduled on
   * `schedule`) goes to D1 together: one statement alone, several in one `batch()`.
   */
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Runs `dispatch` at the end of this tick, before its batch is sent: DataLoader's `batchScheduleFn`. */
  schedule(dispatch: () => void): void;
}

/**
 * Microtask turns a tick waits before sending its batch: the resolvers of one query level run in
 * the turns after the previous batch resolves, so the batch waits for them to queue their reads.
 * Not a timer: a timer set by one request may fire after it answered, outside any request.
 */
const TURNS = 8;

interface Queued {
  readonly statement: D1PreparedStatement;
  readonly resolve: (rows: unknown[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The reader of one request on `target`. A batch is one round trip and one transaction; when it
 * fails, its statements run again one by one (in parallel), so each caller gets its own rows or
 * its own error and a broken table fails only the fields that read it.
 */
export function createReader(target: StatementTarget): Reader {
  let queue: Queued[] = [];
  let dispatches: (() => void)[] = [];
  let scheduled = false;

  const send = async (batch: readonly Queued[]) => {
    if (batch.length === 1) {
      const [one] = batch as [Queued];
      await one.statement.all().then(
        (r) => one.resolve(r.results),
        (e) => one.reject(e),
      );
      return;
    }
    try {
      const results = await target.batch(batch.map((q) => q.statement));
      for (const [i, q] of batch.entries()) q.resolve(results[i]!.results);
    } catch {
      await Promise.all(batch.map((q) => send([q])));
    }
  };

  const tick = () => {
    scheduled = false;
    while (dispatches.length) {
      const run = dispatches;
      dispatches = [];
      for (const dispatch of run) dispatch();
    }
    const batch = queue;
    queue = [];
    if (batch.length) void send(batch);
  };
  const wake = () => {
    if (!scheduled) {
      scheduled = true;
      let turns = 0;
      const turn = () => (++turns < TURNS ? queueMicrotask(turn) : tick());
      queueMicrotask(turn);
    }
  };

  return {
    all<T>(sql: string, ...params: unknown[]) {
      let statement: D1PreparedStatement;
      try {
        statement = target.prepare(sql).bind(...params);
      } catch (error) {
        return Promise.reject(error);
      }
      wake();
      return new Promise<T[]>((resolve, reject) => queue.push({ statement, resolve: resolve as (rows: unknown[]) => void, reject }));
    },
    schedule(dispatch) {
      dispatches.push(dispatch);
      wake();
    },
  };
}
