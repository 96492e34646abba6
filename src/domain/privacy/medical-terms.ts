// The shape of a medical-term list. One list per language (medical-terms-nl.ts, -en.ts, -fr.ts);
// the screen compiles all of them together, because managers mix languages ("ze heeft een burn-out").
//
// Why this exists: the employer may never record the nature or cause of an illness, symptoms,
// treatment or treating doctors, not even with consent (AP beleidsregels "De zieke werknemer",
// BWBR0037896; in Belgium the employer only hears fit or unfit). Free text is screened so such
// details are held back before anything is saved.
//
// Every entry is written normalised: lower case, no diacritics ("koorts", "beta"), as the screen
// folds the text the same way before matching.

export interface MedicalTermList {
  language: 'nl' | 'en' | 'fr';
  /** Whole words only ("arts", "flu", "pain"), because as parts of other words they mean other things. */
  words: readonly string[];
  /**
   * Flagged wherever they occur inside a word, so compounds are caught in any position:
   * rugpijn, knieoperatie, ziekenhuisopname, fysiotherapeut. Only stems that no common work word
   * contains; the exceptions that exist go into `allowWords`.
   */
  stems: readonly string[];
  /**
   * Compound heads that are medical only after a body part or medical modifier: rug+klachten,
   * hart+aanval, bloed+onderzoek. Alone they are work talk (klantklachten, marktonderzoek).
   */
  heads: readonly string[];
  /**
   * First parts of compounds whose head is in `heads`: rug+klachten, paniek+aanval. The compound
   * must start with one (optionally after links/rechter/onder/boven), so "robotproblemen" is not
   * read as bot+problemen.
   */
  modifiers: readonly string[];
  /** Body parts as separate words, for `{bodypart}` in phrases ("last van zijn knie", "hurt her back"). */
  bodyParts: readonly string[];
  /** Words that may stand between a verb and a body part in phrases: "zijn" rug, "her" knee. */
  possessives: readonly string[];
  /**
   * Little words that may stand between a body part and its complaint, or a verb and what it is
   * about, for `{adv}` in phrases: "zijn knie speelt *weer* op", "her back *is still* hurting".
   */
  adverbs: readonly string[];
  /**
   * Multi-word patterns, as regular-expression source over the folded text. A space matches any
   * run of spaces or hyphens; `{bodypart}`, `{poss}` and `{adv}` expand to the lists above. Use
   * only non-capturing groups.
   */
  phrases: readonly string[];
  /**
   * A word containing one of these is never flagged by the word rules: "bedrijfsarts" (the
   * occupational doctor is part of the legal process), "pijnlijk" (awkward), "cooperatie".
   */
  allowWords: readonly string[];
  /** Patterns (same syntax as `phrases`) blanked out before matching: "occupational doctor". */
  allowPhrases: readonly string[];
}
