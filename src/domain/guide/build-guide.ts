// Builds the conversation guide a manager sees before a conversation: for the case's phase, the
// prompts per IGLOO level, a CARE reminder per pillar, and the do's and don'ts. Pure: content and
// overrides in, a structure of finished strings out, ready to bind to a card.
import type { Jurisdiction, Phase } from '../case';
import { defaultGuideContent, type GuideContent } from './content';
import { carePillarOf } from './entry-id';
import { localise } from './localise';
import { applyGuideOverrides, type GuideOverrides } from './overrides';
import type { Guide, GuideEntry, GuideLine, GuideLocale } from './types';
import { CARE_PILLARS, IGLOO_LEVELS } from './types';

export function buildGuide(
  phase: Phase,
  locale: GuideLocale,
  jurisdiction: Jurisdiction,
  overrides?: GuideOverrides | null,
  content: GuideContent = defaultGuideContent(),
): Guide {
  const t = (text: GuideEntry['text'], vars?: Record<string, string>) => localise(text, locale, jurisdiction, content.glossary, vars);
  const applies = (e: GuideEntry) =>
    (e.scope === phase || e.scope === 'general') && (!e.jurisdiction || e.jurisdiction === jurisdiction);
  const entries = applyGuideOverrides(content.entries, overrides).filter(applies);
  // Phase-specific entries before the general ones, each group in content order.
  const ordered = [...entries.filter((e) => e.scope === phase), ...entries.filter((e) => e.scope === 'general')];
  const lines = (section: GuideEntry['section']): GuideLine[] =>
    ordered.filter((e) => e.section === section).map((e) => ({ id: e.id, text: t(e.text) })).filter((l) => l.text !== '');

  const phaseTexts = content.phases[phase];
  const labels = content.labels;
  return {
    phase,
    locale,
    jurisdiction,
    title: t(labels.title, { phase: t(phaseTexts.title) }),
    intro: t(phaseTexts.intro),
    headings: {
      levels: t(labels.headings.levels),
      care: t(labels.headings.care),
      dos: t(labels.headings.dos),
      donts: t(labels.headings.donts),
    },
    levels: IGLOO_LEVELS.map((level) => ({
      level,
      title: t(labels.levels[level].title),
      focus: t(labels.levels[level].focus),
      prompts: lines(level),
    })).filter((l) => l.prompts.length > 0),
    care: CARE_PILLARS.flatMap((pillar) => {
      const entry = ordered.find((e) => carePillarOf(e) === pillar);
      const text = entry ? t(entry.text) : '';
      return entry && text ? [{ pillar, title: t(labels.pillars[pillar]), id: entry.id, text }] : [];
    }),
    dos: lines('do'),
    donts: lines('dont'),
  };
}
