// The French term list: medical details held back, work language passing. Table tests both ways,
// through the screen every free text goes through (all languages together, as in the product).
import { screenText } from '../../../src/domain/privacy/medical-screen';

// [sentence, a finding that must be among the matches, quoted as written]
const FRENCH_MEDICAL: Array<[string, string]> = [
  // symptoms and conditions
  ['Elle a de la fièvre et une grosse toux.', 'fièvre'],
  ['Elle a de la fièvre et une grosse toux.', 'toux'],
  ['Il a attrapé la grippe.', 'grippe'],
  ['Elle est en burn-out depuis mars.', 'burn-out'],
  ['Il souffre d’épuisement professionnel.', 'épuisement professionnel'],
  ['Elle traverse une dépression.', 'dépression'],
  ['Il se sent déprimé ces derniers temps.', 'déprimé'],
  ['Elle a fait une crise d’angoisse au bureau.', 'crise d’angoisse'],
  ['Il a des crises de panique.', 'crises de panique'],
  ['Elle est surmenée depuis la réorganisation.', 'surmenée'],
  ['Il a des migraines fréquentes.', 'migraines'],
  ['Elle a une hernie discale.', 'hernie'],
  ['Il a un lumbago.', 'lumbago'],
  ['Elle a le diabète et doit manger à heure fixe.', 'diabète'],
  ['On lui a diagnostiqué un cancer du sein.', 'cancer'],
  ['On lui a diagnostiqué un cancer du sein.', 'On lui a diagnostiqué'],
  ['Elle suit une chimio.', 'chimio'],
  ['Il a fait un AVC.', 'AVC'],
  ['Il a eu une crise cardiaque.', 'crise cardiaque'],
  ['Elle a des troubles du sommeil.', 'troubles du sommeil'],
  ['Il a des idées noires.', 'idées noires'],
  ['Elle a eu le covid et maintenant un covid long.', 'covid'],
  ['Il est en convalescence.', 'convalescence'],
  ['Elle a une tendinite.', 'tendinite'],
  ['Il a une commotion cérébrale après sa chute.', 'commotion cérébrale'],
  ['Elle souffre de problèmes psychologiques.', 'problèmes psychologiques'],
  ['Il a une maladie chronique.', 'maladie chronique'],
  ['Elle a fait une fausse couche.', 'fausse couche'],
  ['Il est enrhumé et a des nausées.', 'nausées'],
  // body parts with a complaint, also said as a verb
  ['Elle a mal au dos depuis des semaines.', 'mal au dos'],
  ['Il a des maux de tête.', 'maux de tête'],
  ['Elle a des douleurs à l’épaule.', 'douleurs à l’épaule'],
  ['Il a des problèmes de genou.', 'problèmes de genou'],
  ['Elle s’est cassé la jambe au ski.', 'cassé la jambe'],
  ['Il s’est foulé la cheville.', 'foulé la cheville'],
  ['Elle s’est bloqué le dos en portant un carton.', 'bloqué le dos'],
  ['Son dos le fait encore souffrir.', 'dos le fait encore souffrir'],
  ['Son genou lui fait mal.', 'genou lui fait mal'],
  ['Il a le genou bloqué.', 'genou bloqué'],
  ['Elle souffre du dos.', 'souffre du dos'],
  ['Il s’est fait mal en tombant.', 's’est fait mal'],
  ['Elle a une entorse à la cheville.', 'entorse à la cheville'],
  ['Il a les côtes fêlées.', 'côtes fêlées'],
  ['Elle a le bras dans le plâtre.', 'dans le plâtre'],
  ['Il marche avec des béquilles.', 'béquilles'],
  // treatments and treating professionals
  ['Il va se faire opérer du genou.', 'va se faire opérer'],
  ['Elle a été opérée hier.', 'a été opérée hier'],
  ['Il a subi une opération.', 'subi une opération'],
  ['Elle est opérée de la hanche la semaine prochaine.', 'opérée de la hanche'],
  ['Il est sous traitement.', 'sous traitement'],
  ['Elle suit un traitement contre l’hypertension.', 'suit un traitement'],
  ['Elle suit un traitement contre l’hypertension.', 'hypertension'],
  ['Il a rendez-vous chez son médecin traitant.', 'médecin traitant'],
  ['Elle a vu son généraliste.', 'généraliste'],
  ['Il doit voir un spécialiste.', 'voir un spécialiste'],
  ['Elle va chez le kiné deux fois par semaine.', 'kiné'],
  ['Il consulte un psychologue.', 'psychologue'],
  ['Elle est suivie par un psy.', 'psy'],
  ['Le psychiatre l’a orientée ailleurs.', 'psychiatre'],
  ['Il est à l’hôpital.', 'hôpital'],
  ['Elle a été hospitalisée.', 'hospitalisée'],
  ['Il est allé aux urgences.', 'allé aux urgences'],
  ['Elle doit passer une IRM.', 'doit passer une IRM'],
  ['Il a besoin d’une radio du poignet.', 'radio du poignet'],
  ['Elle attend sa prise de sang.', 'prise de sang'],
  ['Il est en revalidation.', 'revalidation'],
  ['Elle a un rendez-vous chez le dentiste.', 'dentiste'],
  ['Le docteur dit que cela prendra des semaines.', 'docteur'],
  ['Il est en kinésithérapie.', 'kinésithérapie'],
  ['Elle a une séance de psychothérapie.', 'psychothérapie'],
  // medication
  ['Il prend des antidépresseurs.', 'antidépresseurs'],
  ['Elle prend des médicaments qui la fatiguent.', 'médicaments'],
  ['Il prend des somnifères.', 'somnifères'],
  ['Elle est sous antibiotiques.', 'sous antibiotiques'],
  ['Il prend du Dafalgan trois fois par jour.', 'Dafalgan'],
  ['Elle prend des anxiolytiques.', 'anxiolytiques'],
  // addiction and its treatment
  ['Il a un problème d’alcool.', 'problème d’alcool'],
  ['Elle souffre d’alcoolisme.', 'alcoolisme'],
  ['Il est en cure de désintoxication.', 'cure de désintoxication'],
  ['Elle a une dépendance aux médicaments.', 'dépendance aux médicaments'],
  ['Il va aux Alcooliques anonymes.', 'Alcooliques anonymes'],
  ['Il boit trop depuis son divorce.', 'boit trop'],
  ['Elle est en sevrage.', 'sevrage'],
  ['Il a une addiction au jeu.', 'addiction'],
  // written without accents, as people type quickly
  ['Il a mal a la tete.', 'mal a la tete'],
  ['Elle a ete operee hier.', 'a ete operee hier'],
];

