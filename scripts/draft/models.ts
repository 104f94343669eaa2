import { subjectBefore } from './clause';
import type { ModelKindValue } from './dataset';
import { licenseMentions } from './licenses';
import { isLanguageName, NOT_NAMES } from './names';
import type { Organization } from './organizations';
import { isPlace, nationalityCode } from './places';
import { chunkEnd, span, type Token } from './tokens';
import { type Resolver, type SentenceView, subjectOrg } from './view';

/**
 * AI models the text names as a company's: "released Tern-2, a speech recognition model",
 * "its flagship model, Ledger-7", "its Halyard Coder 2 model", "compared … with OpenAI's Whisper",
 * with the developer ("its", the clause's subject, a possessive) and the license named beside it.
 * A product that the text does not call a model (an app, a chip, a platform) is not one.
 */

export interface DraftModel {
  name: string;
  developer: Organization | null;
  /** SPDX id; null when none is named or SPDX has no id for it. */
  license: string | null;
  /** The license words when SPDX has no id for them ("the Llama 2 Community License"). */
  unknownLicense: string | null;
  /** ModelKind the text states ("a speech recognition model"), or null. */
  kind: string | null;
  readonly sentences: Set<number>;
}

const MODEL_WORD = /\b(?:models?|llms?|language models?|foundation models?|weights)\b/i;
const VARIANT = new Set([
  'mini',
  'lite',
  'pro',
  'max',
  'nano',
  'ultra',
  'turbo',
  'plus',
  'instruct',
  'chat',
  'base',
  'large',
  'small',
  'medium',
  'vision',
  'flash',
  'preview',
]);
const RELEASE =
  /\b(?:released|releases|launched|launches|unveiled|unveils|introduced|introduces|open-sourced|open-sources|debuted|debuts|shipped|ships|rolled out|rolls out|previewed|announced|announces|published|publishes|trained|trains|built|builds|developed|develops)\s+$/i;

/** The end of a model name starting at token `i`: capitalised words, numbers and variants ("Halyard Coder 2", "Mistral 7B"). */
function modelEnd(tokens: readonly Token[], i: number): number {
  let j = chunkEnd(tokens, i);
  while (j < tokens.length && (/^\d+(?:\.\d+)?[bmk]?$/i.test(tokens[j]!.text) || VARIANT.has(tokens[j]!.lower) || tokens[j]!.namey)) {
    if (tokens[j]!.namey && !/\d/.test(tokens[j]!.text) && !VARIANT.has(tokens[j]!.lower)) break;
    j++;
  }
  return j;
}

const MODEL_KINDS: readonly (readonly [RegExp, ModelKindValue])[] = [
  [/\b(?:large )?language models?\b|\bllms?\b|\bchatbot models?\b/i, 'LARGE_LANGUAGE_MODEL'],
  [/\bspeech[- ]recognition\b|\btranscri\w+\b/i, 'SPEECH_RECOGNITION'],
  [/\b(?:text-to-speech|speech synthesis|voice models?)\b/i, 'SPEECH_SYNTHESIS'],
  [/\bimage[- ]generation\b|\btext-to-image\b/i, 'IMAGE_GENERATION'],
  [/\bvideo[- ]generation\b|\btext-to-video\b/i, 'VIDEO_GENERATION'],
  [/\bembedding models?\b/i, 'EMBEDDING'],
  [/\bmultimodal\b/i, 'MULTIMODAL'],
  [/\b(?:code|coding) (?:models?|generation)\b|\bwrite,? test and fix code\b/i, 'CODE'],
  [/\brobot\w*\b/i, 'ROBOTICS'],
  [/\b(?:protein|weather|materials|molecul\w+)\b/i, 'SCIENTIFIC'],
  [/\bworld models?\b/i, 'WORLD_MODEL'],
  [/\bvision models?\b|\bcomputer vision\b/i, 'VISION'],
];

/** The ModelKind a sentence about a model states, or null. */
export const modelKind = (sentence: string): string | null => MODEL_KINDS.find(([re]) => re.test(sentence))?.[1] ?? null;

const looksLikeModelName = (name: string) => /\d/.test(name) || /-/.test(name) || name.split(' ').length <= 3;

/**
 * Why the name at tokens [i, end) is a model's, or null: already known or a variant of a known one
 * ("Quill 2 Large" after "Quill 2"), named after "model"/"version", described as a model in
 * apposition, headed by "model", released in a sentence about models, or owned ("OpenAI's Whisper").
 */
