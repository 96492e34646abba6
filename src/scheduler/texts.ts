// What the scheduler says: nudges to managers, reminders and escalations for HR, the look-back.
// Dutch first; Belgian Dutch only where the words differ; English; French (Belgium). Warm and
// plain: we remind, we never scold. Nothing here asks about or names anything medical.
import type { Locale } from '../domain/labels';
import { schedulerFrBe } from './texts-fr-be';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('#', String(n)));

const nl = {
  nudge: {
    titleManager: (name: string, count: number) =>
      count === 1 ? `Hallo ${name}, er staat iets voor je klaar` : `Hallo ${name}, er staan ${count} dingen voor je klaar`,
    titleHr: (count: number) => (count === 1 ? 'Voor HR: een stap om op te letten' : `Voor HR: ${count} stappen om op te letten`),
    summary: (count: number) => plural(count, 'Herinnering van Herstart', '# herinneringen van Herstart'),
    milestoneHeading: (label: string, employee: string) => `${label} · ${employee}`,
    dueIn: (date: string, days: number) =>
      days === 0 ? `Vandaag is de uiterste datum (${date}).` : `Uiterlijk ${date}, ${plural(days, 'morgen dus', 'over # dagen')}.`,
    overdue: (date: string, days: number) => `Dit had uiterlijk ${date} gebeurd moeten zijn (${plural(days, '1 dag geleden', '# dagen geleden')}).`,
    event: (date: string) => `Dit gebeurt op ${date} vanzelf; goed om te weten en op voor te bereiden.`,
    whoActs: (who: string) => `Wie zet de stap: ${who}.`,
    contactHeading: (employee: string) => `Contact met ${employee}`,
    contactDue: (employee: string) =>
      `Het is tijd om even bij ${employee} te horen. Een kort, gewoon gesprek doet veel: hoe gaat het, is er iets wat je kunt doen?`,
    contactLate: (employee: string, date: string) =>
      `Je contact met ${employee} stond gepland voor ${date} en is nog niet vastgelegd. Even bellen of een berichtje is genoeg.`,
    contactByRule: (who: string) => `Volgens jullie arbeidsreglement houdt ${who} het contact; zorg dat het gebeurt.`,
    lookbackHeading: (employee: string) => `Terugblik op de terugkeer van ${employee}`,
    lookbackDetail:
      'Het is een half jaar na de terugkeer. Wat hielp, en wat zou je een volgende keer anders doen? Het kost twee minuten en HR leert ervan.',
    requestHeading: (employee: string) => `${employee} wil graag even met je praten`,
    requestDetail: (employee: string) => `${employee} gaf in een check-in aan dat een gesprek met jou nu zou helpen.`,
    done: 'Gedaan',
    contactDone: 'We hebben contact gehad',
    tomorrow: 'Morgen opnieuw',
    nextWeek: 'Volgende week',
    openMilestone: 'Afvinken met datum',
    openLegal: 'Vastleggen',
    openOutcome: 'Gesprek vastleggen',
    openPrepare: 'Gesprek voorbereiden',
    openLookback: 'Terugblik invullen',
    stateDone: 'Afgerond. Dank je wel.',
    stateSnoozed: (date: string) => `Komt terug op ${date}.`,
  },
  answer: {
    done: (what: string) => `Genoteerd: ${what} is afgerond.`,
    contactDone: (employee: string) => `Genoteerd: je had vandaag contact met ${employee}. Wil je meer vastleggen, kies dan "Gesprek vastleggen".`,
    snoozed: (date: string) => `Prima, ik herinner je er op ${date} weer aan.`,
    duplicate: 'Dat had ik al genoteerd; er is niets dubbel opgeslagen.',
    needsForm: 'Voor deze stap is meer nodig dan een vinkje; ik open het formulier voor je.',
    gone: 'Deze herinnering is niet meer actueel. Typ **mijn casussen** voor de stand van zaken.',
  },
  escalation: {
    title: (employee: string) => `Aandacht nodig: ${employee}`,
    summary: (employee: string) => `Herstart vraagt de aandacht van HR voor ${employee}`,
    intro: 'Herstart ziet iets waar HR naar zou moeten kijken. Je ziet hier alleen wat nodig is; nooit iets medisch.',
    manager: 'Leidinggevende',
    phase: 'Fase',
    sickSince: 'Ziek sinds',
    sickDays: 'Ziektedagen',
    why: 'Waarom nu',
    overdueTitle: 'Over tijd',
    overdueItem: (label: string, date: string, days: number) => `${label}: uiterlijk ${date}, ${plural(days, '1 dag', '# dagen')} over tijd`,
    reasons: {
      milestone_overdue: (p: ReasonParams) => `${p.milestone} is ${plural(p.days, '1 dag', '# dagen')} over tijd (uiterlijk ${p.date}).`,
      nudges_unanswered: (p: ReasonParams) =>
        `${p.manager} heeft sinds ${p.date} op ${plural(p.count, '1 herinnering', '# herinneringen')} niet gereageerd.`,
      dead_reference: (p: ReasonParams) =>
        `Herstart kan ${p.who} niet meer bereiken: de app is verwijderd of geblokkeerd (laatst bereikt op ${p.date}).`,
      concern_flagged: (p: ReasonParams) => `${p.manager} wil dat HR meekijkt (${p.concern}), na het gesprek van ${p.date}.`,
      checkin_low_streak: (p: ReasonParams) => `De laatste check-ins van ${p.employee} waren twee keer op rij laag.`,
      checkin_steep_drop: (p: ReasonParams) => `De laatste check-in van ${p.employee} ligt duidelijk lager dan de vorige.`,
      checkin_asked_hr: (p: ReasonParams) => `${p.employee} vraagt om een gesprek met HR.`,
      custom: (p: ReasonParams) => `Jullie regel "${p.rule}" is van toepassing.`,
    },
    concerns: {
      wellbeing: 'hoe het met de collega gaat',
      progress: 'de terugkeer loopt vast',
      workload: 'werkdruk of werkverdeling',
      relationship: 'de samenwerking of het contact',
      other: 'iets anders',
    } as Record<string, string>,
    theManager: 'de leidinggevende',
    theEmployee: 'de medewerker',
    acknowledge: 'Gezien',
    take: 'Ik pak dit op',
    snooze: 'Over een week opnieuw',
    open: 'Casus openen',
    stateAcknowledged: (name: string, date: string) => `Gezien door ${name} op ${date}.`,
    stateTaken: (name: string, date: string) => `Opgepakt door ${name} op ${date}.`,
    stateSnoozed: (name: string, date: string, until: string) => `${name} zette dit op ${date} tot ${until} opzij.`,
    alreadyTaken: (name: string) => `${name} heeft dit al opgepakt.`,
    onlyHr: 'Alleen HR kan een melding oppakken.',
    saved: 'Opgeslagen; je collega\'s van HR zien het ook.',
  },
  lookback: {
    title: (employee: string) => `Terugblik: de terugkeer van ${employee}`,
    intro: 'Jouw ervaring helpt HR om anderen beter te ondersteunen. Kies wat past; toelichting mag, hoeft niet.',
    helped: 'Wat hielp?',
    different: 'Wat zou je een volgende keer anders doen?',
    notes: 'Toelichting (optioneel)',
    notesWarning: 'Geen medische informatie: geen ziekte, klachten, behandeling of medicijnen.',
    submit: 'Terugblik delen',
    helpedChoices: {
      early_contact: 'Snel contact na de ziekmelding',
      regular_contact: 'Regelmatig contact tijdens het verzuim',
      adapted_tasks: 'Aangepaste taken',
      adapted_hours: 'Aangepaste uren of een opbouwschema',
      team_support: 'Steun uit het team of een buddy',
      doctor_advice: 'Het advies van de bedrijfsarts',
      clear_agreements: 'Duidelijke afspraken',
    } as Record<string, string>,
    differentChoices: {
      contact_sooner: 'Eerder contact opnemen',
      contact_more: 'Vaker contact houden',
      involve_hr: 'HR eerder betrekken',
      plan_earlier: 'De terugkeer eerder samen plannen',
      after_care: 'Meer aandacht na de terugkeer',
      nothing: 'Niets, het ging goed zo',
    } as Record<string, string>,
    // Never quotes the note: the words would sit in the chat history, which is what we avoid.
    heldBack: 'Je toelichting leek medische informatie te bevatten. Die bewaren we niet, dus ik heb hem uit het formulier gehaald. Schrijf hem anders op of laat hem leeg.',
    saved: 'Dank je wel voor je terugblik. HR neemt hem mee in het leeroverzicht.',
  },
};

