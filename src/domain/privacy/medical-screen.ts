// Screens free text for medical details before anything is saved (AP beleidsregels "De zieke
// werknemer": never the nature or cause of an illness, symptoms, treatment or treating doctors).
// Dutch, English and French lists are applied together, since managers mix the languages.
//
// Cost: the lists are compiled once into a handful of regular expressions and sets; a text is
// folded once, phrases are found with one regex pass and every word is checked against a set and
// three compiled regexes. A 2,000-character note takes microseconds (see bench/medical-screen.ts).
import { foldText } from './fold-text';
import type { MedicalTermList } from './medical-terms';
import { DUTCH_MEDICAL_TERMS } from './medical-terms-nl';
import { ENGLISH_MEDICAL_TERMS } from './medical-terms-en';
import { FRENCH_MEDICAL_TERMS } from './medical-terms-fr';

export interface ScreenResult {
  flagged: boolean;
  /** What was found, quoted from the text as written, first occurrence first, without duplicates. */
  matches: string[];
}

interface CompiledScreen {
  allowPhrases: RegExp | null;
  /** The phrase alternation in order, cut into regexes V8 still optimises (see PHRASE_CHUNK_CHARS). */
  phrases: RegExp[];
  words: ReadonlySet<string>;
  /** Stems anywhere in a word, or a whole word that is modifier + head: one test per word. */
  stemsOrCompounds: RegExp | null;
  allowWords: RegExp | null;
}

// Letters, digits and the hyphen count as inside a word: "bad back-end" is not "bad back".
// Folded text has only letters and digits outside ASCII (see fold-text.ts), hence the plain ranges.
const WORD_CHAR = '[a-z0-9\\u0080-\\uffff\\-]';
const TOKEN = /[a-z0-9\u0080-\uffff]+(?:-[a-z0-9\u0080-\uffff]+)*/g;
// Dutch compounds may start with a side or position before the body part: linkerknieklachten.
const COMPOUND_PREFIX = '(?:links|rechts|linker|rechter|onder|boven|lage|hoge)?';
const COMPOUND_LINK = '(?:s|e|en)?';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(items: readonly string[]): string {
  // Longest first, so "knieen" wins over "knie" inside an alternation.
  const unique = [...new Set(items)].sort((a, b) => b.length - a.length);
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

/** Turns a phrase pattern from a term list into regex source (see MedicalTermList.phrases). */
export function phraseSource(pattern: string, bodyParts: string, possessives: string, adverbs = '(?:)'): string {
  return pattern
    .replace(/\{bodypart\}/g, bodyParts)
    .replace(/\{poss\}/g, possessives)
    .replace(/\{adv\}/g, adverbs)
    .replace(/ \?/g, '[\\s\\-]*')
    .replace(/ /g, '[\\s\\-]+');
}

// V8 stops optimising a regular expression whose source passes 20 KB (kRegExpTooLargeToOptimize):
// with the French list the phrases made one regex of 20.5 KB, and screening a one-line note took
// about 175 µs instead of 13. They are cut, in order, into regexes of at most this many characters.
const PHRASE_CHUNK_CHARS = 8_000;

function chunked(sources: readonly string[], limit: number): string[][] {
  const chunks: string[][] = [];
  let size = Infinity;
  for (const source of sources) {
    if (size + source.length + 1 > limit) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(source);
    size += source.length + 1;
  }
  return chunks;
}

function wholeWordRegex(sources: string[], flags: string): RegExp | null {
  if (sources.length === 0) return null;
  return new RegExp(`(?<!${WORD_CHAR})(?:${sources.join('|')})(?!${WORD_CHAR})`, flags);
}

const BODY_PART = '{bodypart}';

/**
 * Phrases that start with a body part share one `{bodypart}` prefix, so at each position the regex
 * tries the long body-part alternation once rather than once per phrase.
 */
function shareBodyPartPrefix(phrases: readonly string[]): string[] {
  const tails = phrases.filter((p) => p.startsWith(BODY_PART)).map((p) => p.slice(BODY_PART.length));
  if (tails.length < 2) return [...phrases];
  return [`${BODY_PART}(?:${tails.join('|')})`, ...phrases.filter((p) => !p.startsWith(BODY_PART))];
}

export function compileScreen(lists: readonly MedicalTermList[]): CompiledScreen {
  const phrases: string[] = [];
  const allowPhrases: string[] = [];
  for (const list of lists) {
    const bodyParts = alternation(list.bodyParts);
    const possessives = alternation(list.possessives);
    const adverbs = alternation(list.adverbs);
    for (const p of shareBodyPartPrefix(list.phrases)) phrases.push(phraseSource(p, bodyParts, possessives, adverbs));
    for (const p of list.allowPhrases) allowPhrases.push(phraseSource(p, bodyParts, possessives, adverbs));
  }
  const stems = lists.flatMap((l) => l.stems);
  const allowWords = lists.flatMap((l) => l.allowWords);
  const heads = lists.flatMap((l) => l.heads);
  const modifiers = lists.flatMap((l) => l.modifiers);
  const detectors: string[] = [];
  if (stems.length) detectors.push(alternation(stems));
  if (heads.length && modifiers.length) {
    detectors.push(`^${COMPOUND_PREFIX}${alternation(modifiers)}${COMPOUND_LINK}${alternation(heads)}$`);
  }
  return {
    allowPhrases: wholeWordRegex(allowPhrases, 'g'),
    phrases: chunked(phrases, PHRASE_CHUNK_CHARS).map((chunk) => wholeWordRegex(chunk, 'g')!),
    words: new Set(lists.flatMap((l) => l.words)),
    stemsOrCompounds: detectors.length ? new RegExp(detectors.join('|')) : null,
    allowWords: allowWords.length ? new RegExp(alternation(allowWords)) : null,
  };
}

function isMedicalWord(screen: CompiledScreen, word: string): boolean {
  const hit = screen.words.has(word) || (screen.stemsOrCompounds?.test(word) ?? false);
  // The allow list is consulted only on a hit: most words hit nothing.
  return hit && !(screen.allowWords?.test(word) ?? false);
}

/** Hyphenated words are checked part by part and as one word ("burn-out", "knie-operatie"). */
function checkToken(screen: CompiledScreen, token: string, at: number, found: Array<[number, number]>): void {
  if (!token.includes('-')) {
    if (isMedicalWord(screen, token)) found.push([at, at + token.length]);
    return;
  }
  const parts = token.split('-');
  const joined = parts.join('');
  // An allowed word that spans the hyphen ("arbo-arts", "preventieadviseur-arbeidsarts") clears the whole token.
  const allowedAcross = screen.allowWords?.exec(joined);
  if (allowedAcross && !parts.some((p) => p.includes(allowedAcross[0]))) return;
  let offset = at;
  let partFound = false;
  for (const part of parts) {
    if (isMedicalWord(screen, part)) {
      found.push([offset, offset + part.length]);
      partFound = true;
    }
    offset += part.length + 1;
  }
  if (!partFound && isMedicalWord(screen, joined)) found.push([at, at + token.length]);
}

function blankOut(text: string, pattern: RegExp | null): string {
  if (!pattern) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (m) => ' '.repeat(m.length));
}

