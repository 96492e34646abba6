// Words for recording legal events, in French as written in Belgium. The events themselves are
// Dutch law (a French-speaking manager may well work for a Dutch organisation); a Belgian case only
// sees the menu's pointer to the relapse form. Event and choice names come from domain/legal/labels.ts.
import type { LegalTexts } from './texts-nl';

export const legalFrBe: LegalTexts = {
  menu: {
    title: (name) => `Enregistrer un événement légal pour ${name}`,
    intro: 'Choisissez ce qui s’est passé. Herstart adapte les délais et les rappels. N’écrivez jamais rien sur la maladie elle-même.',
    recorded: 'Déjà enregistré',
    nothing: 'Il n’y a plus rien à enregistrer pour ce dossier pour l’instant.',
    beOnly:
      'Ces événements n’existent qu’aux Pays-Bas. Le nouveau certificat médical de votre collègue mentionne-t-il une autre maladie ? ' +
      'Enregistrez-le dans « Signaler une reprise ou une rechute » : il s’agit alors d’une nouvelle incapacité de travail.',
  },
  form: {
    submit: 'Enregistrer',
    on: {
      wage_sanction: 'Date de la décision de l’UWV',
      sanction_shortening_request: 'Date de la demande pour écourter la sanction',
      sanction_shortening_decision: 'Date de la décision de l’UWV',
      wia_postponement: 'Date de l’accord',
      early_iva: 'Date de la demande',
      early_iva_outcome: 'Date de la décision de l’UWV',
      second_track_decision: 'Date de l’évaluation qui l’a décidé',
      labour_expert: 'Date de l’examen',
      second_track_start: 'Date de début',
      expert_opinion: 'Date de la demande',
      expert_opinion_answer: 'Date de l’avis',
      safety_net: 'Date à laquelle vous l’avez appris',
    },
    effect: {
      wage_sanction:
        'Le salaire continue d’être payé jusqu’à la date indiquée dans la lettre de l’UWV (52 semaines au plus). Herstart déplace la fin et les rappels qui l’entourent.',
      sanction_shortening_request:
        'Vous avez corrigé les manquements et demandé à l’UWV d’écourter la sanction salariale ? L’UWV décide dans les 3 semaines ; Herstart le rappelle aux RH.',
      sanction_shortening_decision:
        'La sanction salariale se termine plus tôt : à la date indiquée dans la lettre de l’UWV, sinon 6 semaines après la décision. Jamais avant la fin des 104 semaines.',
      wia_postponement:
        'Vous continuez à payer le salaire plus longtemps (au moins 13 semaines). La demande WIA se décale aussi : au plus tard 11 semaines avant la nouvelle fin.',
      early_iva:
        'Votre collègue a demandé l’allocation IVA de manière anticipée (possible une fois, entre la semaine 3 et la semaine 68). Si l’UWV l’accorde, elle commence 10 semaines après la demande.',
      early_iva_outcome: 'Indiquez si l’UWV accorde l’IVA anticipée. En cas de refus, la date de début disparaît de la ligne du temps.',
      second_track_decision:
        'Lors de l’évaluation de la première année (ou plus tard), a-t-on décidé si une deuxième voie est nécessaire ? Si oui, Herstart rappelle aux RH de la lancer dans les 6 semaines.',
      labour_expert:
        'L’examen par un expert du travail précède souvent une deuxième voie. L’UWV en tient compte lorsqu’il évalue le rapport de réintégration.',
      second_track_start:
        'La deuxième voie (du travail chez un autre employeur) a commencé. Notez le nom du bureau de réintégration, s’il y en a un.',
      expert_opinion:
        'L’employeur comme le travailleur peuvent toujours demander un avis d’expert à l’UWV. La réponse arrive en général après 2 à 4 semaines ; Herstart en assure le suivi.',
      expert_opinion_answer: 'Choisissez la demande à laquelle l’UWV a répondu.',
      safety_net:
        'Votre collègue relève-t-il d’un régime de filet de sécurité de la Ziektewet ? Notez seulement que c’est le cas et le délai de déclaration que l’UWV donne, jamais de quel régime il s’agit. ' +
        'Herstart prépare la déclaration à l’UWV ; la déclaration de la 42e semaine tombe alors.',
    },
    endsOn: {
      wage_sanction: 'Dernier jour du maintien prolongé du salaire (selon la lettre de l’UWV)',
      sanction_shortening_decision: 'Dernier jour du maintien du salaire selon l’UWV (à laisser vide si la lettre ne le mentionne pas)',
      wia_postponement: 'Dernier jour du maintien prolongé du salaire',
    },
    by: 'Qui l’a demandé ?',
    topic: 'Sur quoi ?',
    provider: 'Bureau de réintégration (facultatif)',
    providerHint: 'Uniquement le nom du bureau. Pas d’informations médicales.',
    needed: 'Une deuxième voie est-elle nécessaire ?',
    granted: 'Qu’a décidé l’UWV ?',
    yes: 'Oui',
    no: 'Non',
    grantedYes: 'Accordée',
    grantedNo: 'Refusée',
    reportTerm: 'Délai de déclaration à l’UWV',
    request: 'Quelle demande ?',
    requestTitle: (date, topic) => `${date} : ${topic}`,
    choiceMissing: 'Faites un choix.',
    endsMissing: 'Indiquez le dernier jour du maintien du salaire.',
    providerHeld:
      'Le nom semblait contenir des informations médicales : je l’ai donc retiré du formulaire ; rien n’a encore été enregistré. Notez uniquement le nom du bureau.',
    saved: (label, date) => `« ${label} » est enregistré (${date}). Les délais sont mis à jour :`,
    submittedTitle: (label) => `Enregistré : ${label}`,
  },
  facts: {
    sanction: 'Sanction salariale jusqu’au',
    postponed: 'Maintien du salaire prolongé jusqu’au',
    safetyNet: 'Filet de sécurité Ziektewet',
    safetyNetValue: (term) => `oui, à déclarer à l’UWV ${term}`,
    secondTrack: 'Deuxième voie',
    secondTrackNeeded: (date) => `nécessaire (décidé le ${date})`,
    secondTrackNotNeeded: (date) => `pas nécessaire (décidé le ${date})`,
    secondTrackStarted: (date, provider) => (provider ? `commencée le ${date} avec ${provider}` : `commencée le ${date}`),
    earlyIva: 'IVA anticipée',
    earlyIvaValue: (date, outcome) =>
      `demandée le ${date}${outcome === 'granted' ? ', accordée' : outcome === 'refused' ? ', refusée' : ''}`,
    opinions: 'Avis d’experts',
    opinionsValue: (asked, open) =>
      open === 0 ? `${asked} demandé${asked === 1 ? '' : 's'}, tous reçus` : `${asked} demandé${asked === 1 ? '' : 's'}, ${open} en attente de l’UWV`,
  },
  caseButton: 'Événement légal',
};
