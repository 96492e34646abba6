// NL: steps that exist only once HR recorded a legal event on the case (legal/types.ts): the
// report of a safety-net case to UWV, an early IVA application and the benefit's start, the
// second track and the labour expert's assessment before it, UWV's expert opinions and its
// decision on shortening a wage sanction. Each is listed only when its event was recorded.
import { addDays } from '../dates';
import { NL_PAY, NL_PAY_SOURCES } from './nl-pay-end';
import { firstCompletion, onSickDay } from './plan-helpers';
import type { MilestoneRule, PlannedMilestone } from './types';

export const NL_LEGAL = {
  /** Safety-net case: report to UWV by the 4th sick day, or within 6 weeks (uwv.nl "Ziek melden bij UWV"). */
  safetyNetDay4: 4,
  safetyNetWeek6: 42,
  /** Early IVA: applied for between 3 and 68 weeks of sickness (uwv.nl "Vervroegd WIA aanvragen"; art. 23 WIA). */
  earlyIvaFromDay: 22,
  earlyIvaLastDay: 476,
  /** The IVA benefit starts 10 weeks after the application when UWV grants it (uwv.nl). */
  ivaStartDaysAfterApplication: 70,
  /** UWV's expert opinion comes "na 2 tot 4 weken" (uwv.nl "Hoe vraag ik een deskundigenoordeel aan?"). */
  expertOpinionDays: 28,
} as const;

const SRC = {
  safetyNet: 'uwv.nl "Ziek melden bij UWV" (safety net: 4th sick day or within 6 weeks); AP beleidsregels De zieke werknemer §4.4',
  earlyIva: 'art. 23 WIA; uwv.nl "Vervroegd WIA aanvragen" (between weeks 3 and 68)',
  ivaStart: 'uwv.nl "Vervroegd WIA aanvragen" (the IVA benefit starts 10 weeks after the application)',
  secondTrack: 'art. 7:658a lid 1 BW; within 6 weeks of the first-year evaluation (Werkwijzer Poortwachter as read by verzuimservices.nl, panthion.nl)',
  labourExpert: 'arbeidsdeskundig onderzoek: no statutory term; UWV weighs it in its RIV check (wvp-trace.nl)',
  expertOpinion: 'uwv.nl "Deskundigenoordeel: als de re-integratie vastloopt" (either party; answer after 2 to 4 weeks)',
} as const;

const safetyNetReport: MilestoneRule = {
  id: 'nl.safety_net_report',
  source: SRC.safetyNet,
  responsible: 'hr',
  kind: 'duty',
  plan: (ctx) => {
    const net = ctx.legal.safetyNet;
    if (!net) return [];
    const day = net.reportTerm === 'day_4' ? NL_LEGAL.safetyNetDay4 : NL_LEGAL.safetyNetWeek6;
    return onSickDay(ctx, 'nl.safety_net_report', day);
  },
};

/** The application itself, listed once recorded: the employee's right, used on that day. */
const earlyIvaApplication: MilestoneRule = {
  id: 'nl.early_iva_application',
  source: SRC.earlyIva,
  responsible: 'employee',
  kind: 'right',
  recordedAsEvent: true,
  plan: (ctx) => {
    const appliedOn = ctx.legal.earlyIva?.appliedOn ?? firstCompletion(ctx, 'nl.early_iva_application');
    if (!appliedOn) return [];
    const last = ctx.clock.projectedDateOfDay(NL_LEGAL.earlyIvaLastDay);
    const from = ctx.clock.projectedDateOfDay(NL_LEGAL.earlyIvaFromDay);
    return [{ due: last, windowStart: from, doneOn: appliedOn }];
  },
};

/** The benefit starts by itself if UWV grants it; a refusal takes it off the timeline. */
const ivaStart: MilestoneRule = {
  id: 'nl.iva_start',
  source: SRC.ivaStart,
  responsible: 'external',
  party: 'uwv',
  kind: 'event',
  recordedAsEvent: true,
  plan: (ctx) => {
    const iva = ctx.legal.earlyIva;
    if (!iva || iva.outcome?.granted === false) return [];
    return [{ due: addDays(iva.appliedOn, NL_LEGAL.ivaStartDaysAfterApplication), windowStart: null, doneOn: null }];
  },
};

const secondTrackStart: MilestoneRule = {
  id: 'nl.second_track_start',
  source: SRC.secondTrack,
  responsible: 'hr',
  kind: 'duty',
  recordedAsEvent: true,
  plan: (ctx) => {
    const track = ctx.legal.secondTrack;
    const doneOn = track?.startedOn ?? firstCompletion(ctx, 'nl.second_track_start');
    const decision = track?.decision;
    if (decision?.needed) {
      return [{ due: addDays(decision.on, ctx.settings.nlSecondTrackStartDays), windowStart: decision.on, doneOn }];
    }
    return doneOn ? [{ due: doneOn, windowStart: null, doneOn }] : [];
  },
};

const labourExpertAssessment: MilestoneRule = {
  id: 'nl.labour_expert_assessment',
  source: SRC.labourExpert,
  responsible: 'hr',
  kind: 'duty',
  recordedAsEvent: true,
  plan: (ctx) => {
    const on = ctx.legal.secondTrack?.labourExpertOn ?? firstCompletion(ctx, 'nl.labour_expert_assessment');
    return on ? [{ due: on, windowStart: null, doneOn: on }] : [];
  },
};

/** One occurrence per request: UWV answers within about four weeks. */
const expertOpinion: MilestoneRule = {
  id: 'nl.expert_opinion',
  source: SRC.expertOpinion,
  responsible: 'external',
  party: 'uwv',
  kind: 'duty',
  repeats: true,
  recordedAsEvent: true,
  plan: (ctx): PlannedMilestone[] =>
    (ctx.legal.expertOpinions ?? []).map((o) => ({
      due: addDays(o.requestedOn, NL_LEGAL.expertOpinionDays),
      windowStart: null,
      doneOn: o.answeredOn ?? null,
    })),
};

const shorteningDecision: MilestoneRule = {
  id: 'nl.sanction_shortening_decision',
  source: NL_PAY_SOURCES.shortened,
  responsible: 'external',
  party: 'uwv',
  kind: 'duty',
  recordedAsEvent: true,
  plan: (ctx) => {
    const sh = ctx.legal.wageSanction?.shortening;
    if (!sh) return [];
    return [{ due: addDays(sh.requestedOn, NL_PAY.shorteningDecisionDays), windowStart: null, doneOn: sh.decidedOn ?? null }];
  },
};

export const NL_LEGAL_RULES: readonly MilestoneRule[] = [
  safetyNetReport,
  earlyIvaApplication,
  ivaStart,
  labourExpertAssessment,
  secondTrackStart,
  expertOpinion,
  shorteningDecision,
];
