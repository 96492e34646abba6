// French medical terms (Brussels and Wallonia). Choices worth knowing:
// - Not flagged: malade, maladie, absence, incapacité de travail, rétablissement, énergie, fatigue,
//   fatigué, épuisé, stress, charge de travail, santé, enceinte, limitations, capacités,
//   restrictions. These are the absence itself, everyday feelings or the words the occupational
//   doctor legitimately uses (what someone can and cannot do), not a diagnosis.
// - The conseiller en prévention-médecin du travail (médecin du travail), the médecin-conseil of
//   the mutualité, the médecin contrôleur and the certificat médical are part of the Belgian
//   procedure and may be named; any other doctor (médecin traitant, généraliste, spécialiste) is
//   a treating doctor and is flagged.
// - Work limits in work terms pass: port de charges, travail sur écran, horaires de nuit, station
//   debout, heures et reprise progressive, mi-temps médical, travail adapté, what the médecin du
//   travail advises about work.
// - Body parts are work words on their own ("coup de main", "la tête de l'équipe", "à bras
//   ouverts", "main-d'œuvre"); with a complaint they are medical: "mal au dos", "douleurs à
//   l'épaule", "s'est cassé la jambe", "opéré du genou", "le genou bloqué", "souffre du dos".
// - "traitement", "opération", "soins", "troubles", "dépendance", "spécialiste" and "radio" are
//   work words too (traitement des dossiers, opérations, soins aux clients, dépendances entre
//   tâches, spécialiste IT): they are flagged only in medical phrases.
// - Addiction and its treatment are medical: alcoolisme, toxicomanie, sevrage, cure de
//   désintoxication, "problème d'alcool", "dépendance à l'alcool", "alcooliques anonymes".
// - French writes "œ" as one letter ("cœur", "œil"); folding keeps it, so both spellings are listed.
import type { MedicalTermList } from './medical-terms';

