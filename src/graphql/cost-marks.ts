/**
 * How the cost model reads a field or type: set in its GraphQL `extensions.cost` where it is
 * defined, so nothing is inferred from names; the limits plugin
 * (src/server/plugins/limits/cost.ts) reads them. Every `t.connection` field and connection type
 * gets its mark from the builder's relay defaults (src/graphql/builder.ts).
 */
export interface CostExtension {
  /** A field returning a page: what it selects is multiplied by its `first`/`last`. */
  readonly connection?: true;
  /** A connection type: its lists (`edges`, `nodes`) are the page its field already counted. */
  readonly page?: true;
  /** A list whose length is the length of this list argument, e.g. `nodes(ids:)`. */
  readonly sizedBy?: string;
  /** A plain list priced as this many items instead of `LIMITS.listCostFactor`: one whose length the data drives. */
  readonly listSize?: number;
  /**
   * Work the field may do beyond what it returns, in proportion to the data rather than to its
   * page: `search` ranks every match; `roundFilter` selects rounds by its `filter` argument (and
   * `orderBy`, for a list), which is one index lookup or a scan of the rounds its first condition
   * selects. The cost model prices each (src/server/plugins/limits/work.ts).
   */
  readonly work?: 'search' | 'roundFilter';
}

/** `extensions` for a field that returns a connection. */
export const connectionField = { cost: { connection: true } } as const satisfies { cost: CostExtension };
/** `extensions` for a connection type. */
export const connectionType = { cost: { page: true } } as const satisfies { cost: CostExtension };
/** `extensions` for a list field as long as its `argument` list. */
export const sizedBy = (argument: string) => ({ cost: { sizedBy: argument } }) satisfies { cost: CostExtension };
/** `extensions` for a connection field that does `work` (see `CostExtension.work`). */
export const connectionWork = (work: NonNullable<CostExtension['work']>) =>
  ({ cost: { connection: true, work } }) satisfies { cost: CostExtension };
/** `extensions` for a field that does `work` (see `CostExtension.work`). */
export const fieldWork = (work: NonNullable<CostExtension['work']>) => ({ cost: { work } }) satisfies { cost: CostExtension };
/** `extensions` for a plain list priced as `items` items (see `CostExtension.listSize`). */
export const listSize = (items: number) => ({ cost: { listSize: items } }) satisfies { cost: CostExtension };