function modelCue(
  view: SentenceView,
  i: number,
  end: number,
  known: ReadonlyMap<string, DraftModel>,
  r: Resolver,
): 'known' | 'named' | 'appositive' | 'headed' | 'released' | 'possessed' | null {
  const { tokens, text } = view;
  const name = span(text, tokens, i, end);
  const lower = name.toLowerCase();
  const variantOf = (k: string) =>
    lower.startsWith(`${k} `) &&
    lower
      .slice(k.length + 1)
      .split(' ')
      .every((w) => VARIANT.has(w) || /^\d/.test(w));
  if (known.has(lower) || [...known.keys()].some(variantOf)) return 'known';
  const before = text.slice(0, tokens[i]!.start);
  const after = text.slice(tokens[end - 1]!.end);
  const more = tokens[end]?.lower === 'and' || (tokens[end]?.text === ',' && tokens[end + 1]?.namey === true);
  // "model, Ledger-7," / "model called Tern" / "version, Tern-2 Mini," / "models: Sable-2 Mini". After a
  // comma or colon the name stands in apposition, so a comma or the sentence's end follows it
  // (or the rest of a list); "… their model weights, Hanbit keeps …" starts a clause instead.
  const apposed = !tokens[end] || [',', '.', ';', ':', '('].includes(tokens[end]!.text);
  if (
    /\b(?:model|llm|version|variant|successor|system|sibling|edition)s?\s*(?:called|named|dubbed|known as|,?\s*which it calls)\s*$/i.test(
      before,
    ) ||
    ((apposed || (more && /\b(?:models|versions|variants|llms)\s*[,:]\s*$/i.test(before))) &&
      (/\b(?:model|llm|version|variant|successor|system|sibling|edition)s?\s*[,:]\s*$/i.test(before) ||
        /\b(?:model|llm|version|variant|sibling|edition)\b[^,.;:]{0,50},\s*$/i.test(before)))
  )
    return 'named';
  // "Tern-2, a speech recognition model" / "Halyard Coder 2, a model trained to …", but not
  // "Vireo, a New York startup building video models" (a company).
  if (
    /^\s*,\s*(?:a|an|its|the|their)\b[^,.;]{0,80}?\b(?:model|llm|version|variant)s?\b/i.test(after) &&
    // The company noun must describe the name, not come after the model ("a model the company trained") or own it ("the company's model").
    !/^\s*,\s*(?:a|an|the)\s+(?:(?!(?:model|llm)s?\b)[\p{L}\p{N}-]+\s+){0,3}?(?:startup|start-up|company|firm|developer|maker|lab|provider|business|nonprofit|unicorn)\b(?!['’]s)/iu.test(
      after,
    )
  )
    return 'appositive';
  // "its Halyard Coder 2 model", "the Ledger-7 model", "MGI's GridSense-ZA forecasting model"
  if (
    /\b(?:its|their|the|a|new|whose)\s+$|['’]s\s+$/i.test(before) &&
    (/^\s+(?:model|llm|language model|foundation model|system)s?\b/i.test(after) ||
      // "its Nordic speech models": a place's adjective describes models, it names none.
      (/^\s+[a-z][\w-]*\s+(?:model|llm)s?\b/.test(after) && !isPlace(name) && !nationalityCode(name)))
  )
    return 'headed';
  const mentionsModel = MODEL_WORD.test(text);
  // "released Tern-2" in a sentence about a model
  if (RELEASE.test(before) && mentionsModel && /[\d-]/.test(name)) return 'released';
  // "… than OpenAI's Whisper", "compared Tern-2 with OpenAI's Whisper", "Meta's Llama 3"
  const owner = /([\p{Lu}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*)*)['’]s\s+$/u.exec(before);
  const aboutModels = mentionsModel || [...known.keys()].some((k) => text.toLowerCase().includes(k));
  if (
    owner &&
    aboutModels &&
    ((/\d/.test(name) && r.org(owner[1]!, view.index) !== undefined) ||
      /\b(?:compared|outperform\w*|beat\w*|rival\w*|match\w*|surpass\w*|than|versus|vs\.?|against|with)\s+[\p{Lu}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*)*['’]s\s+$/u.test(
        before,
      ))
  )
    return 'possessed';
  return null;
}

/** Models named in one sentence, added to `known` (by name); returns the ones this sentence names, in order. */
export function modelsIn(view: SentenceView, r: Resolver, known: Map<string, DraftModel>): { model: DraftModel; start: number }[] {
  const { tokens, text } = view;
  /** `list` numbers the models named together in one list. */
  const found: { model: DraftModel; start: number; list?: number }[] = [];
  const earlier = [...known.values()];
  const add = (from: number, to: number, developer: Organization | null | undefined) => {
    const name = span(text, tokens, from, to);
    if (!looksLikeModelName(name) || r.people.has(name)) return;
    if (/^(?:The|A|An|Its|This|That)$/.test(name)) return;
    let model = known.get(name.toLowerCase());
    if (!model) {
      model = { name, developer: developer ?? null, license: null, unknownLicense: null, kind: modelKind(text), sentences: new Set() };
      known.set(name.toLowerCase(), model);
    } else if (!model.developer && developer) model.developer = developer;
    model.sentences.add(view.index);
    if (!found.some((f) => f.model === model)) found.push({ model, start: tokens[from]!.start });
  };
  const developerAt = (i: number): Organization | undefined => {
    // "Quillon's flagship model, Ledger-7": a possessive owner before; "its": the clause's subject.
    const before = text.slice(0, tokens[i]!.start);
    const possessive =
      /([\p{Lu}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*)*)['’]s?\s+(?:[\w-]+\s+){0,3}(?:models?|llms?|versions?|products?)?[\s,]*$/u.exec(
        before,
      );
    if (possessive) {
      const org = r.org(possessive[1]!, view.index);
      if (org) return org;
    }
    // "Naver, whose HyperCLOVA X model": the name before "whose".
    const whose = /([\p{Lu}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*)*),\s+whose\s+$/u.exec(before);
    if (whose) return r.org(whose[1]!, view.index);
    // "Its Deckbox hardware runs …": the subject is the article's company's own thing.
    if (/^(?:its|their)\s/i.test(text) && r.focus()) return r.focus();
    return (
      subjectOrg(subjectBefore(text, tokens, i, r.people, view.stops), view, r) ??
      (/\b(?:its|their)\b/i.test(before) ? r.focus() : undefined)
    );
  };
  /** Set after a model named in a list ("models, Quill 2 Small and Quill 2 Medium,"): the next name is one too. */
  let listed = false;
  let lists = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Its V9-Claims model …": a sentence's capitalised opening pronoun or article is no part of a name.
    if (!t.namey || (i === 0 && /^(?:its|their|the|a|an|this|our)$/.test(t.lower))) continue;
    const end = modelEnd(tokens, i);
    const name = span(text, tokens, i, end);
    const lower = name.toLowerCase();
    const more = tokens[end]?.lower === 'and' || (tokens[end]?.text === ',' && tokens[end + 1]?.namey === true);
    const previous = found.at(-1);
    // The next name of a list of models ("models, Quill 2 Small and Quill 2 Medium,"): the same developer.
    if (listed) {
      listed = more;
      add(i, end, previous?.model.developer);
      if (found.at(-1) !== previous) found.at(-1)!.list = previous?.list;
      i = end - 1;
      continue;
    }
    const before = text.slice(0, t.start);
    const why = modelCue(view, i, end, known, r);
    // "whose AI models": a common word is not a model's name.
    if (
      why &&
      !isLanguageName(name) &&
      !name.split(' ').every((w) => /^(?:The|A|An|Its|This|That|In|On|And)$/.test(w) || NOT_NAMES.has(w.toLowerCase()))
    ) {
      add(i, end, known.has(lower) ? undefined : developerAt(i));
      if (more && (why === 'named' || why === 'known') && /\b(?:models|versions|variants|llms|sizes)\b[^.;]*$|,\s*$|:\s*$/i.test(before)) {
        listed = true;
        const first = found.at(-1)!;
        first.list = ++lists;
      }
    }
    i = end - 1;
  }
  // A model introduced without its developer ("A smaller model, Ledger-7 Lite, …") is the article's company's.
  // A sibling of an earlier model ("Reef-32B" after "Reef-8B") is its developer's; else the article's company's.
  const family = (name: string) => name.toLowerCase().split(/[\s-]/)[0]!;
  for (const f of found) {
    if (f.model.developer) continue;
    const sibling = earlier.find((m) => m.developer && family(m.name) === family(f.model.name));
    f.model.developer = sibling?.developer ?? r.focus() ?? earlier.at(-1)?.developer ?? null;
  }
  // Licenses: each to the model named nearest before it in the sentence, else the last one named
  // before the sentence, else the next one in it.
  for (const l of licenseMentions(text)) {
    const before = found.filter((f) => f.start < l.start).at(-1);
    const after = found.find((f) => f.start >= l.start);
    const model = before?.model ?? earlier.at(-1) ?? after?.model;
    // "Quill 2 Small and Quill 2 Medium are available under …": every model of the list.
    const group =
      before?.list !== undefined ? found.filter((f) => f.list === before.list && f.start < l.start).map((f) => f.model) : [model];
    for (const m of group) {
      if (!m || m.license || m.unknownLicense) continue;
      if (l.spdxId) m.license = l.spdxId;
      else if (
        !/\b(?:custom|own|proprietary|commercial|restrictive|permissive|open|open-source|research)\s+(?:license|licence)$/i.test(l.text)
      ) {
        m.unknownLicense = l.text;
      }
      m.sentences.add(view.index);
    }
  }
  return found;
}
