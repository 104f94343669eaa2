/** A value of a table cell as the seed writes it. */
export type Cell = string | number | null;

/** The rows of one table, in insertion order. */
export interface TableRows {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The rows of table `name`. */
export const table = (name: string, columns: string[], rows: Cell[][]): TableRows => ({ table: name, columns, rows });
