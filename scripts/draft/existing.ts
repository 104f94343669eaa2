import { type KnownCompany, knownCompanies } from './dataset';
import { nameKey } from './organizations';

/**
 * Matches drafted organizations to companies the served data already has, by name and alias
 * ("Nvidia Corp" → nvidia), so a draft adds to them instead of creating look-alikes.
 */
export class ExistingCompanies {
  readonly #byKey = new Map<string, KnownCompany>();

  constructor(companies: readonly KnownCompany[] = knownCompanies()) {
    for (const c of companies) {
      for (const name of [c.name, ...c.aliases, c.slug.replace(/-/g, ' ')]) {
        const key = nameKey(name);
        if (key && !this.#byKey.has(key)) this.#byKey.set(key, c);
      }
    }
  }

  /** The served company any of these names refers to. */
  match(names: Iterable<string>): KnownCompany | undefined {
    for (const name of names) {
      const found = this.#byKey.get(nameKey(name));
      if (found) return found;
    }
    return undefined;
  }
}
