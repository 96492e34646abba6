// A line breaker breaks at spaces; a word longer than a column (a pasted link, a reference
// number, "aaaaaaaa...") would run past the margin. Such words get zero-width break chances,
// which print as nothing and are not copied out as spaces.
const LONG_WORD = /\S{31,}/g;
const ZERO_WIDTH_SPACE = '\u200b';

export function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (word) => (word.match(/.{1,24}/gu) ?? [word]).join(ZERO_WIDTH_SPACE));
}
