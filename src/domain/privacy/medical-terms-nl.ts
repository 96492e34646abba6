// Dutch medical terms (Netherlands and Flanders). Choices worth knowing:
// - Not flagged: ziek, ziekte, ziekmelding, herstel, energie, moe, vermoeid, stress, werkdruk,
//   angst, somber, beperkingen, belastbaarheid, medisch (alone), gezondheid, zwanger. These are
//   the absence itself, everyday feelings or the words the occupational doctor legitimately uses
//   (what someone can and cannot do), not a diagnosis.
// - bedrijfsarts, arbeidsarts, verzekeringsarts, controlearts and the adviserend arts are part of
//   the legal process and may be named; any other doctor is a treating doctor and is flagged.
// - "specialist" alone is a job title (IT-specialist); only the medical uses are flagged.
// - "klachten", "problemen", "aanval", "breuk", "onderzoek" are flagged only after a body part or
//   medical modifier (rugklachten, hartaanval, botbreuk, bloedonderzoek).
// - "operatie" is flagged even though "een hele operatie" is also an idiom: in an absence note
//   the medical meaning is far more likely, and rephrasing costs the manager little.
// - A body part says nothing medical on its own ("werk boven schouderhoogte", "de vinger aan de
//   pols", "het hoofd van de afdeling"); with a complaint said as a verb it does ("zijn knie
//   speelt op", "haar nek zit vast", "mijn rug doet zeer"). Only the verb right after the body
//   part, with a few little words between, counts: "het project speelt al langer" stays work talk.
// - Addiction is medical (its nature and its treatment): the substance used ("gebruikt weer
//   cocaïne", "is aan de drank", "drinkt te veel", "drie maanden droog"), addiction care by name,
//   and withdrawal. Policy words stay work talk: alcoholbeleid, drugsbeleid, a borrel with the team.
import type { MedicalTermList } from './medical-terms';

