// Slack writes mentions into message text as <@U123> or <@U123|name>, and escapes &, < and >.
// Herstart takes the mentioned people out of the text and hands them to the core separately.

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

export interface TextWithMentions {
  text: string;
  userIds: string[];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Other markup: channel links and links keep their label, special mentions (<!here>) go. */
function plainMarkup(text: string): string {
  return text.replace(/<[#@!]?[^|>]*\|([^>]*)>/g, '$1').replace(/<![^>]*>/g, ' ').replace(/<([^>|]+)>/g, '$1');
}

export function extractMentions(raw: string, ignoreUserId?: string): TextWithMentions {
  const userIds: string[] = [];
  const withoutMentions = raw.replace(MENTION, (_m, id: string) => {
    if (id !== ignoreUserId && !userIds.includes(id)) userIds.push(id);
    return ' ';
  });
  const text = unescape(plainMarkup(withoutMentions)).replace(/\s+/g, ' ').trim();
  return { text, userIds };
}

/** `/herstart hr-here`: Slack users write commands as one hyphenated word; the core reads words. */
export function slashCommandText(text: string): string {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  return [first.replace(/-/g, ' '), ...rest].join(' ').trim();
}
