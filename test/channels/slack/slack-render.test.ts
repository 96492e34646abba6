// The neutral messages as Slack sees them: long cards split across messages, the Home tab within
// Slack's 100 blocks, and notices above a modal that keep its inputs.
import type { types } from '@slack/bolt';
import { bindCard } from '../../../src/cards/bind';
import { checkSlackLimits } from '../../../src/cards/slack-limits';
import { chunkBlocks, originOfView, SlackRenderer } from '../../../src/channels/slack/slack-render';
import { HOME_CASE_LIMIT } from '../../../src/core/flows/home';

type KnownBlock = types.KnownBlock;
const renderer = new SlackRenderer(bindCard);

function caseItem(i: number) {
  return {
    id: `case-${i}`,
    name: `Collega ${i}`,
    facts: [
      { title: 'Fase', value: 'Uitval' },
      { title: 'Volgend contact', value: 'di 10 mrt 2026 (over 2 dagen)' },
      { title: 'Volgende stap', value: 'Probleemanalyse · zo 12 apr 2026 (over 37 dagen)' },
    ],
  };
}

describe('SlackRenderer', () => {
  it('splits a card longer than 50 blocks over several messages, at dividers', () => {
    const list = { type: 'card' as const, template: 'case-list', summary: 'Casussen', data: { cardId: 'c1', title: 'Casussen', empty: '', openLabel: 'Openen', cases: Array.from({ length: 30 }, (_, i) => caseItem(i)) } };
    const posts = renderer.posts(list);
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) {
      expect(p.blocks!.length).toBeLessThanOrEqual(50);
      expect(p.blocks![0]!.type).not.toBe('divider');
      expect(checkSlackLimits({ text: p.text, blocks: p.blocks })).toEqual([]);
    }
    const names = posts.flatMap((p) => JSON.stringify(p.blocks).match(/Collega \d+/g) ?? []);
    expect(new Set(names).size).toBe(30);
  });

  it('chunks without losing or reordering blocks', () => {
    const blocks: KnownBlock[] = Array.from({ length: 120 }, (_, i) =>
      i % 7 === 6 ? { type: 'divider' } : { type: 'section', text: { type: 'mrkdwn', text: String(i) } },
    );
    const chunks = chunkBlocks(blocks);
    expect(chunks.every((c) => c.length <= 50)).toBe(true);
    const texts = (bs: KnownBlock[]) => bs.filter((b) => b.type === 'section').map((b: any) => b.text.text);
    expect(chunks.flatMap(texts)).toEqual(texts(blocks));
  });

  it('fits the Home tab with the most cases the core shows within Slack\'s limits', () => {
    const home = {
      type: 'card' as const,
      template: 'home',
      summary: 'Herstart',
      data: {
        cardId: 'h1', title: 'Herstart', intro: 'Intro', reportLabel: 'Ziekmelding doen', helpLabel: 'Hulp', casesTitle: 'Mijn casussen',
        empty: '', openLabel: 'Openen', cases: Array.from({ length: HOME_CASE_LIMIT }, (_, i) => caseItem(i)), more: 'en nog 5 casussen',
      },
    };
    const view = renderer.home([{ type: 'text', text: 'Welkom' }, home]);
    expect(view.type).toBe('home');
    expect(checkSlackLimits(view as never)).toEqual([]);
    expect(JSON.stringify(view)).toContain('en nog 5 casussen');
  });

  it('puts notices above a submitted modal, replacing earlier ones, and keeps its inputs and origin', () => {
    const intake = {
      type: 'card' as const,
      template: 'intake',
      summary: 'Ziekmelding',
      presentation: 'form' as const,
      data: JSON.parse(require('node:fs').readFileSync(require.resolve('../../../cards/intake.sample.json'), 'utf8')),
    };
    const sample = Array.isArray(intake.data) ? intake.data[0] : intake.data;
    const modal = renderer.modal({ ...intake, data: sample }, [], { home: true });
    expect(originOfView(modal)).toEqual({ home: true });
    const asSubmitted = JSON.parse(JSON.stringify({ ...modal, id: 'V1' }));
    const once = renderer.sameModalWithNotices(asSubmitted, ['Vul nog in: Collega.']);
    const twice = renderer.sameModalWithNotices({ ...asSubmitted, blocks: once.blocks as any }, ['"Eerste ziektedag" ligt in de toekomst.']);
    const text = JSON.stringify(twice.blocks);
    expect(text).toContain('ligt in de toekomst');
    expect(text).not.toContain('Vul nog in');
    const inputs = (v: { blocks: any[] }) => v.blocks.filter((b) => b.type === 'input').map((b) => b.block_id);
    expect(inputs(twice)).toEqual(inputs(modal));
    expect(twice.private_metadata).toBe(modal.private_metadata);
    expect(checkSlackLimits(twice as never)).toEqual([]);
  });
});
