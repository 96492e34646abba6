import { extractMentions, slashCommandText } from '../../../../src/channels/slack/inbound/mentions';

describe('Slack mentions and command text', () => {
  it('takes mentions out of the text, once each, leaving the bot out', () => {
    expect(extractMentions('ziekmelding <@U0SANNE|sanne> en <@U0BOT> <@U0SANNE>', 'U0BOT')).toEqual({
      text: 'ziekmelding en',
      userIds: ['U0SANNE'],
    });
    expect(extractMentions('hr toevoegen <@W0GRID>').userIds).toEqual(['W0GRID']);
  });

  it('unescapes Slack\'s entities and keeps the labels of links and channels', () => {
    expect(extractMentions('Q&amp;A &lt;3 in <#C123|hr-team> see <https://example.com|de site> <!here>').text).toBe(
      'Q&A <3 in hr-team see de site',
    );
  });

  it('reads hyphenated slash-command words as the words the core knows', () => {
    expect(slashCommandText('  hr-here ')).toBe('hr here');
    expect(slashCommandText('hr-add <@U1|hanna>')).toBe('hr add <@U1|hanna>');
    expect(slashCommandText('mijn-casussen')).toBe('mijn casussen');
    expect(slashCommandText('ziekmelding Jan-Willem')).toBe('ziekmelding Jan-Willem');
    expect(slashCommandText('')).toBe('');
  });
});
