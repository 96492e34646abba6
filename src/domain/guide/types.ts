// Conversation guide vocabulary: the IGLOO levels (Nielsen, Yarker, Munir & Bültmann 2018, Work &
// Stress 32(4)) and the CARE pillars of a compassionate workplace (De Gieter), in the order the
// guide shows them.
import type { Jurisdiction, Phase } from '../case';

export type IglooLevel = 'individual' | 'group' | 'leader' | 'organisation' | 'outer';
export const IGLOO_LEVELS: readonly IglooLevel[] = ['individual', 'group', 'leader', 'organisation', 'outer'];

export type CarePillar = 'emotional_support' | 'communication' | 'flexibility' | 'connection';
export const CARE_PILLARS: readonly CarePillar[] = ['emotional_support', 'communication', 'flexibility', 'connection'];

/** Locales the guide is written in. nl-BE uses Flemish wording where it differs from nl-NL; fr-BE is French as written in Belgium. */
export type GuideLocale = 'nl-NL' | 'nl-BE' | 'en' | 'fr-BE';
export const GUIDE_LOCALES: readonly GuideLocale[] = ['nl-NL', 'nl-BE', 'en', 'fr-BE'];

/**
 * A text in the guide's languages. `nl` is Dutch as written in the Netherlands (or, for an entry
 * about Belgian procedure, as it applies there); `nl-BE` only where Flemish wording differs; `fr`
 * is French as written in Belgium.
 * Texts may use `{occupationalDoctor}` (or `{OccupationalDoctor}` at the start of a sentence),
 * which becomes "de bedrijfsarts" for a Dutch case and "de arbeidsarts" for a Belgian one. The
 * French term carries its article ("le médecin du travail"), so French texts use it where the
 * article does not contract with "de" or "à" (as a subject, or after "que").
 */
export interface LocalisedText {
  nl?: string;
  'nl-BE'?: string;
  en?: string;
  fr?: string;
}

/** Where an entry sits: a phase (or `general` for every phase) and a level or section. */
export type GuideSection = IglooLevel | 'care' | 'do' | 'dont';
export const GUIDE_SECTIONS: readonly GuideSection[] = [...IGLOO_LEVELS, 'care', 'do', 'dont'];
export type GuideScope = Phase | 'general';

export interface GuideEntry {
  /** Stable id `<scope>.<section>.<name>`, e.g. `recovery.group.1`, `recovery.care.flexibility`. */
  id: string;
  scope: GuideScope;
  section: GuideSection;
  /** Only for a case in this jurisdiction (legal references); absent means both. */
  jurisdiction?: Jurisdiction;
  text: LocalisedText;
}

export interface GuideLine {
  id: string;
  text: string;
}

/** A guide ready to show: every string is in the requested locale. */
export interface Guide {
  phase: Phase;
  locale: GuideLocale;
  jurisdiction: Jurisdiction;
  title: string;
  intro: string;
  headings: { levels: string; care: string; dos: string; donts: string };
  /** IGLOO levels in order; a level whose prompts were all disabled is left out. */
  levels: Array<{ level: IglooLevel; title: string; focus: string; prompts: GuideLine[] }>;
  /** CARE reminders in pillar order; a disabled pillar is left out. */
  care: Array<{ pillar: CarePillar; title: string; id: string; text: string }>;
  /** Phase-specific first, then the ones for every phase. */
  dos: GuideLine[];
  donts: GuideLine[];
}
