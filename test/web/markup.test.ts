import { html, md } from '../../src/web/markup';

describe('markup', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=y>', '&quot;&gt;&lt;img src=x onerror=y&gt;'],
    ["O'Brien & Zn", 'O&#39;Brien &amp; Zn'],
    [null, ''],
    [false, ''],
    [42, '42'],
  ])('escapes %j', (value, want) => {
    expect(html`<p title="${value}">${value}</p>`.value).toBe(`<p title="${want}">${want}</p>`);
  });

  it('keeps markup it made itself, also in lists', () => {
    const item = (s: string) => html`<li>${s}</li>`;
    expect(html`<ul>${['a<b', 'c'].map(item)}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('bolds **words** after escaping', () => {
    expect(md('Typ **overzicht** <b>niet</b>').value).toBe('Typ <strong>overzicht</strong> &lt;b&gt;niet&lt;/b&gt;');
  });
});
