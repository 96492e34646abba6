// Words for recording legal events, English. Same shape as the Dutch catalogue.
import type { LegalTexts } from './texts-nl';

export const legalEn: LegalTexts = {
  menu: {
    title: (name) => `Record a legal event for ${name}`,
    intro: 'Choose what happened. Herstart adjusts the deadlines and reminders. Never write anything about the illness itself.',
    recorded: 'Already recorded',
    nothing: 'There is nothing left to record for this case right now.',
    beOnly:
      'These events exist in the Netherlands only. Has your colleague fallen ill again with a different illness according to the new certificate? ' +
      'Record that under "Report recovery or relapse".',
  },
  form: {
    submit: 'Record',
    on: {
      wage_sanction: "Date of UWV's decision",
      sanction_shortening_request: 'Date of the shortening request',
      sanction_shortening_decision: "Date of UWV's decision",
      wia_postponement: 'Date of the agreement',
      early_iva: 'Date of the application',
      early_iva_outcome: "Date of UWV's decision",
      second_track_decision: 'Date of the review that decided it',
      labour_expert: 'Date of the assessment',
      second_track_start: 'Start date',
      expert_opinion: 'Date of the request',
      expert_opinion_answer: 'Date of the opinion',
      safety_net: 'Date you learned this',
    },
    effect: {
      wage_sanction: "Pay continues until the date in UWV's letter (at most 52 weeks). Herstart moves the end and the reminders around it.",
      sanction_shortening_request:
        'Have you repaired the shortcomings and asked UWV to shorten the wage sanction? UWV decides within 3 weeks; Herstart reminds HR of that.',
      sanction_shortening_decision:
        "The wage sanction ends sooner: on the date in UWV's letter, or else 6 weeks after the decision. Never before the end of the 104 weeks.",
      wia_postponement: 'You continue pay for longer (at least 13 weeks). The WIA application moves with it: at the latest 11 weeks before the new end.',
      early_iva:
        'Your colleague applied early for an IVA benefit (possible once, between weeks 3 and 68). If UWV grants it, it starts 10 weeks after the application.',
      early_iva_outcome: 'Record whether UWV grants the early IVA. After a refusal its start date leaves the timeline.',
      second_track_decision:
        'Did the first-year review (or a later one) decide whether a second track is needed? If it is, Herstart reminds HR to start it within 6 weeks.',
      labour_expert: "A labour expert's assessment often comes before a second track. UWV takes it into account when it checks the return-to-work report.",
      second_track_start: 'The second track (work with another employer) has started. Note the name of the re-integration provider, if there is one.',
      expert_opinion: 'Employer and employee can ask UWV for an expert opinion at any time. The answer usually takes 2 to 4 weeks; Herstart keeps track.',
      expert_opinion_answer: 'Choose the request UWV answered.',
      safety_net:
        'Is your colleague covered by a Sickness Benefits Act safety-net rule? Record only that it applies and the reporting term UWV gives, never which rule. ' +
        'Herstart sets up the report to UWV; the week-42 report then lapses.',
    },
    endsOn: {
      wage_sanction: "Last day of the extended pay (from UWV's letter)",
      sanction_shortening_decision: "Last day of pay according to UWV (leave empty if the letter does not say)",
      wia_postponement: 'Last day of the extended pay',
    },
    by: 'Who asked?',
    topic: 'About what?',
    provider: 'Re-integration provider (optional)',
    providerHint: "The company's name only. No medical information.",
    needed: 'Is a second track needed?',
    granted: 'What did UWV decide?',
    yes: 'Yes',
    no: 'No',
    grantedYes: 'Granted',
    grantedNo: 'Refused',
    reportTerm: 'Reporting term at UWV',
    request: 'Which request?',
    requestTitle: (date, topic) => `${date}: ${topic}`,
    choiceMissing: 'Please make a choice.',
    endsMissing: 'Enter the last day of pay.',
    providerHeld: "The name seemed to contain medical information, so I took it out of the form; nothing has been saved yet. Note the company's name only.",
    saved: (label, date) => `"${label}" is recorded (${date}). The deadlines are updated:`,
    submittedTitle: (label) => `Recorded: ${label}`,
  },
  facts: {
    sanction: 'Wage sanction until',
    postponed: 'Pay extended until',
    safetyNet: 'Safety net (Sickness Benefits Act)',
    safetyNetValue: (term) => `yes, report to UWV ${term}`,
    secondTrack: 'Second track',
    secondTrackNeeded: (date) => `needed (decided ${date})`,
    secondTrackNotNeeded: (date) => `not needed (decided ${date})`,
    secondTrackStarted: (date, provider) => (provider ? `started ${date} with ${provider}` : `started ${date}`),
    earlyIva: 'Early IVA',
    earlyIvaValue: (date, outcome) => `applied ${date}${outcome === 'granted' ? ', granted' : outcome === 'refused' ? ', refused' : ''}`,
    opinions: 'Expert opinions',
    opinionsValue: (asked, open) => (open === 0 ? `${asked} requested, all answered` : `${asked} requested, ${open} awaiting UWV`),
  },
  caseButton: 'Legal event',
};
