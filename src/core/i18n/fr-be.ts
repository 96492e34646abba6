// French as written in Belgium (Brussels and Wallonia). Same shape as the Dutch catalogue; the
// same facts, in our own French words. We address people with "vous": warm, plain, respectful.
// Belgian terms: dossier, travailleur, certificat médical, règlement de travail, trajet de
// réintégration, conseiller en prévention-médecin du travail (in short: le médecin du travail).
import type { Texts } from './nl';
import { deName } from '../../domain/french-elision';
import { addressed, greet } from './greet';

export const frBE: Texts = {
  common: {
    save: 'Enregistrer',
    back: 'Retour',
    today: 'aujourd’hui',
    required: 'Veuillez compléter ce champ.',
    none: 'aucun',
    unknown: 'inconnu',
    inDays: (n) => (n === 1 ? 'dans 1 jour' : `dans ${n} jours`),
    daysAgo: (n) => (n === 1 ? 'il y a 1 jour' : `il y a ${n} jours`),
    overdueBy: (n) => (n === 1 ? '1 jour de retard' : `${n} jours de retard`),
    labelled: (label, value) => `${label} : ${value}`,
  },
  errors: {
    generic: 'Désolé, un problème est survenu de notre côté. Rien n’a été enregistré ; réessayez dans un instant.',
    notSaved: 'L’enregistrement n’a pas fonctionné, donc rien n’a été conservé. Réessayez dans quelques minutes.',
    noAccess: 'Vous ne pouvez pas consulter ce dossier : vous voyez uniquement les dossiers des collègues que vous accompagnez.',
    caseNotFound: 'Je n’ai pas trouvé ce dossier. Il a peut-être été clôturé ou supprimé.',
    badSubmit: 'Je n’ai pas pu lire ce formulaire correctement. Rouvrez-le depuis « mes dossiers » et réessayez.',
    missing: (field) => `Il manque encore : ${field}.`,
    invalidDate: (field) => `« ${field} » n’est pas une date valable.`,
    futureDate: (field) => `« ${field} » est dans le futur ; choisissez une date jusqu’à aujourd’hui.`,
    unknownCommand: (text) =>
      `Je ne connais pas « ${text} ». Tapez **aide** pour voir ce que je peux faire, ou choisissez ci-dessous.`,
    notInChannel:
      'Cela ne fonctionne que dans un canal. Tapez-le là-bas : dans Teams en mentionnant Herstart, dans Slack avec **/herstart rh ici**.',
    onlyAdmin: 'Seule la personne qui administre Herstart dans votre organisation peut faire cela.',
    onlyInPersonal: (link) =>
      link
        ? `Faisons plutôt cela dans votre propre chat avec Herstart que dans un canal. [Ouvrez votre chat avec Herstart](${link}) et tapez-le là.`
        : 'Faisons plutôt cela dans votre propre chat avec Herstart que dans un canal. Ouvrez Herstart dans vos applications et tapez-le là.',
    unreadablePress: 'Je n’ai pas pu traiter ce bouton ; rien n’a été enregistré. Tapez « aide » pour recommencer.',
  },
  welcome: {
    personal: (name) =>
      `${greet('Bonjour', name)}, bienvenue dans Herstart. Je vous aide à garder le contact avec un collègue malade, ` +
      'à préparer l’entretien sur son retour et à respecter les étapes légales à temps.',
    team:
      'Bonjour à toutes et à tous. Herstart aide les responsables et les RH pendant une absence pour maladie et lors de la reprise du travail. ' +
      'Je ne parle des dossiers qu’en privé ; dans ce canal, les RH peuvent recevoir des alertes (tapez **rh ici**).',
    firstAdmin: (name) =>
      addressed(name, 'Vous', ' êtes la première personne de votre organisation à utiliser Herstart : c’est donc vous qui l’administrez. ') +
      'Choisissez ci-dessous le pays pour lequel nous travaillons ; vous pourrez ensuite désigner vos collègues RH.',
  },
  setup: {
    title: 'Paramétrer Herstart',
    intro: 'Ces paramètres déterminent les délais légaux qui s’appliquent et la langue dans laquelle je m’adresse aux personnes.',
    jurisdiction: 'Pays',
    nl: 'Pays-Bas (Wet verbetering poortwachter)',
    be: 'Belgique (règles de réintégration)',
    employerSize: 'Nombre de travailleurs dans l’organisation',
    name: 'Nom de l’organisation (figure sur le dossier de réintégration)',
    language: 'Langue par défaut',
    timeZone: 'Fuseau horaire',
    iAmHr: 'Je travaille moi-même aux RH et je veux recevoir les alertes RH',
    reporting: 'Qui peut signaler l’absence d’un collègue ?',
    reportingChoices: {
      anyone: 'Tout le monde dans l’organisation',
      named: 'Seulement les responsables désignés et les RH',
    },
    reportingNamed:
      'Désormais, seuls les responsables désignés et les RH peuvent signaler une absence. Désignez les responsables avec **ajouter responsable @nom**.',
    submit: 'Enregistrer les paramètres',
    saved: (jurisdiction, size) =>
      `Enregistré : ${jurisdiction}, ${size} travailleurs. Tapez **ajouter rh** avec une mention pour désigner un collègue RH.`,
    sizeInvalid: 'Indiquez le nombre de travailleurs en nombre entier, à partir de 1.',
  },
  help: {
    title: 'Ce que Herstart fait pour vous',
    intro:
      'En tant que responsable, je vous aide à garder un bon contact avec un collègue malade, ' +
      'à préparer l’entretien sur son retour et à respecter les étapes légales à temps.',
    commands: [
      { name: 'absence', description: 'Signalez qu’un collègue est malade ; je prépare les délais.' },
      { name: 'mes dossiers', description: 'Voyez pour chaque collègue la phase, le prochain contact et la prochaine étape légale.' },
      { name: 'dossier', description: 'Téléchargez le dossier de réintégration d’un collègue (PDF), via un lien qui fonctionne une seule fois.' },
      { name: 'aide', description: 'Cet aperçu.' },
      { name: 'rh ici', description: 'Dans un canal : les alertes RH arrivent désormais ici (dans Slack : /herstart rh ici).' },
      { name: 'ajouter rh @nom', description: 'Administration : désignez un collègue RH.' },
      { name: 'ajouter responsable @nom', description: 'Administration : désignez un ou une responsable qui peut signaler des absences.' },
      { name: 'lier', description: 'Utilisez Herstart dans Teams et dans Slack comme une seule et même personne.' },
      { name: 'règlement de travail', description: 'Administration ou RH : enregistrez la procédure de contact prévue par le règlement de travail.' },
      { name: 'aperçu', description: 'Un lien vers votre aperçu dans le navigateur : dossiers, délais et (pour les RH) alertes et chiffres.' },
      { name: 'langue fr · taal nl · language en', description: 'Je vous écris en français, en néerlandais ou en anglais.' },
    ],
    privacyTitle: 'Vie privée',
    privacy:
      'Ne posez jamais de questions sur la maladie, les symptômes ou le traitement, et ne les notez jamais : c’est privé, et ' +
      'le conseiller en prévention-médecin du travail ne communique que l’aptitude ou l’inaptitude. Parlez du travail, de l’énergie, ' +
      'du soutien et des aménagements. Votre collègue décide de ce que l’équipe apprend.',
    whoSees: {
      manager: 'Vous voyez uniquement les dossiers des collègues dont vous êtes responsable. Les RH voient les dossiers de toute l’organisation ; chaque consultation est enregistrée.',
      hr:
        'Aux RH ou à l’administration, vous voyez les dossiers de toute l’organisation, y compris ceux d’autres responsables. ' +
        'Chaque fois que vous consultez le dossier de quelqu’un d’autre, c’est enregistré.',
    },
    report: 'Signaler une absence',
    myCases: 'Mes dossiers',
  },
  intake: {
    title: 'Signaler une absence',
    intro: 'Qui est malade ? Je prépare les délais légaux et un rythme de contact pour vous.',
    employee: 'Collègue',
    employeePlaceholder: 'Choisissez un collègue',
    employeeFixed: (name) => `Collègue : ${name}`,
    noPeople:
      'Je ne connais encore aucun de vos collègues. Mentionnez quelqu’un dans votre message (par exemple : absence @Sophie), ' +
      'ou ajoutez Herstart à votre équipe pour que je connaisse ses membres.',
    searchNoMatch: (text) => `Je n’ai trouvé personne avec « ${text} » dans son nom. Mentionnez le collègue avec @ ou choisissez dans la liste.`,
    firstSickDay: 'Premier jour de maladie',
    expected: 'Durée prévue (si vous la connaissez)',
    expectedChoices: {
      unknown: 'Je ne sais pas',
      days: 'Quelques jours',
      weeks: 'Quelques semaines',
      months: 'Plus d’un mois',
    },
    expectedReturn: 'Date de reprise prévue (facultatif)',
    privacyHint:
      'Ne demandez pas la cause ni les symptômes et ne les notez pas : c’est privé. Demandez plutôt comment la personne va et comment vous restez en contact.',
    submit: 'Enregistrer l’absence',
    saved: (name) => `L’absence ${deName(name)} est enregistrée. Voici les prochaines étapes :`,
    alreadyOpen: (name) =>
      `${name} a déjà un dossier en cours. Votre collègue est de nouveau malade après son rétablissement ? Signalez alors une rechute dans ce dossier.`,
    notYourself: 'Votre propre absence se signale à votre responsable, pas ici. Bon rétablissement !',
    ownCaseOpen:
      'Vous êtes vous-même en incapacité de travail. Tant que c’est le cas, vous ne signalez pas d’absence de collègues via Herstart : demandez à votre responsable ou aux RH de le faire. Bon rétablissement !',
    notNamed:
      'Dans votre organisation, seuls les responsables désignés et les RH signalent les absences. Transmettez-leur l’information, ou demandez à la personne qui administre Herstart de vous désigner.',
    submittedTitle: (name) => `Absence ${deName(name)} enregistrée`,
  },
  workspace: {
    link: (url) =>
      `Votre aperçu est prêt : [ouvrir Herstart dans votre navigateur](${url}). Le lien fonctionne une seule fois, pendant 5 minutes, et pour vous uniquement ; ne le partagez pas.`,
    unavailable: 'L’aperçu dans le navigateur n’est pas disponible dans cette installation.',
  },
  link: {
    issued: (code) =>
      `Pour utiliser Herstart comme la même personne dans votre autre application de chat (Teams ou Slack), ouvrez-y Herstart et tapez **lier ${code}**. ` +
      'Le code fonctionne une seule fois, pendant 15 minutes. Ne le partagez avec personne.',
    unknown: 'Je ne connais pas ce code, ou il a expiré ou déjà servi. Tapez **lier** dans votre autre application de chat pour en recevoir un nouveau.',
    sameApp: 'Tapez le code dans votre autre application de chat, pas dans celle-ci.',
    hasCases: 'Vous avez déjà des dossiers dans cette application, la liaison n’est donc plus possible ici. Demandez de l’aide à l’administration de Herstart.',
    otherOrganisation:
      'Dans Herstart, cette application appartient encore à une organisation distincte. Les deux ne peuvent être réunies que si l’administration ' +
      'utilise le code des deux côtés et que rien n’a encore été enregistré ici.',
    done: (name, app) =>
      app ? `C’est lié, ${name} : vous êtes ici la même personne que dans ${app}, avec les mêmes dossiers.` : `C’est déjà lié, ${name}.`,
    organisationJoined: 'Cet espace de travail appartient désormais à la même organisation. Si vous aviez choisi un canal RH ici, choisissez-le à nouveau.',
  },
  home: {
    title: 'Herstart',
    intro: 'Ici, vous voyez quels collègues sont malades et ce qui doit se passer ensuite pour chacun.',
    help: 'Aide',
    more: (n) => `et encore ${n} ${n === 1 ? 'dossier' : 'dossiers'} : tapez **mes dossiers** pour l’aperçu complet.`,
  },
  cases: {
    title: 'Mes dossiers',
    hrTitle: 'Dossiers de l’organisation',
    empty: 'Vous n’avez aucun dossier en cours. Tapez **absence** quand un collègue est malade.',
    phase: 'Phase',
    nextContact: 'Prochain contact',
    nextMilestone: 'Prochaine étape',
    noMilestone: 'Aucune étape légale ouverte',
    open: 'Ouvrir',
    sickSince: 'Malade depuis le',
    sickDays: 'Jours de maladie',
    expectedReturn: 'Reprise prévue',
    timeline: 'Étapes légales',
    lastContact: 'Dernier contact',
    noContactYet: 'aucun contact enregistré pour l’instant',
    closed: 'Clôturé',
    manager: 'Responsable',
    openedBy: 'Signalé par',
    prepare: 'Préparer un entretien',
    record: 'Noter un entretien',
    milestone: 'Clôturer une étape',
    status: 'Signaler une reprise ou une rechute',
    dossier: 'Dossier',
    moreMilestones: (n) => `et encore ${n} étapes ultérieures`,
  },
  prepare: {
    title: (name, phase) => `Préparer l’entretien avec ${name} · ${phase}`,
    wishes: 'Souhaits que votre collègue a partagés avec vous',
    record: 'Noter l’entretien',
  },
  outcome: {
    title: (name) => `Noter l’entretien avec ${name}`,
    intro: 'Quelques clics suffisent. N’écrivez rien sur la maladie, les symptômes ou le traitement.',
    date: 'Date du contact',
    kind: 'Type de contact',
    kinds: { call: 'Téléphone', video: 'Appel vidéo', in_person: 'En personne', message: 'Message' },
    mood: 'Comment s’est passé l’entretien ?',
    moods: { good: 'Bien', mixed: 'Mitigé', difficult: 'Difficilement' },
    agreements: 'Accords',
    agreementChoices: {
      workplace: 'Aménagement du poste de travail',
      tasks: 'Tâches adaptées',
      hours: 'Moins d’heures ou un rythme plus calme',
      buildup: 'Reprise progressive',
      contact: 'Accords sur le contact',
      none: 'Pas encore d’accords',
    },
    buildupHours: 'Reprise progressive : heures par semaine pour commencer (facultatif)',
    wishes: 'Souhaits de votre collègue',
    wishChoices: {
      more_contact: 'Plus de contacts',
      less_contact: 'Moins de contacts',
      team_informed: 'L’équipe peut être informée (avec les mots de votre collègue)',
      team_not_informed: 'Ne rien dire à l’équipe',
      talk_hr: 'Un entretien avec les RH',
      talk_doctor: 'Un entretien avec le médecin du travail',
      remote: 'Télétravail partiel',
    },
    nextContact: 'Prochain contact',
    flagHr: 'Je m’inquiète et je voudrais que les RH suivent le dossier',
    concern: 'Qu’est-ce qui vous inquiète ?',
    concernChoices: {
      wellbeing: 'Comment va mon collègue',
      progress: 'La reprise est bloquée',
      workload: 'La charge de travail ou sa répartition',
      relationship: 'La collaboration ou le contact',
      other: 'Autre chose',
    },
    notes: 'Note (facultatif)',
    notesWarning: 'Pas d’informations médicales : ni maladie, ni symptômes, ni traitement, ni médicaments.',
    submit: 'Enregistrer',
    saved: (name, date) => `L’entretien avec ${name} du ${date} est noté.`,
    nextContactSet: (date) => `Prochain contact : ${date}.`,
    flagged: 'Les RH suivent le dossier ; elles reçoivent une alerte sans votre note.',
    // Never quotes the note: the words would stay in the chat history, which is what we avoid.
    heldBack:
      'Votre note semblait contenir des informations médicales. Un employeur ne peut pas les enregistrer : je n’ai donc rien conservé ' +
      'et j’ai retiré la note du formulaire. Réécrivez-la en parlant du travail, de l’énergie et des accords, ou laissez-la vide.',
    submittedTitle: (name, date) => `Entretien avec ${name} du ${date} enregistré`,
    nextContactBeforeDate: 'Le prochain contact doit avoir lieu après la date de cet entretien.',
  },
  milestone: {
    title: (name) => `Clôturer une étape pour ${name}`,
    choose: 'Quelle étape est terminée ?',
    date: 'Date',
    decision: 'Décision du conseiller en prévention-médecin du travail',
    decisions: {
      A: 'A : inapte temporairement, travail adapté ou autre travail entre-temps',
      B: 'B : inapte définitivement au travail convenu, travail adapté ou autre travail possible',
      C: 'C : impossible d’évaluer pour l’instant',
    },
    decisionNeeded: 'Choisissez la décision du conseiller en prévention-médecin du travail.',
    nothingOpen: 'Il n’y a plus d’étape ouverte pour ce dossier.',
    ritRequest: 'Trajet de réintégration demandé',
    saved: (label, date) => `« ${label} » est marqué comme fait (${date}).`,
    submittedTitle: (label) => `Fait : ${label}`,
    upcoming: 'Les prochaines étapes :',
  },
  status: {
    title: (name) => `Qu’est-ce qui a changé pour ${name} ?`,
    kind: 'Que voulez-vous signaler ?',
    kinds: {
      recovered: 'Rétablissement complet et retour au travail',
      partial: 'En partie de retour au travail',
      relapse: 'De nouveau malade (rechute)',
      pre_return: 'Nous préparons la reprise',
      closed: 'La réintégration est terminée : clôturer le dossier',
    },
    date: 'À partir de quelle date ?',
    percentage: 'Pour quel pourcentage des heures votre collègue ne travaille-t-il pas encore ? (reprise partielle)',
    percentageInvalid: 'Pour une reprise partielle, indiquez un pourcentage entre 1 et 99.',
    differentIllness:
      'En cas de rechute : le nouveau certificat médical mentionne une autre maladie (oui ou non seulement ; n’écrivez jamais la maladie elle-même)',
    saved: {
      recovered: (name) =>
        `Bonne nouvelle, ${name} a repris le travail. Le dossier reste ouvert encore quatre semaines : si votre collègue retombe malade dans les 28 jours, cela compte dans le même dossier.`,
      recoveredBE: (name) =>
        `Bonne nouvelle, ${name} a repris le travail. Si votre collègue retombe malade peu après, signalez-le comme une rechute dans ce dossier.`,
      partial: (name, pct) => `${name} a repris en partie (encore ${pct} % d’absence). Les délais légaux continuent de courir.`,
      relapse: (name) => `La nouvelle absence ${deName(name)} est ajoutée au dossier en cours ; les délais sont mis à jour.`,
      relapseNewCase: (name) =>
        `Plus de quatre semaines s’étaient écoulées depuis le rétablissement ${deName(name)} : c’est un nouveau dossier, avec de nouveaux délais.`,
      relapseOtherIllness: (name) =>
        `Le nouveau certificat médical ${deName(name)} mentionne une autre maladie : ce n’est pas une rechute mais une nouvelle incapacité de travail, avec un nouveau dossier et de nouveaux délais.`,
      pre_return: (name) => `Le dossier ${deName(name)} est maintenant dans la phase « préparation de la reprise ».`,
      closed: (name) =>
        `Le dossier ${deName(name)} est clôturé. Herstart n’enverra plus de rappels à ce sujet. Deux ans après la date de clôture, le dossier et tout ce qui y a été noté seront supprimés.`,
    },
    closeOffer: (name) =>
      `La réintégration ${deName(name)} est-elle ainsi terminée ? Vous pouvez alors clôturer le dossier ici. Herstart n’enverra plus de rappels ensuite.`,
    closeTooEarly: (name, date) =>
      `Si ${name} retombe malade avant le ${date}, cela compte encore dans ce dossier. Clôturez donc le dossier le ${date} ou plus tard.`,
    submittedTitle: (name) => `Changement pour ${name} enregistré`,
  },
  hr: {
    hereSaved: 'Les alertes RH de Herstart arriveront désormais dans ce canal.',
    addUsage: 'Mentionnez le collègue qui reçoit les droits RH, par exemple : ajouter rh @Sophie',
    added: (names) => `${names} recevra désormais les alertes RH et pourra consulter les dossiers de l’organisation.`,
    removed: (names) => `${names} n’a plus de droits RH.`,
    ambiguous: (names) => `Vouliez-vous dire l’un de ces collègues ? ${names}. Tapez le nom un peu plus complètement.`,
    reportersUsage: 'Mentionnez le ou la responsable qui peut signaler des absences, par exemple : ajouter responsable @Sophie',
    reportersAdded: (names) => `${names} peut désormais signaler l’absence d’un collègue.`,
    reportersRemoved: (names) =>
      `${names} n’est plus responsable désigné et ne peut plus signaler de nouvelles absences tant que cette règle s’applique.`,
    deadReference: (name, role) =>
      `Je ne peux plus joindre ${name} (${role}) dans le chat : l’application a été bloquée ou supprimée. Pourriez-vous prendre contact ?`,
  },
  roles: {
    manager: 'responsable',
    employee: 'travailleur',
    hr: 'RH',
  },
  submitted: {
    duplicate: 'C’était déjà enregistré ; rien n’a été conservé en double.',
  },
};
