/**
 * The organizations a draft names: one entry per organization however often and in whatever form
 * the text names it ("Okapi Robotics" … "Okapi"), keeping the fullest form, with the kind and
 * headquarters the text states and the sentences that state them.
 */

const LEGAL_SUFFIX = /[\s,]+(?:inc|corp|corporation|ltd|limited|llc|gmbh|ag|sa|sas|plc|co|bv|ab|as|oy)\.?$/i;

/**
 * Lower-case words of a name without punctuation or a trailing legal suffix ("Nvidia Corp." →
 * "nvidia"): how names are told apart, in a draft and when scoring one.
 */
export function nameKey(name: string): string {
  return name
    .replace(LEGAL_SUFFIX, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Organization {
  name: string;
  /** Other forms the text uses. */
  readonly forms: Set<string>;
  kind: { value: string; sentence: number } | null;
  headquarters: { place: string; sentence: number } | null;
  readonly sentences: Set<number>;
}

const NAME_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*`;
const DEFINITION = new RegExp(
  String.raw`(${NAME_WORD}(?:\s+(?:${NAME_WORD}|of|&))*)(?:,?\s+(?:Inc|Corp|Ltd|LLC|GmbH|AG|SA|SAS|plc|Co|BV|AB|AS|Oy)\.?)?\s+\(\s*(?:["“]([^"”()]{1,40})["”]|(\p{Lu}{2,6}))\s*\)`,
  'gu',
);

/**
 * The short names a text defines for an organization, by key: 'Mzansi Grid Intelligence ("MGI")',
 * 'TerraPilot Robotics, Inc. ("TerraPilot")', 'Orbital Data Systems (ODS)'. A short name counts when
 * it is the full name's first words or its initials, so "(NASDAQ: ACME)" or a quoted nickname do not.
 */
export function definedShortNames(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) {
    const short = (m[2] ?? m[3])!.trim();
    const words = m[1]!.split(/\s+/);
    // The capitalised run may start with other words ("Today Acme Robotics"): the name is the shortest tail that fits.
    for (let i = words.length - 2; i >= 0; i--) {
      const full = words.slice(i);
      const initials = full
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (nameKey(full.join(' ')).startsWith(`${nameKey(short)} `) || initials === short) {
        defined.set(nameKey(short), full.join(' '));
        break;
      }
    }
  }
  return defined;
}

export class Organizations {
  readonly #byKey = new Map<string, Organization>();
  readonly #defined: ReadonlyMap<string, string>;

  /** `text`: the article, whose defined short names ('Acme Robotics ("Acme")') name their organization. */
  constructor(text = '') {
    this.#defined = definedShortNames(text);
  }

  /** The organization a name refers to, created on first mention. */
  mention(short: string, sentence: number): Organization {
    const name = this.#defined.get(nameKey(short)) ?? short;
    const key = nameKey(name);
    // "Savanna Rise" after "Savanna Rise Ventures": a short form of the one organization whose name it starts.
    let org = this.#byKey.get(key) ?? this.#onlyLonger(key);
    if (!org) {
      org = { name, forms: new Set([name]), kind: null, headquarters: null, sentences: new Set() };
      this.#byKey.set(key, org);
    }
    org.forms.add(name);
    org.forms.add(short);
    org.sentences.add(sentence);
    return org;
  }

  /** The organization already known by this name or a form of it, if any. */
  find(short: string): Organization | undefined {
    const key = nameKey(this.#defined.get(nameKey(short)) ?? short);
    return this.#byKey.get(key) ?? this.#onlyLonger(key);
  }

  /** The one organization whose name starts with the words of `key`, if exactly one does. */
  #onlyLonger(key: string): Organization | undefined {
    if (!key) return undefined;
    const longer = new Set([...this.#byKey.entries()].filter(([k]) => k.startsWith(`${key} `)).map(([, o]) => o));
    return longer.size === 1 ? [...longer][0] : undefined;
  }

  setKind(org: Organization, kind: string | null, sentence: number) {
    if (kind && !org.kind) org.kind = { value: kind, sentence };
  }

  /** Records a headquarters; a city the text names later replaces a country named first ("Polish … Kraków's"). */
  setHeadquarters(org: Organization, place: string | null, sentence: number, moreSpecific = false) {
    if (place && (!org.headquarters || moreSpecific)) org.headquarters = { place, sentence };
    if (place) org.sentences.add(sentence);
  }

  /**
   * Folds short forms into the full name they abbreviate: "Okapi" into "Okapi Robotics" when the
   * text uses both and only one longer name starts with it. Returns the survivor of every entry.
   */
  foldShortForms(text: string, modelNames: readonly string[] = []): Map<Organization, Organization> {
    const orgs = [...new Set(this.#byKey.values())];
    const into = new Map<Organization, Organization>(orgs.map((o) => [o, o]));
    for (const short of orgs) {
      const k = nameKey(short.name);
      const longer = orgs.filter((o) => o !== short && nameKey(o.name).startsWith(`${k} `));
      // A full name in the text that no fact used still makes the short form its short form.
      if (longer.length === 0 && text.includes(`${short.name} `)) {
        const fuller = new Set<string>();
        for (let at = text.indexOf(`${short.name} `); at !== -1; at = text.indexOf(`${short.name} `, at + 1)) {
          if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
          const more = /^((?: [\p{Lu}][\p{L}\p{N}]*)+)/u.exec(text.slice(at + short.name.length, at + short.name.length + 80));
          if (more) fuller.add(`${short.name}${more[1]}`);
        }
        // A model named after its company ("Vireo Motion 2") is not a fuller name of the company.
        for (const f of fuller) if (modelNames.some((m) => m.startsWith(f))) fuller.delete(f);
        if (fuller.size === 1) {
          const full = [...fuller][0]!;
          if (!/\b(?:said|says|Series|Capital|Ventures)\b/.test(full.slice(short.name.length))) {
            short.forms.add(short.name);
            short.name = full;
            this.#byKey.set(nameKey(full), short);
          }
        }
        continue;
      }
      if (longer.length !== 1) continue;
      const full = longer[0]!;
      for (const f of short.forms) full.forms.add(f);
      for (const s of short.sentences) full.sentences.add(s);
      full.kind ??= short.kind;
      full.headquarters ??= short.headquarters;
      into.set(short, full);
      this.#byKey.set(k, full);
    }
    return into;
  }

  all(): Organization[] {
    return [...new Set(this.#byKey.values())];
  }
}
