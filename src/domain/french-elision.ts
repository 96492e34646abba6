// French drops the vowel of "de", "que" and "le" before a word that starts with a vowel: "le
// dossier de Sophie" but "le dossier d’Anna". Names come from Teams and Slack, so the texts that
// put one after such a word ask here. A name starting with H keeps "de": most names we meet are
// Dutch or Germanic (Henk, Hanna), where French speakers do not elide.
const VOWEL_START = /^[aeiouyàâäéèêëîïôöûüœæ]/i;

/** "de Sophie", "d’Anna". */
export function deName(name: string): string {
  return VOWEL_START.test(name) ? `d’${name}` : `de ${name}`;
}

/** "que Sophie", "qu’Anna". */
export function queName(name: string): string {
  return VOWEL_START.test(name) ? `qu’${name}` : `que ${name}`;
}

/** "le travailleur", "l’employeur", "l’honneur": for common nouns, where a silent h elides too. */
export function theNoun(word: string): string {
  return /^[aeiouéèêh]/i.test(word) ? `l’${word}` : `le ${word}`;
}
