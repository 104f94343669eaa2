import type { People } from './names';
import type { Organization } from './organizations';
import type { Token } from './tokens';

/** One sentence as the extraction steps see it. */
export interface SentenceView {
  readonly index: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly headline: boolean;
  /** In a title-case headline, the words that end a name ("Raises", "To"). */
  readonly stops?: (t: Token) => boolean;
}

/** What the steps share: the article's people and organizations and the company it is about. */
export interface Resolver {
  readonly people: People;
  /**
   * The organization a name refers to; undefined for a person, a place or no name at all.
   * `evenIfPlace` accepts a place's name where only an organization can stand ("led by Georgian").
   */
  org(name: string, sentence: number, evenIfPlace?: boolean): Organization | undefined;
  /** The company "it" and "the company" refer to at this point of the article. */
  focus(): Organization | undefined;
  /** Makes `org` the company later references mean. */
  setFocus(org: Organization): void;
}

/** Resolves a subject found by clause.ts. */
export const subjectOrg = (subject: string | 'focus' | null, view: SentenceView, r: Resolver) =>
  subject === 'focus' ? r.focus() : subject ? r.org(subject, view.index) : undefined;
