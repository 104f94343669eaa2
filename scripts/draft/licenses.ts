import spdx from 'spdx-license-list';

/**
 * Licenses named in the text ("the Apache 2.0 license", "MIT-licensed", "CC BY-NC 4.0") as SPDX ids,
 * looked up in spdx-license-list by id and by name; a license SPDX does not list is not guessed.
 */

export interface LicenseMention {
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly spdxId: string | null;
  readonly text: string;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\blicen[cs]e\b/g, ' ')
    .replace(/\bversion\b/g, ' ')
    .replace(/\bv(?=\d)/g, ' ')
    .replace(/\b(\d+)\b(?!\.)/g, '$1.0')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const index = new Map<string, string>();
for (const [id, license] of Object.entries(spdx as Record<string, { name: string; osiApproved: boolean }>)) {
  if (!index.has(norm(id))) index.set(norm(id), id);
  if (!index.has(norm(license.name))) index.set(norm(license.name), id);
}

/** The SPDX id whose id or name is `words` (or their last words: "the open-source Apache 2.0"). */
export function spdxIdOf(words: string): string | null {
  const parts = norm(words).split(' ').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const id = index.get(parts.slice(i).join(' '));
    if (id) return id;
  }
  return null;
}

const MENTION =
  /\b(?:(?:under|with|via|using)\s+(?:an?\s+|the\s+|its\s+)?)?((?:[\p{L}\p{N}.+-]+\s+){0,5}?)(?:license|licence)\b|\blicen[cs]ed\s+under\s+(?:the\s+|an?\s+)?([\p{L}\p{N}.+\- ]{2,60}?)(?=\s*(?:license|licence)?\s*(?:[,;]|\.(?!\d)|$|\s(?:and|while|which|for|but|so)\b))|\b([\p{L}\p{N}.+ -]{2,30}?)-licensed\b/giu;

/** "released under Apache 2.0": a license named without the word license, kept only when SPDX knows it. */
const UNDER =
  /\b(?:released|available|published|licensed|distributed|open-sourced|offered|shared)\s+under\s+(?:the\s+|an?\s+)?([\p{L}\p{N}.+\- ]{2,40}?)(?=\s*(?:[,;]|\.(?!\d)|$|\s(?:and|while|which|for|but|so|with)\b))/giu;

/** Every license the sentence names, with its SPDX id or null when SPDX does not know it. */
export function licenseMentions(sentence: string): LicenseMention[] {
  const found: LicenseMention[] = [];
  for (const m of sentence.matchAll(UNDER)) {
    const id = /\blicen[cs]e\b/i.test(m[1]!) ? null : spdxIdOf(m[1]!);
    if (id) found.push({ start: m.index, end: m.index + m[0].length, spdxId: id, text: m[0] });
  }
  for (const m of sentence.matchAll(MENTION)) {
    const words = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!words || found.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, spdxId: spdxIdOf(words), text: m[0] });
  }
  return found;
}