export type SchedulerTexts = typeof nl;

export interface ReasonParams {
  milestone: string;
  date: string;
  days: number;
  count: number;
  manager: string;
  employee: string;
  who: string;
  concern: string;
  rule: string;
}

const nlBE: SchedulerTexts = {
  ...nl,
  nudge: { ...nl.nudge },
  escalation: {
    ...nl.escalation,
    theEmployee: 'de werknemer',
    concerns: { ...nl.escalation.concerns, progress: 'de werkhervatting loopt vast' },
  },
  lookback: {
    ...nl.lookback,
    title: (employee: string) => `Terugblik: de werkhervatting van ${employee}`,
    helpedChoices: { ...nl.lookback.helpedChoices, doctor_advice: 'Het advies van de arbeidsarts' },
    differentChoices: { ...nl.lookback.differentChoices, plan_earlier: 'De werkhervatting eerder samen plannen', after_care: 'Meer aandacht na de werkhervatting' },
  },
};
nlBE.nudge.lookbackHeading = (employee: string) => `Terugblik op de werkhervatting van ${employee}`;
nlBE.nudge.lookbackDetail =
  'Het is een half jaar na de werkhervatting. Wat hielp, en wat zou je een volgende keer anders doen? Het kost twee minuten en HR leert ervan.';