const FRENCH_CLEAN: string[] = [
  // the absence itself and everyday feelings
  'Elle est malade depuis lundi.',
  'Il est en incapacité de travail depuis trois semaines.',
  'Elle se sent fatiguée en fin de journée.',
  'Il est épuisé après les deux réunions.',
  'La charge de travail était trop élevée ces derniers mois.',
  'Elle a peu d’énergie le matin.',
  'Le stress de la fin d’année a pesé sur toute l’équipe.',
  // the Belgian procedure and its people
  'Le conseiller en prévention-médecin du travail recommande une reprise progressive.',
  'Le médecin du travail conseille de commencer par des demi-journées.',
  'Le médecin-conseil de la mutualité a autorisé une reprise à mi-temps.',
  'Le médecin conseil de sa mutualité a donné son accord.',
  'Nous avons reçu le certificat médical.',
  'Le médecin contrôleur passera mercredi.',
  'Une visite de pré-reprise est prévue.',
  'Il reprend en mi-temps médical à partir du 1er mars.',
  'Une reprise à temps partiel thérapeutique est prévue.',
  'Le trajet de réintégration a commencé et le plan de réintégration est en préparation.',
  'Le conseiller en prévention aspects psychosociaux a été informé.',
  'Le règlement de travail prévoit un contact toutes les deux semaines.',
  // limits and adjustments in work terms
  'Pas de port de charges lourdes pendant trois mois.',
  'Le travail sur écran est limité à quatre heures par jour.',
  'Pas d’horaires de nuit pour l’instant.',
  'Éviter la station debout prolongée.',
  'Nous commençons à 20 heures par semaine, puis nous augmenterons progressivement.',
  'Le médecin du travail conseille un poste adapté sans travail en hauteur.',
  'Elle reprend avec des tâches adaptées et un horaire fixe.',
  'Il garde ses limitations fonctionnelles en tête quand il planifie.',
  // work idioms that name a body part or look like a medical word
  'Merci pour le coup de main sur le dossier.',
  'Elle est à la tête de l’équipe depuis janvier.',
  'Nous manquons de main-d’œuvre en juillet.',
  'Il nous faut pas mal de bras pour la rentrée.',
  'Il s’est cassé la tête sur ce rapport.',
  'Ce changement de logiciel me casse les pieds.',
  'Le changement a été opéré par la direction.',
  'Le traitement des dossiers prend du retard.',
  'Le directeur des opérations passera demain.',
  'Il gère les urgences du service clients.',
  'Elle doit répondre aux urgences du jour.',
  'La consommation d’alcool est interdite pendant les heures de travail.',
  'Nous avons fait un diagnostic de l’organisation du service.',
  'Il y a une dépendance entre ces deux tâches.',
  'Le spécialiste IT viendra installer le poste.',
  'On a eu des problèmes du côté de la facturation.',
  'Ajoute une colonne au tableau.',
  'La fracture numérique touche aussi nos clients.',
  'Un rythme démentiel en décembre.',
  'Elle souffre du manque de reconnaissance dans l’équipe.',
  'Il a mal compris la consigne.',
  'Il faut trouver le bon dosage entre réunions et travail de fond.',
  'Un traitement de fond du dossier est prévu.',
  'Elle parle du syndrome de l’imposteur.',
  'Il travaille dans le secteur hospitalier.',
  'Notre assurance hospitalisation couvre toute l’équipe.',
  'Elle a pris un café avec l’équipe et se sent à l’aise.',
  'Il a une piqûre de rappel sur les procédures de sécurité.',
];

describe('French medical terms', () => {
  it.each(FRENCH_MEDICAL)('holds back %j (finds %j)', (sentence, finding) => {
    const result = screenText(sentence);
    expect(result.flagged).toBe(true);
    expect(result.matches).toContain(finding);
  });

  it.each(FRENCH_CLEAN)('lets work language pass: %j', (sentence) => {
    expect(screenText(sentence)).toEqual({ flagged: false, matches: [] });
  });

  it('finds French medical words in a note that mixes languages', () => {
    const result = screenText('Gesprek ging goed. Elle a encore mal au dos, dus we bouwen rustig op.');
    expect(result.matches).toEqual(['mal au dos']);
  });
});
