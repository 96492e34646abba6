// Folds text for matching: lower case, diacritics removed, typographic hyphens and apostrophes
// made plain, any other non-ASCII character that is not a letter or digit (quotes, dashes, emoji)
// made a space. The result has exactly the same length as the input, so an offset found in the
// folded text points at the same characters in the original (used to quote what was found).
// After folding, every non-ASCII character left is a letter or digit, which lets the matchers use
// plain character ranges instead of slower Unicode property classes.

const NON_ASCII = /[^\u0000-\u007f]/g;

const SAME_AS: Readonly<Record<string, string>> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u00ad': '-', // soft hyphen: "knie\u00adoperatie" is one word split for layout
  '\u2019': "'", // right single quotation mark, the usual apostrophe in typed text
  '\u2018': "'",
  '\u00a0': ' ', // no-break space
};

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function foldChar(ch: string): string {
  const same = SAME_AS[ch];
  if (same !== undefined) return same;
  if (!LETTER_OR_DIGIT.test(ch)) return ' ';
  // NFD splits "ö" into "o" + a combining mark; the base letter is what we keep. Characters that
  // are not one UTF-16 unit after folding (rare ligatures, astral symbols) stay as they are.
  const base = ch.normalize('NFD')[0] ?? ch;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

const ASCII_UPPER = /[A-Z]+/g;

export function foldText(text: string): string {
  // String.prototype.toLowerCase may change the length ("İ" becomes two units), so only ASCII
  // runs use it and every other character is folded on its own.
  return text.replace(NON_ASCII, foldChar).replace(ASCII_UPPER, (run) => run.toLowerCase());
}
