import type { Draft } from './draft';

/**
 * The drafted facts in the shape docs/drafting.md specifies, which the labeled corpus shares:
 * companies, fundingRounds, models, competitors; unknown values are null, never guessed.
 */

export interface DraftJson {
  readonly companies: readonly { name: string; kind: string | null; headquarters: string | null }[];
  readonly fundingRounds: readonly {
    company: string;
    type: string | null;
    amount: { amount: string; currency: string } | null;
    valuation: { amount: string; currency: string } | null;
    leadInvestors: string[];
    investors: string[];
  }[];
  readonly models: readonly { name: string; developer: string | null; license: string | null }[];
  readonly competitors: readonly [string, string][];
}

/** A draft as the `--json` object. */
export function toJson(draft: Draft): DraftJson {
  return {
    companies: draft.companies.map((c) => ({ name: c.name, kind: c.kind?.value ?? null, headquarters: c.headquarters?.place ?? null })),
    fundingRounds: draft.fundingRounds.map((r) => ({
      company: r.company.name,
      type: r.type,
      amount: r.amount ? { amount: r.amount.amount, currency: r.amount.currency } : null,
      valuation: r.valuation ? { amount: r.valuation.amount, currency: r.valuation.currency } : null,
      leadInvestors: r.leads.map((o) => o.name),
      investors: r.investors.map((o) => o.name),
    })),
    models: draft.models.map((m) => ({ name: m.name, developer: m.developer?.name ?? null, license: m.license })),
    competitors: draft.competitors.map((c) => [c.a.name, c.b.name] as [string, string]),
  };
}