const en: SchedulerTexts = {
  nudge: {
    titleManager: (name, count) => (count === 1 ? `Hi ${name}, one thing for you today` : `Hi ${name}, ${count} things for you today`),
    titleHr: (count) => (count === 1 ? 'For HR: one step to keep an eye on' : `For HR: ${count} steps to keep an eye on`),
    summary: (count) => plural(count, 'A reminder from Herstart', '# reminders from Herstart'),
    milestoneHeading: (label, employee) => `${label} · ${employee}`,
    dueIn: (date, days) => (days === 0 ? `Today is the last day (${date}).` : `Due by ${date}, ${plural(days, 'that is tomorrow', 'in # days')}.`),
    overdue: (date, days) => `This was due by ${date} (${plural(days, '1 day ago', '# days ago')}).`,
    event: (date) => `This happens by itself on ${date}; good to know and to prepare for.`,
    whoActs: (who) => `Who takes the step: ${who}.`,
    contactHeading: (employee) => `Keeping in touch with ${employee}`,
    contactDue: (employee) =>
      `It is time to check in with ${employee}. A short, ordinary conversation goes a long way: how are you, is there anything I can do?`,
    contactLate: (employee, date) =>
      `You planned to be in touch with ${employee} by ${date} and nothing is recorded yet. A quick call or message is enough.`,
    lookbackHeading: (employee) => `Looking back on ${employee}'s return`,
    lookbackDetail: "It has been six months since the return. What helped, and what would you do differently next time? It takes two minutes and helps HR learn.",
    requestHeading: (employee) => `${employee} would like to talk with you`,
    requestDetail: (employee) => `${employee} said in a check-in that a conversation with you would help right now.`,
    done: 'Done',
    contactDone: "We've been in touch",
    contactByRule: (who) => `Under your work rules, ${who} keeps in touch; please make sure it happens.`,
    tomorrow: 'Remind me tomorrow',
    nextWeek: 'Next week',
    openMilestone: 'Mark done with a date',
    openLegal: 'Record it',
    openOutcome: 'Record the conversation',
    openPrepare: 'Prepare the conversation',
    openLookback: 'Share your look-back',
    stateDone: 'Done. Thank you.',
    stateSnoozed: (date) => `Coming back on ${date}.`,
  },
  answer: {
    done: (what) => `Noted: ${what} is done.`,
    contactDone: (employee) => `Noted: you were in touch with ${employee} today. To record more, choose "Record the conversation".`,
    snoozed: (date) => `Fine, I will remind you again on ${date}.`,
    duplicate: 'I had already noted that; nothing was stored twice.',
    needsForm: 'This step needs more than a tick; here is the form.',
    gone: 'This reminder is no longer current. Type **my cases** to see where things stand.',
  },
  escalation: {
    title: (employee) => `Needs attention: ${employee}`,
    summary: (employee) => `Herstart asks HR to look at ${employee}`,
    intro: 'Herstart sees something HR should look at. You see only what is needed here; never anything medical.',
    manager: 'Manager',
    phase: 'Phase',
    sickSince: 'Off sick since',
    sickDays: 'Sick days',
    why: 'Why now',
    overdueTitle: 'Overdue',
    overdueItem: (label, date, days) => `${label}: due by ${date}, ${plural(days, '1 day', '# days')} overdue`,
    reasons: {
      milestone_overdue: (p) => `${p.milestone} is ${plural(p.days, '1 day', '# days')} overdue (due by ${p.date}).`,
      nudges_unanswered: (p) => `${p.manager} has not responded to ${plural(p.count, '1 reminder', '# reminders')} since ${p.date}.`,
      dead_reference: (p) => `Herstart can no longer reach ${p.who}: the app was removed or blocked (last reached on ${p.date}).`,
      concern_flagged: (p) => `${p.manager} would like HR to look at this (${p.concern}), after the conversation of ${p.date}.`,
      checkin_low_streak: (p) => `${p.employee}'s last check-ins were low twice in a row.`,
      checkin_steep_drop: (p) => `${p.employee}'s latest check-in is clearly lower than the one before.`,
      checkin_asked_hr: (p) => `${p.employee} asks for a conversation with HR.`,
      custom: (p) => `Your rule "${p.rule}" applies.`,
    },
    concerns: {
      wellbeing: 'how the colleague is doing',
      progress: 'the return has stalled',
      workload: 'workload or how work is shared',
      relationship: 'working together or keeping in touch',
      other: 'something else',
    },
    theManager: 'the manager',
    theEmployee: 'the employee',
    acknowledge: 'Seen',
    take: "I'll take this on",
    snooze: 'Again in a week',
    open: 'Open the case',
    stateAcknowledged: (name, date) => `Seen by ${name} on ${date}.`,
    stateTaken: (name, date) => `Taken on by ${name} on ${date}.`,
    stateSnoozed: (name, date, until) => `${name} set this aside on ${date} until ${until}.`,
    alreadyTaken: (name) => `${name} has already taken this on.`,
    onlyHr: 'Only HR can pick up an escalation.',
    saved: 'Saved; your HR colleagues see it too.',
  },
  lookback: {
    title: (employee) => `Looking back: ${employee}'s return`,
    intro: 'Your experience helps HR support others better. Choose what fits; a note is welcome but not needed.',
    helped: 'What helped?',
    different: 'What would you do differently next time?',
    notes: 'Note (optional)',
    notesWarning: 'No medical information: no illness, symptoms, treatment or medication.',
    submit: 'Share the look-back',
    helpedChoices: {
      early_contact: 'Getting in touch soon after the sick report',
      regular_contact: 'Regular contact during the absence',
      adapted_tasks: 'Adapted tasks',
      adapted_hours: 'Adapted hours or a build-up schedule',
      team_support: 'Support from the team or a buddy',
      doctor_advice: "The occupational doctor's advice",
      clear_agreements: 'Clear agreements',
    },
    differentChoices: {
      contact_sooner: 'Get in touch sooner',
      contact_more: 'Keep in touch more often',
      involve_hr: 'Involve HR sooner',
      plan_earlier: 'Plan the return together earlier',
      after_care: 'More attention after the return',
      nothing: 'Nothing, it went well',
    },
    heldBack: 'Your note seemed to contain medical information. We do not keep that, so I took it out of the form. Please write it differently or leave it empty.',
    saved: 'Thank you for looking back. HR will include it in the learning overview.',
  },
};

const CATALOGUES: Record<Locale, SchedulerTexts> = { 'nl-NL': nl, 'nl-BE': nlBE, en, 'fr-BE': schedulerFrBe };

export function schedulerTexts(locale: Locale): SchedulerTexts {
  return CATALOGUES[locale] ?? nl;
}
