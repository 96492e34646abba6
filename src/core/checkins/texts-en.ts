// Check-in words in English. Same shape as the Dutch reference catalogue.
import { greet } from '../i18n/greet';
import type { CheckinTexts, RhythmWords } from './texts-nl';

const every = (days: number) => (days === 7 ? 'every week' : days % 7 === 0 ? `every ${days / 7} weeks` : `every ${days} days`);
const months = (days: number) => (Math.round(days / 30) === 1 ? 'one month' : `${Math.round(days / 30)} months`);

export const checkinEn: CheckinTexts = {
  invite: {
    title: 'Short check-ins, if you would like them',
    hello: (name: string) =>
      `${greet('Hi', name)}, I am Herstart. Your manager uses me to stay in touch while you are ill and when you go back to work. ` +
      'Now and then I can send you a short check-in: how much energy you have, how things are going and what would help now. It takes less than a minute and it is up to you whether you take part.',
    afterWelcome:
      'Would you like the short check-ins? Who sees what is in the overview above. Below is how often they come and how to stop.',
    whoTitle: 'Who sees what',
    who: [
      'You see all your answers and can delete them at any time.',
      'Your manager sees only how things go over time (better, the same or worse), what you ask them for (a call, adjusted tasks, fewer hours, a talk with the occupational doctor) ' +
        'and your note only when you tick that you share it with your manager.',
      'HR does not see your answers. HR only gets a signal when two check-ins in a row are low, when things are clearly worse than last time, ' +
        'or when you ask for a talk with HR and agree that HR hears about it. The signal gives your name and the reason, not your answers.',
      'Never write about your illness, symptoms or treatment: that is not for your employer. A note that looks medical is not kept.',
    ],
    howOftenTitle: 'How often',
    howOften: (r: RhythmWords) =>
      `${cap(every(r.recoveryDays))} while you recover, ${every(r.aroundReturnDays)} in the weeks around your return, then ${every(r.afterReturnDays)} for ${months(r.afterReturnUntilDays)}. ` +
      'If you do not answer, I remind you once; after three unanswered check-ins in a row I stop asking until you start again.',
    stopTitle: 'Stopping',
    stop: 'Type **pause**, **stop** or **forget me** whenever you like. **My data** shows everything you filled in. **Taal nl** switches me to Dutch.',
    yes: 'Yes, please',
    later: 'Maybe later',
    no: 'No, thank you',
    accepted: 'Good. Here is your first check-in; you may skip it too.',
    declined: 'That is fine. I will not ask you anything. If you change your mind, type **check-in**.',
    postponed: 'Fine. Type **check-in** whenever it suits you.',
    doneTitle: (choice: string) => `Your choice: ${choice}`,
  },
  form: {
    title: 'Your check-in',
    intro: 'Less than a minute. Everything is voluntary; skip what you would rather not answer.',
    energy: 'How much energy do you have this week?',
    energyChoices: ['1 · empty', '2', '3', '4', '5 · full of energy'],
    progress: 'How is your recovery or your work going?',
    progressChoices: ['1 · hard', '2', '3', '4', '5 · well'],
    unreadable: 'I could not read that properly. Choose what fits or leave it empty, and send it again.',
    help: 'What would help you now?',
    helpChoices: {
      manager_call: 'A call with my manager',
      adjusted_tasks: 'Adjusted tasks',
      fewer_hours: 'Fewer hours',
      talk_hr: 'A talk with HR',
      talk_doctor: 'A talk with the occupational doctor',
      nothing: 'Nothing right now',
    },
    note: 'Anything else you want to say? (may stay empty)',
    noteWarning: 'Do not write about your illness, symptoms or treatment.',
    shareWithManager: 'Share this note with my manager',
    submit: 'Send',
    wishlist: 'Make a wish list',
  },
  heldBack:
    'Your note seemed to contain something medical. I do not keep that, so it stays private: I took it out of the form ' +
    'and nothing has been saved yet. Write it differently, or send without a note.',
  hrConsent: {
    title: 'May HR know?',
    text: 'You ask for a talk with HR. Shall I let HR know you would like a talk? HR then hears only your name and that you ask for a talk, not your answers.',
    yes: 'Yes, let HR know',
    no: 'No, keep it to myself',
  },
  saved: {
    title: 'Thank you',
    thanks: 'Thank you for your check-in. Your answers are yours: type **my data** to see or delete them.',
    managerCall: 'I will let your manager know you would like a call.',
    managerRequest: 'Your manager sees that you ask for this and can talk it through with you.',
    hrYes: 'HR hears that you would like a talk; nothing more.',
    hrNo: 'HR hears nothing about this. If you want to talk after all, you can always contact HR yourself.',
    noteShared: 'Your manager can see your note.',
    notePrivate: 'Only you can see your note.',
    next: (date: string) => `Your next check-in comes around ${date}.`,
    duplicate: 'You had already sent this check-in; I kept it once.',
  },
  prompt: {
    summary: 'Time for your check-in',
    hello: (name: string) => `${greet('Hi', name)}, time for your short check-in. It takes less than a minute.`,
    reminder: (name: string) =>
      `${greet('Hi', name)}, a gentle reminder of your check-in. If now is not a good time, that is fine too: I will ask again next time.`,
    wishlist: 'Your return is coming closer. Would you like to make a wish list of what helps and what hinders? You choose whether your manager sees it.',
  },
  wishlist: {
    title: 'Your wish list for the return',
    intro: 'What will help you, and what will make it harder? Choose what fits and add your own if you like.',
    helps: 'What helps me',
    helpsChoices: {
      phased_hours: 'Building up my hours gradually',
      adjusted_tasks: 'Adjusted tasks at first',
      quiet_place: 'A quiet place to work',
      remote_days: 'Working from home part of the time',
      buddy: 'One colleague as my point of contact',
      regular_checkins: 'Short regular talks with my manager',
      team_informed: 'The team knowing I am coming back',
    },
    helpsNote: 'Anything else that helps',
    hinders: 'What hinders me',
    hindersChoices: {
      full_inbox: 'A full inbox when I return',
      deadlines: 'Tight deadlines',
      busy_space: 'A busy workplace',
      meetings: 'Many meetings',
      travel: 'A lot of travel',
      questions_about_absence: 'Questions about why I was away',
    },
    hindersNote: 'Anything else that hinders',
    share: 'Share my wish list with my manager (they see it when preparing your conversation)',
    submit: 'Save wish list',
    empty: 'Your wish list is still empty. Choose something that helps or hinders, or write it down.',
    savedShared: 'Your wish list is saved and your manager sees it when preparing your conversation.',
    savedPrivate: 'Your wish list is saved. Only you see it; you can share it later by saving it again.',
    helpsLine: (items: string) => `Helps: ${items}`,
    hindersLine: (items: string) => `Hinders: ${items}`,
  },
  commands: {
    paused: 'Your check-ins are paused. Type **resume** when you want them again; your answers are kept.',
    resumed: 'Good to have you back. Your next check-in follows the rhythm; type **check-in** if you want one now.',
    stopped: 'Stopped: I will not send you check-ins any more. Your answers stay yours: type **my data** to see them or **forget me** to erase everything. Type **check-in** if you want to start again later.',
    notEnrolled: 'You are not taking part in check-ins, so there is nothing to pause or stop. Type **check-in** if you would like to start.',
    noCase: 'Check-ins are for people who are ill or just back at work. Herstart has no open absence for you, so I will not ask you anything.',
    forgetConfirm:
      'Are you sure? I will erase all your check-ins, your wish lists and your choice to take part, and send you no more check-ins. ' +
      'The absence record itself (dates and legal steps) stays: your employer must keep it.',
    forgetYes: 'Yes, erase everything',
    forgotten: (answers: number, wishlists: number) =>
      `Erased: ${answers} ${answers === 1 ? 'check-in' : 'check-ins'} and ${wishlists} ${wishlists === 1 ? 'wish list' : 'wish lists'}. I will not ask you anything more.`,
    deleted: 'That answer has been erased.',
    notFound: 'I could not find that answer; perhaps it was already erased.',
  },
  mine: {
    title: 'My data',
    intro: 'Everything you filled in for check-ins. It is yours: you can erase any answer.',
    status: {
      invited: 'You were invited to check-ins but have not chosen yet.',
      active: 'You take part in check-ins.',
      paused: 'Your check-ins are paused.',
      stopped: 'You do not take part in check-ins.',
      none: 'You do not take part in check-ins.',
    },
    empty: 'You have not filled in any check-ins yet.',
    energy: 'Energy',
    progress: 'How it goes',
    help: 'What would help',
    note: 'Note',
    shared: 'shared with your manager',
    notShared: 'only for you',
    skipped: 'skipped',
    hrTold: 'HR knows you would like a talk',
    delete: 'Erase this answer',
    wishlists: 'Wish lists',
    forget: 'Erase everything (forget me)',
  },
  manager: {
    title: (name: string) => `${name}'s check-ins`,
    intro: 'What your colleague shares with you: how things go over time, what they ask of you and the notes meant for you. The answers themselves stay private.',
    notEnrolled: 'Your colleague does not take part in check-ins. That is their free choice; please do not ask about it.',
    noAnswers: 'Your colleague has not filled in a check-in yet.',
    energy: 'Energy',
    progress: 'How it goes',
    direction: { up: 'getting better', steady: 'about the same', down: 'getting worse' },
    tooEarly: 'too early for a trend',
    level: { low: 'low', middle: 'middling', good: 'good' },
    trend: (direction: string, level: string) => `${direction} (now ${level})`,
    lastOn: 'Last check-in',
    requests: 'What is asked for',
    notes: 'Shared notes',
    noRequests: 'Nothing asked of you.',
    askToShare: (name: string) =>
      `${name} could get short, voluntary check-ins from Herstart, but I cannot reach your colleague in the chat yet. ` +
      'Would you ask them to open the Herstart app? I first ask whether they want to take part; without a yes I send nothing.',
    hrOnly: 'Check-ins belong to the employee. HR sees only what a signal carries, not the answers or the trend.',
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