/**
 * Finds what the phrases as one alternation would find, from regexes that each hold a part of it in
 * order: the leftmost match of any part, the earlier part on a tie, the search going on after it.
 * Exec loops on the compiled regexes: matchAll would copy them on every call, and V8 runs a fresh
 * copy in its slow interpreter.
 */
function findPhrases(parts: readonly RegExp[], text: string, found: Array<[number, number]>): void {
  const next = parts.map((r) => {
    r.lastIndex = 0;
    return r.exec(text);
  });
  for (;;) {
    let best = -1;
    for (let i = 0; i < next.length; i++) if (next[i] && (best < 0 || next[i]!.index < next[best]!.index)) best = i;
    if (best < 0) return;
    const m = next[best]!;
    const end = m.index + m[0].length;
    found.push([m.index, end]);
    const from = Math.max(end, m.index + 1); // an empty match must not hold the search in place
    for (let i = 0; i < next.length; i++) {
      if (next[i] && next[i]!.index < from) {
        parts[i]!.lastIndex = from;
        next[i] = parts[i]!.exec(text);
      }
    }
  }
}

export function screenWith(screen: CompiledScreen, text: string): ScreenResult {
  const folded = blankOut(foldText(text), screen.allowPhrases);
  const found: Array<[number, number]> = [];
  findPhrases(screen.phrases, folded, found);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) checkToken(screen, m[0], m.index, found);
  // Widest first at each position, and a match inside a wider one ("pain" in "back pain") is dropped.
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const seen = new Set<string>();
  const matches: string[] = [];
  let coveredTo = -1;
  for (const [start, end] of found) {
    if (end <= coveredTo) continue;
    coveredTo = end;
    // "burn-out", "burnout" and "burn out" are one finding.
    const key = folded.slice(start, end).replace(/[\s-]+/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push(text.slice(start, end));
  }
  return { flagged: matches.length > 0, matches };
}

let defaultScreen: CompiledScreen | null = null;

/** Screens Dutch, English and French free text for medical details. Pure; the lists compile on first use. */
export function screenText(text: string): ScreenResult {
  defaultScreen ??= compileScreen([DUTCH_MEDICAL_TERMS, ENGLISH_MEDICAL_TERMS, FRENCH_MEDICAL_TERMS]);
  return screenWith(defaultScreen, text);
}
