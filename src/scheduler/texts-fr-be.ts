// What the scheduler says, in French as written in Belgium: nudges, reminders and escalations,
// the look-back. Same shape as the Dutch texts in texts.ts. We address people with "vous".
import type { SchedulerTexts } from './texts';
import { deName } from '../domain/french-elision';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('#', String(n)));

/** Who takes a step, after "revient": the labels are bare nouns (domain/labels.ts), French wants the article. */
const TO_WHOM: Readonly<Record<string, string>> = {
  travailleur: 'au travailleur',
  responsable: 'au responsable',
  RH: 'aux RH',
  'médecin du travail': 'au médecin du travail',
  mutualité: 'à la mutualité',
  UWV: 'à l’UWV',
  externe: 'à une partie extérieure',
};

export const schedulerFrBe: SchedulerTexts = {
  nudge: {
    titleManager: (name, count) =>
      count === 1 ? `Bonjour ${name}, une chose vous attend` : `Bonjour ${name}, ${count} choses vous attendent`,
    titleHr: (count) => (count === 1 ? 'Pour les RH : une étape à surveiller' : `Pour les RH : ${count} étapes à surveiller`),
    summary: (count) => plural(count, 'Un rappel de Herstart', '# rappels de Herstart'),
    milestoneHeading: (label, employee) => `${label} · ${employee}`,
    dueIn: (date, days) =>
      days === 0 ? `C’est aujourd’hui le dernier jour (${date}).` : `Au plus tard le ${date}, ${plural(days, 'donc demain', 'dans # jours')}.`,
    overdue: (date, days) => `Ceci devait être fait au plus tard le ${date} (${plural(days, 'il y a 1 jour', 'il y a # jours')}).`,
    event: (date) => `Cela se produit automatiquement le ${date} ; bon à savoir pour vous y préparer.`,
    whoActs: (who) => (TO_WHOM[who] ? `Cette étape revient ${TO_WHOM[who]}.` : `Qui s’en charge : ${who}.`),
    contactHeading: (employee) => `Contact avec ${employee}`,
    contactDue: (employee) =>
      `C’est le moment de prendre des nouvelles ${deName(employee)}. Un échange court et simple fait beaucoup : comment ça va, puis-je faire quelque chose ?`,
    contactLate: (employee, date) =>
      `Votre contact avec ${employee} était prévu pour le ${date} et n’a pas encore été noté. Un petit appel ou un message suffit.`,
    contactByRule: (who) => `Selon votre règlement de travail, c’est ${who} qui garde le contact ; veillez à ce qu’il ait lieu.`,
    lookbackHeading: (employee) => `Regard en arrière sur la reprise ${deName(employee)}`,
    lookbackDetail:
      'Cela fait six mois que la reprise a eu lieu. Qu’est-ce qui a aidé, et que feriez-vous autrement la prochaine fois ? Cela prend deux minutes et les RH en tirent des leçons.',
    requestHeading: (employee) => `${employee} aimerait vous parler`,
    requestDetail: (employee) => `${employee} a indiqué dans un check-in qu’un échange avec vous l’aiderait maintenant.`,
    done: 'Fait',
    contactDone: 'Nous avons eu un contact',
    tomorrow: 'Demain à nouveau',
    nextWeek: 'La semaine prochaine',
    openMilestone: 'Cocher avec une date',
    openLegal: 'Enregistrer',
    openOutcome: 'Noter l’entretien',
    openPrepare: 'Préparer l’entretien',
    openLookback: 'Faire le bilan',
    stateDone: 'Terminé. Merci.',
    stateSnoozed: (date) => `Revient le ${date}.`,
  },
  answer: {
    done: (what) => `C’est noté : ${what} est terminé.`,
    contactDone: (employee) =>
      `C’est noté : vous avez eu un contact avec ${employee} aujourd’hui. Pour en noter davantage, choisissez « Noter l’entretien ».`,
    snoozed: (date) => `D’accord, je vous le rappellerai le ${date}.`,
    duplicate: 'C’était déjà noté ; rien n’a été enregistré en double.',
    needsForm: 'Cette étape demande plus qu’une simple coche ; j’ouvre le formulaire pour vous.',
    gone: 'Ce rappel n’est plus d’actualité. Tapez **mes dossiers** pour voir où en sont les choses.',
  },
  escalation: {
    title: (employee) => `Attention requise : ${employee}`,
    summary: (employee) => `Herstart demande l’attention des RH pour ${employee}`,
    intro: 'Herstart remarque quelque chose que les RH devraient examiner. Vous ne voyez ici que le nécessaire ; jamais rien de médical.',
    manager: 'Responsable',
    phase: 'Phase',
    sickSince: 'Malade depuis le',
    sickDays: 'Jours de maladie',
    why: 'Pourquoi maintenant',
    overdueTitle: 'En retard',
    overdueItem: (label, date, days) => `${label} : au plus tard le ${date}, ${plural(days, '1 jour', '# jours')} de retard`,
    reasons: {
      milestone_overdue: (p) => `${p.milestone} a ${plural(p.days, '1 jour', '# jours')} de retard (au plus tard le ${p.date}).`,
      nudges_unanswered: (p) => `${p.manager} n’a pas réagi à ${plural(p.count, '1 rappel', '# rappels')} depuis le ${p.date}.`,
      dead_reference: (p) =>
        `Herstart ne peut plus joindre ${p.who} : l’application a été supprimée ou bloquée (dernier contact réussi le ${p.date}).`,
      concern_flagged: (p) => `${p.manager} souhaite que les RH suivent le dossier (${p.concern}), après l’entretien du ${p.date}.`,
      checkin_low_streak: (p) => `Les derniers check-ins ${deName(p.employee)} ont été bas deux fois de suite.`,
      checkin_steep_drop: (p) => `Le dernier check-in ${deName(p.employee)} est nettement plus bas que le précédent.`,
      checkin_asked_hr: (p) => `${p.employee} demande un entretien avec les RH.`,
      custom: (p) => `Votre règle « ${p.rule} » s’applique.`,
    },
    concerns: {
      wellbeing: 'comment va le collègue',
      progress: 'la reprise est bloquée',
      workload: 'la charge de travail ou sa répartition',
      relationship: 'la collaboration ou le contact',
      other: 'autre chose',
    },
    theManager: 'le ou la responsable',
    theEmployee: 'le travailleur',
    acknowledge: 'Vu',
    take: 'Je m’en occupe',
    snooze: 'Dans une semaine',
    open: 'Ouvrir le dossier',
    stateAcknowledged: (name, date) => `Vu par ${name} le ${date}.`,
    stateTaken: (name, date) => `Pris en charge par ${name} le ${date}.`,
    stateSnoozed: (name, date, until) => `${name} a mis ceci de côté le ${date} jusqu’au ${until}.`,
    alreadyTaken: (name) => `${name} s’en occupe déjà.`,
    onlyHr: 'Seules les RH peuvent prendre en charge une alerte.',
    saved: 'Enregistré ; vos collègues des RH le voient aussi.',
  },
  lookback: {
    title: (employee) => `Bilan : la reprise ${deName(employee)}`,
    intro: 'Votre expérience aide les RH à mieux soutenir d’autres personnes. Choisissez ce qui convient ; un commentaire est bienvenu mais pas obligatoire.',
    helped: 'Qu’est-ce qui a aidé ?',
    different: 'Que feriez-vous autrement la prochaine fois ?',
    notes: 'Commentaire (facultatif)',
    notesWarning: 'Pas d’informations médicales : ni maladie, ni symptômes, ni traitement, ni médicaments.',
    submit: 'Partager le bilan',
    helpedChoices: {
      early_contact: 'Un contact rapide après l’annonce de l’absence',
      regular_contact: 'Un contact régulier pendant l’absence',
      adapted_tasks: 'Des tâches adaptées',
      adapted_hours: 'Des horaires adaptés ou une reprise progressive',
      team_support: 'Le soutien de l’équipe ou d’un collègue de référence',
      doctor_advice: 'L’avis du médecin du travail',
      clear_agreements: 'Des accords clairs',
    },
    differentChoices: {
      contact_sooner: 'Prendre contact plus tôt',
      contact_more: 'Garder le contact plus souvent',
      involve_hr: 'Impliquer les RH plus tôt',
      plan_earlier: 'Planifier la reprise ensemble plus tôt',
      after_care: 'Plus d’attention après la reprise',
      nothing: 'Rien, ça s’est bien passé',
    },
    // Never quotes the note: the words would stay in the chat history, which is what we avoid.
    heldBack:
      'Votre commentaire semblait contenir des informations médicales. Nous ne les conservons pas : je l’ai donc retiré du formulaire. Formulez-le autrement ou laissez-le vide.',
    saved: 'Merci pour votre bilan. Les RH l’intègrent dans leur aperçu des enseignements.',
  },
};
