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

/**
 * A license name reduced to the words that tell licenses apart: "Apache License, Version 2.0" and
 * "Apache License 2.0" → "apache 2.0"; "Creative Commons Attribution-NonCommercial 4.0" and SPDX's
 * "Creative Commons Attribution Non Commercial 4.0 International" → "creative commons attribution
 * noncommercial 4.0".
 */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(?:licen[cs]es?|version|the|international|generic|unported)\b/g, ' ')
    .replace(/\b(a|l)?gplv(?=\d)/g, '$1gpl ')
    .replace(/\bv(?=\d)/g, ' ')
    .replace(/\bnon[\s-]+commercial\b/g, 'noncommercial')
    .replace(/\bshare[\s-]+alike\b/g, 'sharealike')
    .replace(/\bno[\s-]+derivatives\b/g, 'noderivatives')
    .replace(/(?<![\d.])(\d+)(?![\d.])/g, '$1.0')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const index = new Map<string, string>();
const list = spdx as Record<string, { name: string; osiApproved: boolean }>;
for (const [id, license] of Object.entries(list)) {
  if (!index.has(norm(id))) index.set(norm(id), id);
  if (!index.has(norm(license.name))) index.set(norm(license.name), id);
}
// "GPLv3", "the GNU General Public License v3": SPDX's current id is GPL-3.0-only (GPL-3.0 is deprecated).
for (const id of Object.keys(list)) {
  const only = `${id}-only`;
  if (list[only]) {
    index.set(norm(id), only);
    index.set(norm(list[only].name.replace(/\s+only$/, '')), only);
  }
}

/** The SPDX id whose id or name is `words` (or, unless `whole`, their last words: "the open-source Apache 2.0"). */
export function spdxIdOf(words: string, whole = false): string | null {
  const parts = norm(words).split(' ').filter(Boolean);
  for (let i = 0; i < (whole ? Math.min(1, parts.length) : parts.length); i++) {
    const id = index.get(parts.slice(i).join(' '));
    if (id) return id;
  }
  return null;
}

const MENTION =
  /\b(?:(?:under|with|via|using)\s+(?:an?\s+|the\s+|its\s+)?)?((?:[\p{L}\p{N}.+-]+\s+){0,5}?)(?:license|licence)\b(?:,?\s+(?:version\s+|v)(\d+(?:\.\d+)?)|\s+(\d+\.\d+)(?!\.?\d))?|\blicen[cs]ed\s+under\s+(?:the\s+|an?\s+)?([\p{L}\p{N}.+\- ]{2,60}?)(?=\s*(?:license|licence)?\s*(?:[,;]|\.(?!\d)|$|\s(?:and|while|which|for|but|so)\b))|\b([\p{L}\p{N}.+ -]{2,30}?)[- ]licensed\b/giu;

/** "released under Apache 2.0", "under CC BY 4.0": a license named without the word license, kept only when SPDX knows it. */
const UNDER = /\bunder\s+(?:the\s+|an?\s+)?([\p{L}\p{N}.+\- ]{2,40}?)(?=\s*(?:[,;]|\.(?!\d)|$|\s(?:and|while|which|for|but|so|with)\b))/giu;

/** Every license the sentence names, with its SPDX id or null when SPDX does not know it. */
export function licenseMentions(sentence: string): LicenseMention[] {
  const found: LicenseMention[] = [];
  for (const m of sentence.matchAll(UNDER)) {
    const id = /\blicen[cs]e\b/i.test(m[1]!) ? null : spdxIdOf(m[1]!, true);
    if (id) found.push({ start: m.index, end: m.index + m[0].length, spdxId: id, text: m[0] });
  }
  // "(open weights, Apache-2.0)": an SPDX id written as SPDX writes it, with its version.
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}.-])[A-Z][A-Za-z]*(?:-[A-Za-z]+)*-\d+(?:\.\d+)*(?:-[A-Za-z]+)*(?![\p{L}\p{N}-])/gu)) {
    const id = list[m[0]] ? m[0] : list[`${m[0]}-only`] ? `${m[0]}-only` : null;
    if (id && !found.some((f) => f.start <= m.index && m.index < f.end))
      found.push({ start: m.index, end: m.index + m[0].length, spdxId: id, text: m[0] });
  }
  for (const m of sentence.matchAll(MENTION)) {
    // "the Apache License, Version 2.0", "the Mozilla Public License 2.0": the version after the word license is part of the name.
    const words = `${m[1] ?? m[4] ?? m[5] ?? ''} ${m[2] ?? m[3] ?? ''}`.trim();
    if (!words || found.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, spdxId: spdxIdOf(words), text: m[0] });
  }
  return found;
}
