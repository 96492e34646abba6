import { escapeMrkdwn, markdownToMrkdwn, markdownToPlain, splitText, truncate } from '../../src/cards/mrkdwn';

describe('mrkdwn', () => {
  it('escapes the three characters Slack reserves, and only those', () => {
    expect(escapeMrkdwn('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'');
  });

  it('converts emphasis without touching words with underscores or lone stars', () => {
    expect(markdownToMrkdwn('**vet**, __ook vet__, *schuin*, _schuin_')).toBe('*vet*, *ook vet*, _schuin_, _schuin_');
    expect(markdownToMrkdwn('case_id en 3 * 4 = 12')).toBe('case_id en 3 * 4 = 12');
  });

  it('keeps only web and mail links', () => {
    expect(markdownToMrkdwn('[site](https://a.nl) [mail](mailto:hr@a.nl) [x](ftp://a.nl)')).toBe('<https://a.nl|site> <mailto:hr@a.nl|mail> x');
  });

  it('turns markdown into plain text for headers and labels', () => {
    expect(markdownToPlain('**Let op**: zie [beleid](https://a.nl)')).toBe('Let op: zie beleid');
  });

  it('truncates with an ellipsis without splitting an emoji', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    const cut = truncate('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });

  it('splits long text at line breaks or spaces, never beyond the limit', () => {
    const text = Array.from({ length: 40 }, (_, i) => `regel ${i} met wat woorden erin`).join('\n');
    const chunks = splitText(text, 100);
    expect(chunks.every((c) => c.length <= 100)).toBe(true);
    expect(chunks.join('\n')).toBe(text);
    expect(splitText('x'.repeat(250), 100).map((c) => c.length)).toEqual([100, 100, 50]);
    expect(splitText('', 100)).toEqual(['']);
  });
});