export const FRENCH_MEDICAL_TERMS: MedicalTermList = {
  language: 'fr',
  words: [
    // treating professionals and places
    'medecin', 'medecins', 'docteur', 'docteurs', 'kine', 'kines', 'psy', 'psys', 'psychologue', 'psychologues',
    'clinique', 'cliniques', 'irm', 'orl', 'avc', 'vih', 'sida', 'fiv', 'tdah', 'tspt', 'gastro',
    // conditions and symptoms
    'toux', 'tousse', 'grippe', 'grippee', 'grippes', 'fievre', 'fievres', 'nausee', 'nausees', 'vertige', 'vertiges',
    'vomir', 'vomi', 'otite', 'angine', 'rhume', 'rhumes', 'enrhume', 'enrhumee', 'attelle', 'attelles',
    'renal', 'renale', 'renaux', 'renales',
    // medication
    'calmants', 'pilule', 'pilules', 'dafalgan', 'xanax', 'rilatine', 'cortisone',
  ],
  stems: [
    // professionals, care and places
    'generaliste', 'hopita', 'urgentiste', 'chirurg', 'kinesi', 'dentist', 'ophtalmo', 'gyneco', 'pneumolog',
    'radiolog', 'radiograph', 'echograph', 'cardiogram', 'psychotherap',
    // medication and treatment
    'medicament', 'antidepresseur', 'antibiotiq', 'anxiolyt', 'somnifere', 'antidouleur', 'chimio', 'convalescen',
    // conditions and symptoms
    'douleur', 'migraine', 'diarrh', 'insomni', 'apnee', 'palpitation', 'lumbago', 'lombalg', 'lombaire', 'sciatiq',
    'hernie', 'tendinit', 'foulure', 'luxation', 'fracture', 'blessure', 'lesion', 'infarctus',
    'cardiaq', 'hypertension', 'hypotension', 'tumeur', 'leucemi', 'cancer', 'asthme', 'arthrit', 'arthros', 'rhumatism',
    'osteopor', 'meningit', 'sinusit', 'conjonctivit', 'enterit', 'appendicit', 'bronchit', 'pneumon', 'hepatit',
    'inflammat', 'infection', 'allergi', 'eczema', 'diabet', 'epilep', 'depress', 'deprim', 'anxiet', 'surmen',
    'phobi', 'schizo', 'bipolaire', 'autism', 'psychiat', 'psychose', 'psychotiq', 'trauma', 'suicid',
    'alcoolism', 'alcooliq', 'toxicoman', 'desintox', 'sevrage', 'addict', 'anorex', 'boulim', 'demence',
    'alzheimer', 'parkinson', 'sclerose', 'covid', 'glycemi', 'bequille', 'symptom',
  ],
  // French compounds are phrases ("mal de dos", "problèmes de genou"), so body parts work
  // through phrases rather than compound heads.
  heads: [],
  modifiers: [],
  bodyParts: [
    'dos', 'bas du dos', 'nuque', 'cou', 'genou', 'genoux', 'epaule', 'epaules', 'hanche', 'hanches', 'cheville',
    'chevilles', 'poignet', 'poignets', 'coude', 'coudes', 'pied', 'pieds', 'jambe', 'jambes', 'bras', 'main', 'mains',
    'doigt', 'doigts', 'orteil', 'orteils', 'tete', 'coeur', 'cœur', 'poumon', 'poumons', 'poitrine', 'ventre',
    'estomac', 'intestin', 'intestins', 'rein', 'reins', 'foie', 'vessie', 'peau', 'oeil', 'œil', 'yeux', 'oreille',
    'oreilles', 'gorge', 'machoire', 'dent', 'dents', 'articulations', 'muscle', 'muscles',
    'colonne vertebrale', 'vertebre', 'vertebres', 'cerveau', 'thyroide', 'crane',
  ],
  // Not here on purpose: "côté" and "colonne" (folded "cote", "colonne": du côté client, une colonne
  // du tableau), "articulation" (l'articulation entre les services).
  // Little words that may stand between a body part and its complaint, for `{adv}` in phrases.
  adverbs: [
    'encore', 'toujours', 'vraiment', 'très', 'trop', 'un peu', 'beaucoup', 'souvent', 'parfois', 'de nouveau',
    'à nouveau', 'sans cesse', 'tout le temps', 'aussi', 'maintenant', 'lui', 'me', 'se', 'fait', 'font',
  ],
  possessives: ['le', 'la', 'les', 'l\'', 'sa', 'son', 'ses', 'mon', 'ma', 'mes', 'votre', 'vos', 'leur', 'leurs', 'un', 'une'],
  phrases: [
    // a body part with a complaint
    'mal (?:au|aux|a la|a l\' ?|de|du|des) ?{bodypart}',
    'maux (?:de|d\' ?) ?{bodypart}',
    '(?:problemes?|soucis|ennuis|douleurs?) (?:de|d\'|du|des|au|aux|a la|a l\') ?{bodypart}',
    '(?:problemes?|soucis|ennuis|douleurs?|mal) au niveau (?:du|de la|des|de l\') ?{bodypart}',
    // ... said as a verb: "s'est cassé la jambe", "s'est foulé la cheville", "son dos le fait souffrir"
    '(?:casse|fracture|foule|tordu|blesse|luxe|froisse|demis|bloque|abime|brule)(?:e|s|es)? (?:(?:{poss}) |l\' ?|au |a la |aux |a l\' ?)?{bodypart}',
    '{bodypart} (?:casse|fracture|foule|tordu|bloque|platre|enfle|gonfle|luxe|infecte|opere|douloureu)(?:e|s|es|x|se|ses)?',
    '{bodypart}(?: (?:le|la|lui|les|leur|me|vous|encore|toujours|beaucoup|souvent|vraiment|de nouveau)){0,3} (?:fait|font|faisait|faisaient)(?: (?:encore|toujours|beaucoup|vraiment|tres))? (?:mal|souffrir)',
    '{bodypart}(?: (?:qui|encore|toujours|de nouveau)){0,2} (?:coince|coincent|coincait|lance|lancent|lancait)',
    'opere(?:e|s|es)? (?:du|de la|des|de l\' ?|au|a la|aux|a l\' ?) ?{bodypart}',
    'souffr(?:e|ent|ait|aient|ir) (?:du|de la|des|de l\' ?|d\' ?) ?{bodypart}',
    '(?:se fai(?:t|re)|s\'est fait|s\'etait fait|me suis fait) mal',
    'entorse (?:au|a la|a l\' ?|aux|de la|du|de l\' ?) ?{bodypart}',
    'fait une entorse',
    'cotes? (?:cassees?|felees?|fracturees?)',
    // surgery and care ("un changement a été opéré" is work talk, so only forms said of a person)
    '(?:se faire|se fait|s\'est fait|va se faire|doit se faire) operer',
    '(?:a|ont) ete opere(?:e|s|es)? (?:d\'urgence|hier|ce matin|cette semaine|la semaine derniere|lundi|mardi|mercredi|jeudi|vendredi)',
    '(?:subi|subir|subit|subira) une (?:operation|intervention)',
    'operation (?:du|de la|des|de l\'|au|a la|aux) ?{bodypart}',
    'points de suture',
    'dans le platre',
    'platre (?:au|a la|a l\' ?|aux) ?{bodypart}',
    'sous (?:traitement|antibiotiques|medication)',
    '(?:un|son|sa|en|le) traitement (?:medical|medicamenteux|contre)',
    '(?:suit|suivre|suivent|commence|commencer|arrete|arreter|poursuit) (?:un|son|sa|ses|leur) traitement',
    'soins (?:intensifs|palliatifs|medicaux)',
    // "gérer les urgences" and "répondre aux urgences" are work: only a person taken there
    '(?:est|etait|ete|retrouvee?|partie?|allee?|passee?|admise?|conduite?|emmenee?|transportee?|envoyee?) aux urgences',
    '(?:service des|passer par les|passe par les) urgences',
    'chez (?:un|le|son|sa|leur) specialiste',
    '(?:voir|consulter|consulte|vu|revu) (?:un|son|sa|leur) specialiste',
    'medecins? (?:specialiste|generaliste|traitant)s?',
    '(?:on lui a|lui a|lui ont|leur a) diagnostique',
    '(?:passer|passe|passee|refaire|doit passer) (?:une|un|des) (?:radio|radios|scanner|echographie|irm)',
    '(?:radio|radiographie|scanner|irm|echographie) (?:du|de la|des|de l\' ?) ?{bodypart}',
    'scanner cerebral',
    '(?:prise|prises|analyse|analyses) de sang',
    'bilan sanguin',
    'examens? medica(?:l|ux)',
    'tension arterielle',
    // conditions said in several words ("burn-out" is caught with the Dutch "burnout")
    'epuisement professionnel',
    'crise(?:s)? (?:cardiaque|d\'angoisse|de panique|d\'epilepsie|d\'asthme)',
    'attaque(?:s)? de panique',
    'insuffisance (?:renale|cardiaque|respiratoire|hepatique)',
    'calculs? renaux',
    'coup du lapin',
    'canal carpien',
    'commotion cerebrale',
    'fausse couche',
    'maladie (?:chronique|grave|mentale|psychique|auto-immune|de crohn|de lyme)',
    '(?:problemes?|troubles?|souffrance|maladie|fragilite|difficultes?) (?:psychiques?|psychologiques?)',
    '(?:suivi|aide|accompagnement|soutien|prise en charge|therapie) psychologique',
    '(?:problemes?|soucis|troubles?) de sante mentale',
    'troubles? (?:du sommeil|de l\'humeur|anxieux|alimentaires?|de l\'attention|de la concentration|musculo ?squelettiques?|bipolaires?|obsessionnels?)',
    'idees noires',
    'fatigue chronique',
    'covid long',
    // addiction
    // "la consommation d'alcool au travail" is policy talk, not about a person
    '(?:probleme|problemes|dependance|abus) (?:d\'|de l\'|a l\'|aux|a la|de) ?(?:alcool|drogues?|cannabis|cocaine|medicaments|jeu)',
    'probleme(?:s)? de boisson',
    'boit (?:trop|beaucoup trop)',
    'alcooliques anonymes',
    '(?:se drogue|se droguait|prend de la drogue|prend des drogues)',
    'cure de (?:desintoxication|desintox|sevrage)',
  ],
  allowWords: [
    // "démentiel" (un rythme démentiel) is not dementia
    'dementiel',
  ],
  allowPhrases: [
    // the Belgian procedure and its people
    'conseillers? en prevention (?:medecins? du travail|aspects psychosociaux)',
    'medecins? du travail',
    'medecins? conseils?(?: de (?:la|sa|votre|leur) (?:mutualite|mutuelle))?',
    'medecins? (?:de la|de sa|de votre) (?:mutualite|mutuelle)',
    'medecins? controleurs?',
    'medecins? de controle',
    'certificats? medica(?:l|ux)',
    'attestations? medicales?',
    'visite (?:medicale )?de (?:pre-?)?reprise',
    'examen (?:medical )?de (?:pre-?)?reprise',
    'mi-temps (?:medical|therapeutique)',
    '(?:reprise|travail|temps partiel|base|activite) therapeutique',
    'assurance hospitalisation',
    // work idioms that name a body part or a stem
    'main d\'(?:oe|œ)uvre',
    'pas mal d(?:e|\' ?)',
    'casse(?:r|e|ee)? la tete',
    'casse(?:r|nt)? les pieds',
    '(?:des|de|les) bras casses',
    'fracture (?:numerique|sociale)',
    'sevrage numerique',
    '(?:bon|juste) dosage',
    'syndrome de l\'impos?teur',
  ],
};
