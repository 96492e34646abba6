// Text for Slack: Adaptive Card markdown (a CommonMark subset) turned into Slack mrkdwn, with
// &, < and > escaped so bound data can never become a mention (<!channel>) or a link. Plain-text
// objects are not parsed by Slack, so they only lose their markdown.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__/g;
const ITALIC_STAR = /(^|[^*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])/g;
const BULLET = /^(\s*)[-*] (?=\S)/gm;
// A character that cannot occur in bound text marks bold while single-star italics are rewritten.
const BOLD_MARK = '\u0000';

function emphasis(escaped: string): string {
  return escaped
    .replace(BULLET, '$1• ')
    .replace(BOLD, (_m, a: string | undefined, b: string | undefined) => `${BOLD_MARK}${a ?? b ?? ''}${BOLD_MARK}`)
    .replace(ITALIC_STAR, '$1_$2_')
    .split(BOLD_MARK)
    .join('*');
}

/** Adaptive Card markdown to Slack mrkdwn: **bold**, *italic*, [text](url), "- " bullets. */
export function markdownToMrkdwn(markdown: string): string {
  const clean = markdown.replace(/\u0000/g, '');
  let out = '';
  let last = 0;
  for (const m of clean.matchAll(LINK)) {
    out += emphasis(escapeMrkdwn(clean.slice(last, m.index)));
    const [, label = '', url = ''] = m;
    out += SAFE_URL.test(url) ? `<${escapeMrkdwn(url)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>` : escapeMrkdwn(label);
    last = m.index + m[0].length;
  }
  return out + emphasis(escapeMrkdwn(clean.slice(last)));
}

/** Markdown to plain text (for headers, labels, buttons): emphasis marks dropped, links as their text. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(LINK, '$1')
    .replace(BOLD, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(ITALIC_STAR, '$1$2');
}

/** Shortens to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** Splits long text into chunks of at most `max`, preferring line breaks, then spaces. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let at = window.lastIndexOf('\n');
    if (at < max / 2) at = window.lastIndexOf(' ');
    if (at < max / 2) at = max;
    const code = rest.charCodeAt(at - 1);
    if (code >= 0xd800 && code <= 0xdbff) at -= 1;
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^[ \n]/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}
