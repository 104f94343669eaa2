import spdx from 'spdx-license-list';
import type { LicenseRecord } from '../sources/records';
import { closest, fold } from './text';

/** A license read from an article file, or why it cannot be read. */
export type LicenseResult = { readonly license: LicenseRecord } | { readonly problem: string };

const all = spdx as Record<string, { name: string; osiApproved: boolean }>;

/** Reads a model's license: an SPDX id that spdx-license-list knows; `openSource` is its OSI approval. */
export function resolveLicense(id: string): LicenseResult {
  const entry = all[id];
  if (entry) return { license: { spdxId: id, name: entry.name, openSource: entry.osiApproved } };
  const sameId = Object.keys(all).find((k) => k.toLowerCase() === id.trim().toLowerCase());
  const byName = Object.entries(all)
    .filter(([, l]) => fold(l.name) === fold(id))
    .map(([k]) => k);
  const near = sameId ? [sameId] : byName.length ? byName : closest(id, Object.keys(all), 5);
  const fix = near.length ? `; did you mean ${near.map((k) => `'${k}' (${all[k]!.name})`).join(', ')}?` : '';
  return { problem: `license ${JSON.stringify(id)} is not an SPDX id in spdx-license-list${fix}` };
}