export const DUTCH_MEDICAL_TERMS: MedicalTermList = {
  language: 'nl',
  words: [
    // treating professionals and places
    'arts', 'artsen', 'dokter', 'dokters', 'internist', 'chirurg', 'fysio', 'ggz', 'seh', 'ambulance',
    // conditions
    'burnout', 'burnouts', 'opgebrand', 'ptss', 'ptsd', 'adhd', 'ocd', 'copd', 'cva', 'hiv', 'soa',
    'tbc', 'crohn', 'lyme', 'pfeiffer', 'parkinson', 'alzheimer', 'hashimoto', 'bechterew', 'ivf',
    'diagnose', 'diagnoses', 'kwalen', 'pil', 'mri', 'xray', 'geopereerd', 'opereren', 'bezeerd',
    'geblesseerd', 'gekneusd', 'hechtingen',
    // substances and addiction care (Jellinek, Tactus, Brijder and Novadic are addiction clinics)
    'blowt', 'blowen', 'blowde', 'geblowd', 'jellinek', 'tactus', 'brijder', 'novadic',
  ],
  stems: [
    // professionals, care and places
    'huisarts', 'huisdokter', 'tandarts', 'dietist', 'kinderarts', 'sportarts', 'vrouwenarts', 'psycholoog', 'psychologe', 'psychiat', 'therap', 'logoped',
    'osteopa', 'chiroprakt', 'acupunct', 'cardiolo', 'neurolo', 'oncolo', 'orthoped', 'dermatolo',
    'gynaecolo', 'urolo', 'ziekenhuis', 'hospitaal', 'hospitalis', 'kliniek', 'revalid', 'operatie',
    'narcose', 'verdoving', 'anesthes', 'rontgen', 'biopsie', 'bloeddruk', 'cholesterol',
    // medication
    'medicatie', 'medicijn', 'pillen', 'slaappil', 'pijnstill', 'antidepress', 'antibiotic', 'paracetamol',
    'ibuprofen', 'azepam', 'citalopram', 'sertraline', 'prozac', 'ritalin', 'methylfenidaat', 'insulin',
    'morfine', 'prednison', 'opiaat', 'opioid', 'betablokker', 'chemo', 'bestraling', 'dialyse',
    // conditions and symptoms
    'pijn', 'griep', 'verkoud', 'koorts', 'hoest', 'misselijk', 'duizelig', 'migraine', 'hernia',
    'whiplash', 'astma', 'diabet', 'suikerziekte', 'epilep', 'reuma', 'artrose', 'artritis', 'fibromyalg',
    'kanker', 'tumor', 'leukemie', 'lymfoom', 'infarct', 'beroerte', 'trombose', 'embolie',
    'hersenschudding', 'fractuur', 'blessure', 'kneuzing', 'verstuik', 'verzwik', 'ontsteking', 'infectie',
    'vergiftiging', 'allergie', 'eczeem', 'depressi', 'overspannen', 'stoornis', 'syndroom', 'sympto',
    'aandoening', 'kwaal', 'hyperventil', 'paniekaanval', 'autis', 'asperger', 'bipola', 'schizo',
    'psychose', 'psychotisch', 'trauma', 'suicid', 'zelfmoord', 'zelfdoding', 'verslav', 'verslaafd',
    'alcoholis', 'anorex', 'boulim', 'bulim', 'dementie', 'sclerose', 'hepatitis', 'tuberculose',
    'bronchit', 'covid', 'besmet', 'slapeloos', 'miskraam', 'gediagnost',
    // addiction and its treatment; "gebruik" alone is not here (botgebruik, schermgebruik)
    'afkick', 'ontwenning', 'methadon', 'alcoholgebruik', 'alcoholmisbruik', 'alcoholprobl', 'drankprobl',
    'drankmisbruik', 'drankgebruik', 'drugsgebruik', 'drugsmisbruik', 'drugsprobl', 'middelengebruik',
    'middelenmisbruik', 'gokprobl',
  ],
  heads: [
    'klachten', 'klacht', 'problemen', 'probleem', 'aanval', 'aanvallen', 'breuk', 'letsel', 'onderzoek',
    'scan', 'arts', 'artsen', 'specialist', 'specialisten', 'ingreep', 'behandeling', 'ziekte',
  ],
  // Not here on purpose: hoofd (hoofdprobleem is the main problem), lever (leverproblemen are
  // supply problems), kinder (kinderziektes of a system), geheugen, concentratie.
  modifiers: [
    'paniek', 'angst', 'slaap', 'eet', 'zwangerschap', 'bloed', 'ct', 'pet', 'mri', 'kno', 'spier',
    'zenuw', 'rug', 'onderrug', 'nek', 'knie', 'schouder', 'heup', 'enkel', 'pols', 'elleboog', 'voet',
    'been', 'arm', 'hand', 'vinger', 'teen', 'rib', 'hart', 'long', 'borst', 'buik', 'maag', 'darm',
    'nier', 'blaas', 'huid', 'oog', 'oor', 'keel', 'kaak', 'tand', 'kies', 'gewricht', 'hersen', 'bot',
    'wervel', 'schildklier',
  ],
  bodyParts: [
    'rug', 'onderrug', 'nek', 'knie', 'knieen', 'schouder', 'heup', 'enkel', 'pols', 'elleboog', 'voet',
    'voeten', 'been', 'benen', 'arm', 'armen', 'hand', 'handen', 'vinger', 'teen', 'hoofd', 'hart',
    'long', 'longen', 'borst', 'buik', 'maag', 'darm', 'darmen', 'nier', 'nieren', 'lever', 'blaas',
    'huid', 'oog', 'ogen', 'oor', 'oren', 'keel', 'kaak', 'tand', 'tanden', 'kies', 'gewricht',
    'gewrichten', 'spieren', 'hersenen', 'botten', 'wervel', 'ruggengraat', 'schildklier',
  ],
  possessives: ['zijn', "z'n", 'haar', 'mijn', "m'n", 'je', 'jouw', 'uw', 'hun', 'de', 'het', 'een'],
  adverbs: [
    'nog', 'weer', 'steeds', 'opnieuw', 'alweer', 'al', 'flink', 'erg', 'heel', 'enorm', 'echt', 'behoorlijk',
    'dan', 'vaak', 'soms', 'af en toe', 'regelmatig', 'telkens', 'dagelijks', 'elke dag', 'de laatste tijd', 'sinds kort',
    'ook', 'wat', 'een beetje', 'nu', 'toch', 'vandaag', 'gisteren', 'vanochtend', "'s avonds", "'s nachts",
  ],
  phrases: [
    'burn out',
    'last (?:van|aan) (?:{poss} )?{bodypart}',
    '(?:gebroken|gekneusde?|verstuikte?|verrekte?|ontstoken|geblesseerde?) (?:{poss} )?{bodypart}',
    '{bodypart} (?:gebroken|gekneusd|verstuikt|verrekt|ontstoken|geblesseerd|bezeerd|geopereerd)',
    '(?:psychische|lichamelijke|fysieke|mentale|medische) (?:klachten|klacht|problemen|probleem|aandoening(?:en)?|ziekte|ingreep|behandeling)',
    'medisch onderzoek',
    'psychologische (?:hulp|begeleiding|behandeling|problemen|klachten)',
    'onder behandeling',
    '(?:naar|bij|van|door) (?:de|een) specialist',
    'medisch(?:e)? specialist(?:en)?',
    'spoedeisende hulp',
    '(?:naar|op|bij) de eerste hulp',
    'intensive care',
    'in het gips',
    '(?:op|met) krukken',
    '(?:heeft|had|kreeg|met|door|besmet met) corona',
    'corona (?:gehad|opgelopen)',
    'chronische (?:vermoeidheid|pijn|ziekte|klachten)',
    'hoge bloeddruk',
    'multiple sclerose',
    // a body part with a complaint said as a verb
    '{bodypart} (?:speelt|spelen|speelde|speelden)(?: {adv}){0,4} op',
    '{bodypart} (?:doet|doen|deed|deden)(?: {adv}){0,3} (?:zeer|pijn)',
    '{bodypart}(?: {adv}){0,3} (?:zeurt|zeuren|zeurde|bonkt|bonken|bonst|bonzen|jeukt|jeuken|tintelt|tintelen|piept|piepen|kraakt|kraken|blokkeert|blokkeren|blokkeerde)',
    '{bodypart} (?:zit|zitten|zat|zaten)(?: {adv}){0,3} (?:vast|op slot)',
    '{bodypart} (?:is|zijn|was|waren|blijft|blijven|voelt|voelen|raakt|raakte|werd|wordt)(?: {adv}){0,3} (?:opgezwollen|gezwollen|dik|stijf|beurs|ontstoken|overbelast|geblokkeerd|verkrampt|pijnlijk|kapot)',
    // addiction: the substance, withdrawal, abstinence and treatment
    '(?:is|zijn|was|raakt|raakte|geraakt|zit|zat)(?: {adv}){0,3} aan de (?:drank|drugs|coke|pillen|fles)',
    '(?:drinkt|drinken|dronk|gebruikt|gebruiken|gebruikte|snuift|snuiven|spuit|spuiten)(?: {adv}){0,3} (?:alcohol|drank|drugs|coke|wiet|hasj|xtc|ghb|middelen)',
    '(?:drinkt|drinken|dronk|gokt|gokken|gokte|blowt)(?: {adv}){0,3} (?:te veel|teveel|veel te veel|overmatig)',
    '(?:\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) (?:dagen|weken|maanden|jaar) (?:droog|nuchter|clean)',
    '(?:naar|bij|van) de (?:aa|anonieme alcoholisten)',
    'aa (?:vergadering|vergaderingen|bijeenkomst|bijeenkomsten|groep)',
    '(?:hulp|behandeling|begeleiding) (?:bij|voor|met|tegen|van) (?:{poss} )?(?:drank|drankgebruik|alcohol|drugs|gokken|gokgedrag|verslaving)',
  ],
  allowWords: [
    'bedrijfsarts', 'arbeidsarts', 'verzekeringsarts', 'controlearts', 'keuringsarts', 'arboarts',
    'arbeidstherapeutisch', 'pijnlijk', 'pijnlo', 'pijnpunt', 'cooperatie', 'desinfect', 'koortsachtig',
    'hospitalisatieverzekering',
  ],
  allowPhrases: [
    'adviserende? arts(?:en)?',
    'arts(?:en)? van (?:de|het) (?:mutualiteit|ziekenfonds|uwv|arbodienst)',
    'therapeutische? (?:basis|werk|werken|re-integratie|reintegratie|werkhervatting|uren)',
    'op therapeutische basis',
    'medisch attest',
    'impos?ter ?syndroom',
  ],
};
