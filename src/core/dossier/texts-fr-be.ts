// The re-integration file in chat, in French as written in Belgium: the same shape as the Dutch
// catalogue. Document and field names come from the file's own catalogue (src/domain/dossier/texts).
import type { DossierTexts } from './texts-nl';
import { deName } from '../../domain/french-elision';

export const dossierFrBe: DossierTexts = {
  overview: {
    title: (name) => `Dossier de réintégration ${deName(name)}`,
    intro:
      'Enregistrez ici les documents que la loi demande. L’enregistrement marque l’étape correspondante comme faite ; votre collègue voit chaque document et y répond.',
    complete: 'Complet : tous les documents et points de vue requis y sont, et aucune étape n’a été en retard.',
    incomplete: (n) => (n === 1 ? 'Un point demande de l’attention :' : `${n} points demandent de l’attention :`),
    more: (n) => `et encore ${n} : voyez le dossier lui-même.`,
    documents: 'Documents',
    none: 'Aucun document enregistré pour l’instant.',
    viewIn: 'point de vue reçu',
    viewOnPaper: 'point de vue sur papier',
    viewAwaited: 'point de vue attendu',
    replyIn: 'réponse reçue',
    replyAwaited: 'réponse attendue',
    draft: 'brouillon',
    choose: 'Enregistrer ou mettre à jour un document',
    open: 'Ouvrir',
    paper: 'Enregistrer une réponse donnée sur papier',
    download: 'Télécharger le dossier (PDF)',
    export: 'Tout exporter (JSON)',
    noRitYet:
      'Le plan de réintégration n’est possible qu’après la décision A ou B du conseiller en prévention-médecin du travail : enregistrez-la d’abord avec « Clôturer une étape ».',
  },
  form: {
    title: (doc, name) => `${doc} · ${name}`,
    adjustmentTitle: (doc, name) => `Ajuster : ${doc} · ${name}`,
    intro: 'Écrivez en termes de travail : ce qui marche, ce qui ne marche pas (encore), ce qui est convenu. Jamais la maladie, les symptômes, le diagnostic ou le traitement.',
    fromDoctor:
      'Reprenez uniquement ce que le médecin du travail peut communiquer à l’employeur : ce qui est possible ou non, en termes de travail. La partie médicale reste chez le médecin du travail.',
    warning: 'Pas d’informations médicales : chaque champ de texte est vérifié avant tout enregistrement.',
    authorTitle: 'Votre fonction',
    activityWhat: 'Quoi',
    pick: 'Choisissez',
    saveFinal: 'Enregistrer et partager avec votre collègue',
    saveFinalNoView: 'Enregistrer',
    saveDraft: 'Garder comme brouillon',
    // Never quotes the words: they would stay in the chat history, which is what we avoid.
    heldBack:
      'Cela semblait contenir des informations médicales : je l’ai donc retiré du formulaire et rien n’a été enregistré. Écrivez-le en termes de travail ou laissez-le de côté.',
    missing: (fields) => `Il manque encore : ${fields}.`,
    activityIncomplete: (n) => `Activité ${n} : indiquez aussi qui s’en charge.`,
    dateOrder: (field) => `« ${field} » tombe avant la date du document.`,
    beforeCase: 'La date tombe avant le premier jour de maladie.',
    notThisCase: 'Ce document ne fait pas partie d’un dossier dans ce pays.',
    draftSaved: (doc) => `Brouillon de « ${doc} » gardé. Rouvrez-le plus tard via Dossier pour le terminer.`,
    saved: (doc, date) => `« ${doc} » du ${date} est enregistré.`,
    stepDone: (step) => `L’étape « ${step} » est marquée comme faite.`,
    viewAsked: (name) =>
      `${name} reçoit le document dans le chat et peut y donner son point de vue. Si ce n’est pas possible, enregistrez le point de vue donné sur papier.`,
    replyAsked: (name) => `${name} reçoit le plan dans le chat et dispose de 14 jours pour y répondre : d’accord, ou pas d’accord en disant pourquoi.`,
  },
  view: {
    title: (doc) => `Votre point de vue : ${doc}`,
    intro: (manager, date) => `${manager} a enregistré ceci le ${date}. Votre point de vue rejoint votre dossier de réintégration.`,
    introReply: (manager, date) =>
      `${manager} a établi ce plan de réintégration le ${date}. Faites savoir dans les 14 jours si vous êtes d’accord ; si vous ne l’êtes pas, dites pourquoi.`,
    stance: 'Qu’en pensez-vous ?',
    stanceMissing: 'Choisissez ce que vous en pensez.',
    stances: { agree: 'Je suis d’accord', partly: 'Je suis en partie d’accord', disagree: 'Je ne suis pas d’accord' },
    words: 'Dans vos propres mots (facultatif)',
    wordsReply: 'Pourquoi pas ? (nécessaire si vous n’êtes pas d’accord)',
    reasonsNeeded: 'Écrivez en quelques mots pourquoi vous n’êtes pas d’accord.',
    warning: 'N’écrivez rien sur votre maladie ou votre traitement : cela reste privé et n’a pas sa place dans le dossier.',
    submit: 'Donner mon point de vue',
    submitReply: 'Répondre',
    saved: 'Merci. Votre réponse est dans le dossier.',
    savedTitle: 'Réponse donnée',
    already: 'Un point de vue a déjà été enregistré sur cette version.',
    gone: 'Je ne retrouve plus ce document, ou il a été ajusté entre-temps. Vous recevrez la nouvelle version automatiquement.',
    notYours: 'Ce document ne vous a pas été soumis.',
    reminder: (name) =>
      `Bonjour ${name}, votre employeur attend encore votre réponse sur un document de votre réintégration. Cela prend une minute ; vous pouvez aussi simplement choisir ce que vous en pensez.`,
    hello: (name) => `Bonjour ${name}, un document de votre réintégration vous attend.`,
    unreachable: (name, doc) =>
      `Je ne peux pas joindre ${name} dans le chat pour sa réponse sur « ${doc} ». Prenez contact et enregistrez la réponse donnée sur papier via Dossier.`,
  },
  paper: {
    title: (name) => `Réponse ${deName(name)} sur papier`,
    intro: 'Votre collègue a répondu sur papier ? Notez ici le document concerné, sa réponse et la date. Gardez le papier avec le dossier.',
    document: 'Sur quel document',
    givenOn: 'Donnée le',
    nothing: 'Aucun document n’attend de réponse.',
    submit: 'Enregistrer',
    saved: (doc) => `La réponse sur « ${doc} » est enregistrée (sur papier).`,
  },
  file: {
    pick: 'De quel collègue voulez-vous le dossier ?',
    pickTitle: 'Télécharger un dossier',
    none: 'Vous n’avez aucun dossier à télécharger.',
    noMatch: (text) => `Je n’ai trouvé aucun dossier de quelqu’un avec « ${text} » dans son nom.`,
    linkTitle: (name) => `Dossier ${deName(name)}`,
    linkText: (minutes) =>
      `Le lien fonctionne une seule fois, pendant ${minutes} minutes, et uniquement pour vous. Ouvrez-le dans votre navigateur et cliquez sur le bouton pour récupérer le fichier.`,
    openPdf: 'Récupérer le PDF',
    openJson: 'Récupérer le JSON',
    openDossier: 'Ouvrir le dossier',
  },
};
