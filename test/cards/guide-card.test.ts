// The conversation guide, as the core will send it: every phase, locale and jurisdiction, bound to
// the guide card and rendered for Slack, stays within Slack's limits.
import path from 'node:path';
import { PHASES, JURISDICTIONS } from '../../src/domain/case';
import { buildGuide, GUIDE_LOCALES } from '../../src/domain/guide';
import { createCardLibrary } from '../../src/cards/bind';
import { renderBlocks, toSlackMessage, toSlackModal } from '../../src/cards/blockkit';
import { checkSlackLimits } from '../../src/cards/slack-limits';

const library = createCardLibrary(path.resolve(__dirname, '..', 'fixtures', 'cards'));
const extras = {
  employee: 'Sam',
  caseId: 'case-1',
  policyUrl: 'https://intranet.example.com/policy',
  buttons: { record: 'Record', policy: 'Policy', privacy: 'Privacy' },
  privacy: { lead: 'Privacy:', text: 'No diagnosis, ever.' },
};

const combos = PHASES.flatMap((p) => GUIDE_LOCALES.flatMap((l) => JURISDICTIONS.map((j) => [p, l, j] as const)));

it.each(combos)('the %s guide in %s for %s fits a Slack message and modal', (phase, locale, jurisdiction) => {
  const guide = buildGuide(phase, locale, jurisdiction);
  const card = library.bindCard('conversation-guide', { ...guide, ...extras });
  expect(renderBlocks(card, 'message').omitted).toEqual([]);
  const message = toSlackMessage(card);
  expect(message.text).toBe(guide.title);
  expect(checkSlackLimits({ ...message })).toEqual([]);
  expect(checkSlackLimits({ ...toSlackModal(card, { callbackId: 'guide' }) })).toEqual([]);
  // Every prompt reaches Slack.
  const text = JSON.stringify(message.blocks);
  for (const prompt of guide.levels.flatMap((l) => l.prompts)) {
    expect(text).toContain(JSON.stringify(prompt.text.replace(/&/g, '&amp;')).slice(1, -1));
  }
});
