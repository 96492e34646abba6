// English. Same shape as the Dutch catalogue.
import { addressed, greet } from './greet';
import type { Texts } from './nl';

export const en: Texts = {
  common: {
    save: 'Save',
    back: 'Back',
    today: 'today',
    required: 'Please fill this in.',
    none: 'none',
    unknown: 'unknown',
    inDays: (n) => (n === 1 ? 'in 1 day' : `in ${n} days`),
    daysAgo: (n) => (n === 1 ? '1 day ago' : `${n} days ago`),
    overdueBy: (n) => (n === 1 ? '1 day overdue' : `${n} days overdue`),
    labelled: (label, value) => `${label}: ${value}`,
  },
  errors: {
    generic: 'Sorry, something went wrong on our side. Nothing was saved; please try again shortly.',
    notSaved: 'Saving did not work just now, so nothing was stored. Please try again in a few minutes.',
    noAccess: 'You cannot view this case. You only see the cases you are the manager for.',
    caseNotFound: 'I could not find that case. It may have been closed or removed.',
    badSubmit: 'I could not read that form properly. Open it again from "my cases" and try once more.',
    missing: (field) => `Please fill in: ${field}.`,
    invalidDate: (field) => `"${field}" is not a valid date.`,
    futureDate: (field) => `"${field}" is in the future; choose a date up to today.`,
    unknownCommand: (text) => `I don't know "${text}". Type **help** to see what I can do, or pick an option below.`,
    notInChannel: 'This only works in a channel. Type it there: in Teams mention Herstart, in Slack use **/herstart hr here**.',
    onlyAdmin: 'Only the Herstart administrator of your organisation can do this.',
    onlyInPersonal: (link) =>
      link
        ? `Let us do this in your own chat with Herstart rather than in a channel. [Open your chat with Herstart](${link}) and type it there.`
        : 'Let us do this in your own chat with Herstart rather than in a channel. Open Herstart under Apps and type it there.',
    unreadablePress: 'I could not process this button, so nothing was saved. Type "help" to start again.',
  },
  welcome: {
    personal: (name) =>
      `${greet('Hello', name)}, good to have you here. I help you stay in touch with a colleague who is off sick, ` +
      'prepare the conversation about their return, and keep the legal steps on time.',
    team:
      'Hello everyone. Herstart supports managers and HR with sickness absence and return to work. ' +
      'I only discuss cases one-to-one; in this channel HR can receive alerts (type **hr here**).',
    firstAdmin: (name) =>
      addressed(name, 'You', ' are the first person in your organisation to use Herstart, so you are now its administrator. ') +
      'Choose the country we work for below; afterwards you can name your HR colleagues.',
  },
  setup: {
    title: 'Set up Herstart',
    intro: 'These settings decide which legal deadlines apply and how I address people.',
    jurisdiction: 'Country',
    nl: 'The Netherlands (Gatekeeper Improvement Act)',
    be: 'Belgium (re-integration rules)',
    employerSize: 'Number of employees in the organisation',
    name: 'Name of the organisation (shown on the re-integration file)',
    language: 'Default language',
    timeZone: 'Time zone',
    iAmHr: 'I work in HR myself and want to receive HR alerts',
    reporting: 'Who may report a colleague sick?',
    reportingChoices: {
      anyone: 'Anyone in the organisation',
      named: 'Only named managers and HR',
    },
    reportingNamed: 'Only named managers and HR can report an absence now. Name managers with **manager add @name**.',
    submit: 'Save settings',
    saved: (jurisdiction, size) =>
      `Saved: ${jurisdiction}, ${size} employees. Type **hr add** with a mention to name an HR colleague.`,
    sizeInvalid: 'Enter the number of employees as a whole number of 1 or more.',
  },
  help: {
    title: 'What Herstart does for you',
    intro:
      'I help you, as a manager, keep good contact with a colleague who is off sick, ' +
      'prepare the conversation about their return, and take the legal steps on time.',
    commands: [
      { name: 'report', description: 'Report that a colleague is sick; I set up the deadlines.' },
      { name: 'my cases', description: 'See each colleague\'s phase, next contact and next legal step.' },
      { name: 'file', description: 'Download a colleague\'s re-integration file (PDF), through a link that works once.' },
      { name: 'help', description: 'This overview.' },
      { name: 'hr here', description: 'In a channel: HR alerts arrive here from now on (in Slack: /herstart hr here).' },
      { name: 'hr add @name', description: 'Administrator: name an HR colleague.' },
      { name: 'manager add @name', description: 'Administrator: name a manager who may report absences.' },
      { name: 'link', description: 'Use Herstart in Teams and in Slack as the same person.' },
      { name: 'work rules', description: 'Belgium, administrator or HR: record the contact procedure from your work rules.' },
      { name: 'overview', description: 'A link to your overview in the browser: cases, deadlines and (for HR) escalations and figures.' },
    ],
    privacyTitle: 'Privacy',
    privacy:
      'Never ask about the illness, symptoms or treatment, and never write them down: that is private and an employer may ' +
      'not record it. Talk about work, energy, support and adjustments. Your colleague decides what the team is told.',
    whoSees: {
      manager: 'You only see the cases you are the manager for. HR sees the cases of the whole organisation, and every look is logged.',
      hr:
        'As HR or administrator you see the cases of the whole organisation, also those of other managers. ' +
        'Every time you look at someone else\'s case, that is logged.',
    },
    report: 'Report a sickness',
    myCases: 'My cases',
  },
  intake: {
    title: 'Report a sickness',
    intro: 'Who is off sick? I will set up the legal deadlines and a rhythm for keeping in touch.',
    employee: 'Colleague',
    employeePlaceholder: 'Choose a colleague',
    employeeFixed: (name) => `Colleague: ${name}`,
    noPeople:
      "I don't know any of your colleagues yet. Mention someone in your message (for example: report @Sanne), " +
      'or add Herstart to your team so I know its members.',
    searchNoMatch: (text) => `I found nobody with "${text}" in their name. Mention the colleague with @ or pick from the list.`,
    firstSickDay: 'First day of sickness',
    expected: 'Expected duration (if you know)',
    expectedChoices: {
      unknown: "I don't know",
      days: 'A few days',
      weeks: 'A few weeks',
      months: 'More than a month',
    },
    expectedReturn: 'Expected return date (optional)',
    privacyHint:
      "Don't ask about the cause or symptoms and don't write them down: that is private. Do ask how they are and how you will keep in touch.",
    submit: 'Save the report',
    saved: (name) => `${name}'s sickness report is in. These are the next steps:`,
    alreadyOpen: (name) =>
      `${name} already has an open case. If your colleague fell ill again after recovering, report it as a relapse in that case.`,
    notYourself: 'Report your own sickness to your manager, not here. Get well soon!',
    ownCaseOpen:
      'You are on sick leave yourself. While you are, you do not report colleagues sick through Herstart: ask your manager or HR to do it. Get well soon!',
    notNamed:
      'In your organisation only named managers and HR report absences. Pass the report on to them, or ask the Herstart administrator to name you.',
    submittedTitle: (name) => `Sickness report for ${name} saved`,
  },
  workspace: {
    link: (url: string) =>
      `Your overview is ready: [open Herstart in your browser](${url}). The link works once, for 5 minutes, for you only; do not share it.`,
    unavailable: 'The overview in the browser is not available in this installation.',
  },
  link: {
    issued: (code) =>
      `To use Herstart as the same person in your other chat app (Teams or Slack), open Herstart there and type **link ${code}**. ` +
      'The code works once, for 15 minutes. Do not share it.',
    unknown: 'I do not know that code, or it has expired or been used. Type **link** in your other chat app for a new one.',
    sameApp: 'Type the code in your other chat app, not in this one.',
    hasCases: 'You already have cases in this app, so it can no longer be linked. Ask your Herstart administrator for help.',
    otherOrganisation:
      'In Herstart this app still belongs to a separate organisation. They can be joined only when the administrator on both sides ' +
      'uses the code and nothing has been recorded here yet.',
    done: (name, app) => (app ? `Linked, ${name}: you are the same person here as in ${app}, with the same cases.` : `That is already linked, ${name}.`),
    organisationJoined: 'This workspace now belongs to the same organisation. If you had chosen an HR channel here, choose it again.',
  },
  home: {
    title: 'Herstart',
    intro: 'Colleagues who are off sick, and what comes next for each of them.',
    help: 'Help',
    more: (n) => `and ${n} more ${n === 1 ? 'case' : 'cases'}: type **my cases** for the full list.`,
  },
  cases: {
    title: 'My cases',
    hrTitle: 'Cases in the organisation',
    empty: 'You have no open cases. Type **report** when a colleague is off sick.',
    phase: 'Phase',
    nextContact: 'Next contact',
    nextMilestone: 'Next step',
    noMilestone: 'No open legal step',
    open: 'Open',
    sickSince: 'Sick since',
    sickDays: 'Days of sickness',
    expectedReturn: 'Expected return',
    timeline: 'Legal steps',
    lastContact: 'Last contact',
    noContactYet: 'no contact recorded yet',
    closed: 'Closed',
    manager: 'Manager',
    openedBy: 'Reported by',
    prepare: 'Prepare a conversation',
    record: 'Record a conversation',
    milestone: 'Complete a step',
    status: 'Report recovery or relapse',
    dossier: 'Dossier',
    moreMilestones: (n) => `and ${n} later steps`,
  },
  prepare: {
    title: (name, phase) => `Preparing your conversation with ${name} · ${phase}`,
    wishes: 'Wishes your colleague shared with you',
    record: 'Record the conversation',
  },
  outcome: {
    title: (name) => `Record your conversation with ${name}`,
    intro: 'A few taps are enough. Write nothing about the illness, symptoms or treatment.',
    date: 'Date of contact',
    kind: 'Kind of contact',
    kinds: { call: 'Phone', video: 'Video call', in_person: 'In person', message: 'Message' },
    mood: 'How did it go?',
    moods: { good: 'Well', mixed: 'Mixed', difficult: 'With difficulty' },
    agreements: 'Agreements',
    agreementChoices: {
      workplace: 'Workplace adjustment',
      tasks: 'Adapted tasks',
      hours: 'Fewer hours or a calmer pace',
      buildup: 'Build-up schedule',
      contact: 'How we keep in touch',
      none: 'No agreements yet',
    },
    buildupHours: 'Build-up: hours per week to start with (optional)',
    wishes: "Your colleague's wishes",
    wishChoices: {
      more_contact: 'More frequent contact',
      less_contact: 'Less frequent contact',
      team_informed: 'The team may know (in their own words)',
      team_not_informed: 'Tell the team nothing',
      talk_hr: 'A talk with HR',
      talk_doctor: 'A talk with the occupational doctor',
      remote: 'Partly working from home',
    },
    nextContact: 'Next contact',
    flagHr: "I'm concerned and would like HR to look in",
    concern: 'What concerns you?',
    concernChoices: {
      wellbeing: 'How my colleague is doing',
      progress: 'The return is stalling',
      workload: 'Workload or division of work',
      relationship: 'Working together or staying in touch',
      other: 'Something else',
    },
    notes: 'Note (optional)',
    notesWarning: 'No medical information: no illness, symptoms, treatment or medication.',
    submit: 'Save',
    saved: (name, date) => `Your conversation with ${name} on ${date} is recorded.`,
    nextContactSet: (date) => `Next contact: ${date}.`,
    flagged: 'HR will look in; they get an alert without your note.',
    heldBack:
      'Your note seemed to contain medical information. An employer may not record that, so I saved nothing and took the ' +
      'note out of the form. Write it again in terms of work, energy and agreements, or leave it empty.',
    submittedTitle: (name, date) => `Conversation with ${name} on ${date} saved`,
    nextContactBeforeDate: 'The next contact must come after the date of this conversation.',
  },
  milestone: {
    title: (name) => `Complete a step for ${name}`,
    choose: 'Which step is done?',
    date: 'Date',
    decision: "The occupational doctor's decision",
    decisions: {
      A: 'A: temporarily unfit, adapted work in the meantime',
      B: 'B: permanently unfit for their own job, other or adapted work possible',
      C: 'C: cannot be assessed now',
    },
    decisionNeeded: "Choose the occupational doctor's decision.",
    nothingOpen: 'There are no open steps left for this case.',
    ritRequest: 'Re-integration trajectory requested',
    saved: (label, date) => `"${label}" is marked as done (${date}).`,
    submittedTitle: (label) => `Done: ${label}`,
    upcoming: 'The next steps:',
  },
  status: {
    title: (name) => `What has changed for ${name}?`,
    kind: 'What would you like to report?',
    kinds: {
      recovered: 'Fully recovered and back at work',
      partial: 'Partly back at work',
      relapse: 'Reported sick again',
      pre_return: 'We are preparing the return',
      closed: 'The return to work is complete: close the case',
    },
    date: 'From which date?',
    percentage: 'For what percentage of their hours are they still off? (partial return)',
    percentageInvalid: 'For a partial return, enter a percentage between 1 and 99.',
    differentIllness: 'Sick again: the new certificate states a different illness (a yes or no only; never write down the illness itself)',
    saved: {
      recovered: (name) =>
        `Good to hear ${name} is back at work. The case stays open for four more weeks: if your colleague falls ill again within 28 days, it counts towards the same case.`,
      recoveredBE: (name) =>
        `Good to hear ${name} is back at work. If your colleague falls ill again soon after, report it as a relapse in this case.`,
      partial: (name, pct) => `${name} is partly back at work (still ${pct}% off). The legal deadlines keep running.`,
      relapse: (name) => `${name}'s new sickness report is added to the open case; the deadlines are updated.`,
      relapseNewCase: (name) =>
        `${name} had been recovered for more than four weeks: this is a new case with new deadlines.`,
      relapseOtherIllness: (name) =>
        `${name}'s new certificate states a different illness: that is a new incapacity, with a new case and new deadlines.`,
      pre_return: (name) => `${name}'s case is now in the phase "preparing the return".`,
      closed: (name) =>
        `${name}'s case is closed. Herstart sends no more reminders about it. Two years after the closing date, the case and everything recorded with it will be deleted.`,
    },
    closeOffer: (name) =>
      `Is ${name}'s return to work complete with this? Then you can close the case here. Herstart sends no more reminders about it after that.`,
    closeTooEarly: (name, date) =>
      `If ${name} falls ill again before ${date}, it still counts towards this case. So close the case on ${date} or later.`,
    submittedTitle: (name) => `Change for ${name} saved`,
  },
  hr: {
    hereSaved: 'HR alerts from Herstart will arrive in this channel from now on.',
    addUsage: 'Mention the colleague who gets HR rights, for example: hr add @Sanne',
    added: (names) => `${names} will receive HR alerts and can view the organisation's cases.`,
    removed: (names) => `${names} no longer has HR rights.`,
    ambiguous: (names) => `Did you mean one of these colleagues? ${names}. Type a bit more of the name.`,
    reportersUsage: 'Mention the manager who may report absences, for example: manager add @Sanne',
    reportersAdded: (names) => `${names} can report colleagues sick from now on.`,
    reportersRemoved: (names) => `${names} is no longer a named manager and cannot report new absences while reporting is restricted.`,
    deadReference: (name, role) =>
      `I can no longer reach ${name} (${role}) in chat: the app was blocked or removed. Could you get in touch?`,
  },
  roles: {
    manager: 'manager',
    employee: 'employee',
    hr: 'HR',
  },
  submitted: {
    duplicate: 'This was already saved; nothing was stored twice.',
  },
};
