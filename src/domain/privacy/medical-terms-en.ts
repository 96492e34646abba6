// English medical terms. Choices worth knowing:
// - Not flagged: sick, sickness, illness, unwell, tired, fatigue, stress, workload, energy, worried,
//   nurse (often the person's own job), counselling (career counselling), operation(s) alone
//   (business operations), treatment alone (fair treatment), disease alone, condition alone
//   (working conditions), back alone ("back to work").
// - Flagged though sometimes everyday: "anxiety" (in notes about a person it is mostly clinical;
//   "worried" says the same without a diagnosis), "stroke", "depressed", "pain".
// - The occupational, company, insurance and advising doctor are part of the legal process and
//   may be named; a doctor's note or fit note is a process document too.
// - English compounds are mostly separate words, so body parts work through phrases
//   ("back pain", "hurt her knee") rather than compound heads.
// - A body part with a complaint said as a verb is medical ("her back is hurting", "his knee
//   keeps playing up"); the verb alone is not ("sales are hurting", "the laptop keeps playing up"),
//   nor a body part in a work limit ("no work above shoulder height", "a wrist rest").
// - Addiction and its treatment are medical: the substance, drinking "too much", being sober for a
//   time, AA meetings, help for someone's drinking or gambling. "Drinks with the team" is not.
//   "Relapse" is not flagged: in return to work it means falling ill again.
import type { MedicalTermList } from './medical-terms';

