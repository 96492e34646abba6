// Check-in words in French as written in Belgium. Same shape as the Dutch reference catalogue.
// We address the employee with "vous"; the employee decides, we say so, and we keep it short.
import type { CheckinTexts, RhythmWords } from './texts-nl';
import { deName } from '../../domain/french-elision';
import { greet } from '../i18n/greet';

const every = (days: number) =>
  days === 7 ? 'chaque semaine' : days % 7 === 0 ? `toutes les ${days / 7} semaines` : `tous les ${days} jours`;
const months = (days: number) => (Math.round(days / 30) === 1 ? 'un mois' : `${Math.round(days / 30)} mois`);

export const checkinFrBe: CheckinTexts = {
  invite: {
    title: 'De courts check-ins, si vous le souhaitez',
    hello: (name: string) =>
      `${greet('Bonjour', name)}, je suis Herstart. Votre responsable m’utilise pour garder un bon contact avec vous pendant votre absence et lors de votre reprise du travail. ` +
      'Je peux vous envoyer de temps en temps un court check-in : votre niveau d’énergie, comment ça va et ce qui vous aiderait maintenant. Cela prend moins d’une minute et vous décidez vous-même d’y participer ou non.',
    afterWelcome:
      'Vous participez aux courts check-ins ? Qui voit quoi figure dans l’aperçu ci-dessus. Vous lisez ci-dessous à quelle fréquence ils arrivent et comment arrêter.',
    whoTitle: 'Qui voit quoi',
    who: [
      'Vous voyez toutes vos réponses et pouvez les supprimer à tout moment.',
      'Votre responsable voit seulement l’évolution dans le temps (mieux, pareil ou moins bien), ce que vous lui demandez (un appel, des tâches adaptées, moins d’heures, un entretien avec le médecin du travail) ' +
        'et votre commentaire uniquement si vous cochez que vous le partagez avec votre responsable.',
      'Les RH ne voient pas vos réponses. Elles reçoivent seulement un signal si deux check-ins de suite sont bas, si ça va nettement moins bien que la fois précédente, ' +
        'ou si vous demandez un entretien avec les RH et acceptez qu’elles en soient informées. Ce signal donne votre nom et la raison, pas vos réponses.',
      'N’écrivez jamais rien sur votre maladie, vos symptômes ou votre traitement : cela ne regarde pas votre employeur. Un commentaire qui semble médical n’est pas conservé.',
    ],
    howOftenTitle: 'À quelle fréquence',
    howOften: (r: RhythmWords) =>
      `${cap(every(r.recoveryDays))} pendant votre rétablissement, ${every(r.aroundReturnDays)} dans les semaines autour de votre reprise, puis ${every(r.afterReturnDays)} pendant ${months(r.afterReturnUntilDays)}. ` +
      'Si vous ne répondez pas, je vous le rappelle une fois ; après trois check-ins sans réponse de suite, j’arrête de demander jusqu’à ce que vous recommenciez.',
    stopTitle: 'Arrêter',
    stop:
      'Tapez quand vous voulez **pause**, **stop** ou **oubliez-moi**. Avec **mes données**, vous voyez tout ce que vous avez rempli. ' +
      'Avec **taal nl** ou **language en**, je vous écris en néerlandais ou en anglais.',
    yes: 'Oui, volontiers',
    later: 'Peut-être plus tard',
    no: 'Non merci',
    accepted: 'Très bien. Voici votre premier check-in ; vous pouvez aussi le passer.',
    declined: 'Pas de souci. Je ne vous demanderai rien. Si vous changez d’avis, tapez **check-in**.',
    postponed: 'D’accord. Tapez **check-in** quand cela vous convient.',
    doneTitle: (choice: string) => `Votre choix : ${choice}`,
  },
  form: {
    title: 'Votre check-in',
    intro: 'Moins d’une minute. Tout est facultatif ; passez ce que vous ne voulez pas remplir.',
    energy: 'Combien d’énergie avez-vous cette semaine ?',
    energyChoices: ['1 · à plat', '2', '3', '4', '5 · plein d’énergie'],
    progress: 'Comment se passe votre rétablissement ou votre travail ?',
    progressChoices: ['1 · difficilement', '2', '3', '4', '5 · bien'],
    unreadable: 'Je n’ai pas bien pu lire cela. Choisissez ce qui convient ou laissez vide, puis envoyez à nouveau.',
    help: 'Qu’est-ce qui vous aiderait maintenant ?',
    helpChoices: {
      manager_call: 'Un appel avec mon ou ma responsable',
      adjusted_tasks: 'Des tâches adaptées',
      fewer_hours: 'Moins d’heures',
      talk_hr: 'Un entretien avec les RH',
      talk_doctor: 'Un entretien avec le médecin du travail',
      nothing: 'Rien pour l’instant',
    },
    note: 'Vous voulez ajouter quelque chose ? (peut rester vide)',
    noteWarning: 'N’écrivez rien sur votre maladie, vos symptômes ou votre traitement.',
    shareWithManager: 'Partager ce commentaire avec mon ou ma responsable',
    submit: 'Envoyer',
    wishlist: 'Faire une liste de souhaits',
  },
  // Never quotes the note: the words would stay in the chat history, which is what we avoid.
  heldBack:
    'Votre commentaire semblait contenir quelque chose de médical. Je ne le conserve pas, pour que cela reste privé : je l’ai retiré ' +
    'du formulaire et rien n’a encore été enregistré. Formulez-le autrement, ou envoyez sans commentaire.',
  hrConsent: {
    title: 'Les RH peuvent-elles le savoir ?',
    text: 'Vous demandez un entretien avec les RH. Voulez-vous que je leur fasse savoir que vous souhaitez un entretien ? Elles apprendront seulement votre nom et que vous demandez un entretien, pas vos réponses.',
    yes: 'Oui, prévenez les RH',
    no: 'Non, ne pas transmettre',
  },
  saved: {
    title: 'Merci',
    thanks: 'Merci pour votre check-in. Vos réponses vous appartiennent : tapez **mes données** pour les voir ou les effacer.',
    managerCall: 'Je fais savoir à votre responsable que vous aimeriez un appel.',
    managerRequest: 'Votre responsable voit que vous le demandez et peut en parler avec vous.',
    hrYes: 'Les RH apprendront que vous souhaitez un entretien ; rien de plus.',
    hrNo: 'Les RH n’en sauront rien. Si vous voulez quand même en parler, vous pouvez toujours contacter les RH vous-même.',
    noteShared: 'Votre commentaire est visible par votre responsable.',
    notePrivate: 'Personne d’autre que vous ne voit votre commentaire.',
    next: (date: string) => `Votre prochain check-in arrivera vers le ${date}.`,
    duplicate: 'Vous aviez déjà envoyé ce check-in ; je l’ai conservé une seule fois.',
  },
  prompt: {
    summary: 'C’est l’heure de votre check-in',
    hello: (name: string) => `${greet('Bonjour', name)}, c’est l’heure de votre court check-in. Cela prend moins d’une minute.`,
    reminder: (name: string) =>
      `${greet('Bonjour', name)}, un petit rappel pour votre check-in ? Si ce n’est pas le moment, ce n’est pas grave : je vous le redemanderai la prochaine fois.`,
    wishlist:
      'Votre reprise approche. Voulez-vous faire une liste de ce qui vous aide et de ce qui vous gêne ? C’est vous qui choisissez si votre responsable la voit.',
  },
  wishlist: {
    title: 'Votre liste de souhaits pour la reprise',
    intro: 'Qu’est-ce qui vous aidera, et qu’est-ce qui rendra les choses plus difficiles ? Choisissez ce qui convient et complétez si vous le souhaitez.',
    helps: 'Ce qui m’aide',
    helpsChoices: {
      phased_hours: 'Reprendre progressivement en heures',
      adjusted_tasks: 'Des tâches adaptées au début',
      quiet_place: 'Un poste de travail au calme',
      remote_days: 'Un peu de télétravail',
      buddy: 'Un collègue de référence',
      regular_checkins: 'De courts entretiens réguliers avec mon ou ma responsable',
      team_informed: 'Que l’équipe sache que je reviens',
    },
    helpsNote: 'Autre chose qui m’aide',
    hinders: 'Ce qui me gêne',
    hindersChoices: {
      full_inbox: 'Une boîte mail pleine à mon retour',
      deadlines: 'Des délais serrés',
      busy_space: 'Un lieu de travail bruyant',
      meetings: 'Beaucoup de réunions',
      travel: 'Beaucoup de déplacements',
      questions_about_absence: 'Des questions sur la raison de mon absence',
    },
    hindersNote: 'Autre chose qui me gêne',
    share: 'Partager ma liste de souhaits avec mon ou ma responsable (qui la verra en préparant votre entretien)',
    submit: 'Enregistrer ma liste de souhaits',
    empty: 'Votre liste de souhaits est encore vide. Choisissez ce qui aide ou ce qui gêne, ou écrivez-le.',
    savedShared: 'Votre liste de souhaits est enregistrée et votre responsable la verra en préparant votre entretien.',
    savedPrivate: 'Votre liste de souhaits est enregistrée. Personne d’autre que vous ne la voit ; vous pourrez la partager plus tard en l’enregistrant à nouveau.',
    helpsLine: (items: string) => `M’aide : ${items}`,
    hindersLine: (items: string) => `Me gêne : ${items}`,
  },
  commands: {
    paused: 'Vos check-ins sont en pause. Tapez **reprendre** quand vous le souhaitez ; vos réponses restent conservées.',
    resumed: 'Content de vous revoir. Votre prochain check-in suivra le rythme prévu ; tapez **check-in** si vous en voulez un maintenant.',
    stopped:
      'C’est arrêté : je ne vous envoie plus de check-ins. Vos réponses restent les vôtres : tapez **mes données** pour les voir ou **oubliez-moi** pour tout effacer. Tapez **check-in** si vous voulez recommencer plus tard.',
    notEnrolled: 'Vous ne participez pas aux check-ins pour l’instant, il n’y a donc rien à mettre en pause ou à arrêter. Tapez **check-in** si vous voulez commencer.',
    noCase: 'Les check-ins sont destinés aux personnes malades ou qui viennent de reprendre le travail. Aucun dossier n’est ouvert pour vous dans Herstart, je ne vous demande donc rien.',
    forgetConfirm:
      'Voulez-vous vraiment tout effacer ? J’efface tous vos check-ins, vos listes de souhaits et votre choix de participer, et je ne vous envoie plus de check-ins. ' +
      'Le dossier lui-même (dates et étapes légales) reste : votre employeur doit le conserver.',
    forgetYes: 'Oui, tout effacer',
    forgotten: (answers: number, wishlists: number) =>
      `Effacé : ${answers} check-in${answers === 1 ? '' : 's'} et ${wishlists} ${wishlists === 1 ? 'liste de souhaits' : 'listes de souhaits'}. Je ne vous demande plus rien.`,
    deleted: 'Cette réponse est effacée.',
    notFound: 'Je n’ai pas trouvé cette réponse ; elle était peut-être déjà effacée.',
  },
  mine: {
    title: 'Mes données',
    intro: 'Tout ce que vous avez rempli dans vos check-ins. Cela vous appartient : vous pouvez effacer chaque réponse.',
    status: {
      invited: 'Vous avez reçu une invitation aux check-ins mais n’avez pas encore choisi.',
      active: 'Vous participez aux check-ins.',
      paused: 'Vos check-ins sont en pause.',
      stopped: 'Vous ne participez pas aux check-ins.',
      none: 'Vous ne participez pas aux check-ins.',
    },
    empty: 'Vous n’avez encore rempli aucun check-in.',
    energy: 'Énergie',
    progress: 'Comment ça va',
    help: 'Ce qui aiderait',
    note: 'Commentaire',
    shared: 'partagé avec votre responsable',
    notShared: 'pour vous uniquement',
    hrTold: 'Les RH savent que vous souhaitez un entretien',
    delete: 'Effacer cette réponse',
    wishlists: 'Listes de souhaits',
    forget: 'Tout effacer (oubliez-moi)',
    skipped: 'passé',
  },
  manager: {
    title: (name: string) => `Check-ins ${deName(name)}`,
    // The title names the employee; the lines under it do not need to again.
    intro:
      'Ce que votre collègue partage avec vous : l’évolution dans le temps, ce qu’on vous demande et les commentaires qui vous sont destinés. Les réponses détaillées restent privées.',
    notEnrolled: 'Votre collègue ne participe pas aux check-ins. C’est un libre choix ; n’en demandez pas la raison.',
    noAnswers: 'Votre collègue n’a encore rempli aucun check-in.',
    energy: 'Énergie',
    progress: 'Comment ça va',
    direction: { up: 'va mieux', steady: 'reste stable', down: 'va moins bien' },
    tooEarly: 'trop tôt pour une tendance',
    level: { low: 'bas', middle: 'moyen', good: 'bon' },
    trend: (direction: string, level: string) => `${direction} (actuellement ${level})`,
    lastOn: 'Dernier check-in',
    requests: 'Ce qui est demandé',
    notes: 'Commentaires partagés',
    noRequests: 'Aucune demande qui vous est adressée.',
    askToShare: (name: string) =>
      `${name} peut recevoir de courts check-ins facultatifs de Herstart, mais je ne peux pas encore joindre votre collègue dans le chat. ` +
      'Pourriez-vous demander à votre collègue d’ouvrir l’application Herstart ? Je lui demanderai d’abord son accord ; sans un oui, je n’envoie rien.',
    hrOnly: 'Les check-ins appartiennent au travailleur. Les RH ne voient que ce qu’un signal transmet, ni les réponses ni l’évolution.',
  },
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