export const ENGLISH_MEDICAL_TERMS: MedicalTermList = {
  language: 'en',
  words: [
    // professionals and places
    'doctor', 'doctors', 'gp', 'gps', 'physician', 'physicians', 'surgeon', 'surgeons', 'physio',
    'hospital', 'hospitals', 'clinic', 'clinics', 'icu', 'rehab', 'mri', 'xray', 'xrays', 'ultrasound',
    // conditions and symptoms
    'flu', 'influenza', 'fever', 'feverish', 'cough', 'coughing', 'nausea', 'nauseous', 'dizzy',
    'dizziness', 'vertigo', 'backache', 'toothache', 'stomachache', 'earache', 'heartburn', 'pain', 'pains',
    'ache', 'aches', 'anxiety', 'burnout', 'burnouts', 'ptsd', 'adhd', 'ocd', 'copd', 'hiv', 'ivf',
    'stroke', 'strokes', 'injury', 'injuries', 'injured', 'concussion', 'crutches', 'insomnia',
    'disorder', 'disorders', 'diagnosis', 'diagnoses', 'diagnosed', 'alcoholic', 'alcoholics', 'selfharm',
    // medication
    'pill', 'pills', 'prescription', 'prescriptions', 'medicine', 'medicines', 'dosage',
  ],
  stems: [
    'therap', 'psychologist', 'psychiat', 'surger', 'surgic', 'hospitalis', 'hospitaliz', 'headache',
    'medicat', 'painkiller', 'antidepress', 'antibiotic', 'insulin', 'morphine', 'opioid', 'chemotherap',
    'dialys', 'migraine', 'hernia', 'whiplash', 'asthma', 'diabet', 'epilep', 'arthritis', 'rheumat',
    'fibromyalg', 'cancer', 'tumour', 'tumor', 'leukaem', 'leukem', 'lymphom', 'infarct', 'thrombo',
    'embolism', 'fractur', 'sprain', 'infection', 'allerg', 'eczema', 'depress', 'syndrome', 'symptom',
    'autis', 'asperger', 'bipolar', 'schizophren', 'psychosis', 'psychotic', 'trauma', 'suicid',
    'addict', 'alcoholism', 'anorex', 'bulimi', 'dementia', 'alzheimer', 'parkinson', 'sclerosis',
    'hepatitis', 'tubercul', 'bronchit', 'pneumonia', 'covid', 'miscarri', 'biops', 'anaesthe', 'anesthe',
    'vomit', 'paracetamol', 'ibuprofen', 'dietitian', 'dietician',
    // substances and withdrawal ("heroin" also finds the Dutch heroïne)
    'detox', 'methadon', 'cocain', 'heroin', 'cannabis', 'marijuan', 'marihuan', 'benzodiazep', 'overdos',
    'amphetamin', 'ketamin',
  ],
  heads: [],
  modifiers: [],
  bodyParts: [
    'back', 'lower back', 'neck', 'knee', 'knees', 'shoulder', 'shoulders', 'hip', 'hips', 'ankle',
    'ankles', 'wrist', 'wrists', 'elbow', 'foot', 'feet', 'leg', 'legs', 'arm', 'arms', 'hand', 'hands',
    'finger', 'toe', 'head', 'heart', 'lung', 'lungs', 'chest', 'stomach', 'bowel', 'kidney', 'kidneys',
    'liver', 'bladder', 'skin', 'eye', 'eyes', 'ear', 'ears', 'throat', 'jaw', 'tooth', 'teeth', 'joint',
    'joints', 'muscle', 'muscles', 'spine', 'bone', 'bones', 'rib', 'ribs', 'thyroid', 'brain',
  ],
  possessives: ['his', 'her', 'their', 'my', 'your', 'a', 'an', 'the'],
  adverbs: [
    'still', 'again', 'really', 'badly', 'quite', 'very', 'pretty', 'a bit', 'a little', 'so', 'also', 'now',
    'constantly', 'always', 'often', 'sometimes', 'keeps', 'kept', 'is', 'are', 'was', 'were', 'has', 'have',
    'had', 'been', 'being', 'started', 'starts', 'start', 'continues', 'continued', 'to', 'getting', 'gets',
    'got', 'feels', 'felt', 'became', 'becomes',
  ],
  phrases: [
    'burn(?:ed|t)? out',
    '{bodypart} (?:pain|pains|ache|aches|injury|injuries|surgery|operation|problem|problems|trouble|condition|disease|infection|fracture|scan)',
    '(?:broke|broken|fractured|sprained|twisted|injured|hurt|pulled|dislocated) (?:{poss} )?{bodypart}',
    'bad (?:back|knee|knees|hip|shoulder|neck)',
    'sore (?:{bodypart})',
    '(?:heart|panic|anxiety|asthma) attacks?',
    '(?:mental|psychological) (?:health(?: issues| problems)?|illness|problems|issues|condition|breakdown)',
    'nervous breakdown',
    '(?:had|has|have|having|after|before|needs|need|scheduled|recovering from) (?:{poss} )?operation',
    'operated on',
    'medical (?:treatment|procedure|condition|test|tests|scan|specialist|specialists)',
    '(?:under|receiving|having|started|starts|start|in) treatment',
    '(?:see|sees|seeing|saw|seen|visit|visits|visiting|visited|referred to|referral to) (?:{poss} )?(?:specialist|consultant)',
    'blood (?:test|tests|pressure|sugar|work)',
    '(?:ct|pet|brain) scan',
    '(?:has|had|have|caught|with|got) (?:a |the )?cold',
    'chronic (?:fatigue|condition|illness|disease|pain)',
    'terminally ill',
    'emergency room',
    'a&e',
    'intensive care',
    'slipped disc',
    'long covid',
    'eating disorder',
    // a body part with a complaint said as a verb
    '{bodypart}(?: {adv}){0,4} (?:hurting|hurts|aching|ached|throbbing|throbs|swollen|swelling|stiff|sore|numb|tingling|inflamed|bruised|seized up|giving way|gave way|gives way|playing up|played up|plays up|acting up|acts up|acted up|flaring up|flared up|flares up)',
    '{bodypart}(?: {adv}){0,4} (?:killing|bothering|troubling) (?:him|her|me|them|you)',
    // addiction: the substance, drinking too much, being sober, AA, treatment
    'drinking (?:problem|problems|issue|issues|habit)',
    '(?:alcohol|drug|drugs|substance|gambling|opioid) (?:problem|problems|issue|issues|abuse|misuse|use|dependency|dependence|treatment|counselling|counseling|clinic|rehab)',
    '(?:drinks|drinking|drank|gambles|gambling|gambled)(?: {adv}){0,2} (?:too much|heavily|excessively)',
    '(?:using|uses|taking|takes|took)(?: {adv}){0,2} (?:drugs|ecstasy)',
    '(?:been|is|was|stay|stays|staying|stayed|remain|remains|remained|get|getting|got|being) sober',
    '(?:days|weeks|months|years) (?:sober|clean)',
    'aa meetings?',
    'alcoholics anonymous',
    '(?:help|treatment|support) (?:with|for) (?:{poss} )?(?:drinking|gambling|drug use|drugs|alcohol|addiction)',
    'recovery from (?:{poss} )?(?:alcohol|drugs|drinking|gambling)',
    '(?:twelve|12) step',
  ],
  allowWords: ['hospitality', 'disinfect'],
  allowPhrases: [
    '(?:occupational|company|insurance|advising|advisory|control) (?:health )?(?:doctor|doctors|physician|physicians)',
    "doctor'?s'? (?:note|notes|certificate|certificates)",
    'therapeutic (?:work|return|basis|hours|re-?integration)',
    // "arts" is the Dutch word for doctor; these are the English arts
    '(?:performing|martial|fine|liberal|visual) arts',
    'arts (?:and|&) crafts',
    // a common career-talk phrase, not a diagnosis
    'impos?ter syndrome',
  ],
};
