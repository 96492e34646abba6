// Typed words to intents, in Dutch, English and French. Most work happens through card buttons;
// the words are for starting points and for people who prefer typing. Accents are optional
// ("parametres" is "paramètres"), since people type quickly.

export type Intent =
  | { kind: 'help' }
  | { kind: 'report'; search: string }
  | { kind: 'cases' }
  | { kind: 'setup' }
  | { kind: 'hr_here' }
  | { kind: 'hr_add'; search: string }
  | { kind: 'hr_remove'; search: string }
  | { kind: 'reporter_add'; search: string }
  | { kind: 'reporter_remove'; search: string }
  | { kind: 'language'; lang: string | null }
  | { kind: 'link'; code: string }
  | { kind: 'procedure' }
  | { kind: 'workspace' }
  | { kind: 'file'; search: string }
  | { kind: 'unknown'; text: string };

const PHRASES: Array<{ words: string[]; make: (rest: string) => Intent }> = [
  { words: ['help', 'hulp', 'menu', '?', 'start', 'wat kun je', 'what can you do', 'aide', 'que peux-tu faire'], make: () => ({ kind: 'help' }) },
  {
    words: [
      'ziekmelding', 'ziek melden', 'meld ziek', 'ziekmelden', 'report sick', 'report', 'sick', 'ziek',
      'absence', 'signaler une absence', 'declarer une absence', 'malade',
    ],
    make: (rest) => ({ kind: 'report', search: rest }),
  },
  {
    words: ['mijn casussen', 'mijn dossiers', 'casussen', 'dossiers', 'my cases', 'cases', 'mes dossiers'],
    make: () => ({ kind: 'cases' }),
  },
  { words: ['overzicht', 'overview', 'werkplek', 'workspace', 'apercu'], make: () => ({ kind: 'workspace' }) },
  { words: ['instellingen', 'settings', 'setup', 'instellen', 'parametres', 'reglages'], make: () => ({ kind: 'setup' }) },
  { words: ['hr hier', 'hr here', 'rh ici'], make: () => ({ kind: 'hr_here' }) },
  { words: ['hr toevoegen', 'hr add', 'ajouter rh', 'rh ajouter'], make: (rest) => ({ kind: 'hr_add', search: rest }) },
  { words: ['hr verwijderen', 'hr remove', 'retirer rh', 'rh retirer'], make: (rest) => ({ kind: 'hr_remove', search: rest }) },
  { words: ['leidinggevende toevoegen', 'manager add', 'ajouter responsable'], make: (rest) => ({ kind: 'reporter_add', search: rest }) },
  { words: ['leidinggevende verwijderen', 'manager remove', 'retirer responsable'], make: (rest) => ({ kind: 'reporter_remove', search: rest }) },
  { words: ['taal', 'language', 'langue'], make: (rest) => ({ kind: 'language', lang: rest || null }) },
  { words: ['koppel', 'koppelen', 'link', 'lier'], make: (rest) => ({ kind: 'link', code: rest }) },
  {
    words: ['arbeidsreglement', 'contactprocedure', 'work rules', 'contact procedure', 'reglement de travail', 'procedure de contact'],
    make: () => ({ kind: 'procedure' }),
  },
  // The case file; "dossiers" (plural, nl-BE for cases) stays the case list.
  { words: ['dossier', 'file', 're-integratiedossier', 'case file', 'dossier de reintegration'], make: (rest) => ({ kind: 'file', search: rest }) },
];

/**
 * Lower case without accents, one character for one: "é" becomes "e", so an index in the result
 * is an index in the typed text (the words after a command keep their case and accents).
 */
export function foldAccents(text: string): string {
  return text.normalize('NFC').replace(/[^\u0000-\u007f]/g, (ch) => ch.normalize('NFD')[0] ?? ch);
}

function normalise(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[.!,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(text: string): Intent {
  const t = normalise(text);
  if (t === '') return { kind: 'help' };
  // Longest phrase first, so "report sick" wins over "report".
  const candidates = PHRASES.flatMap((p) => p.words.map((w) => ({ w, make: p.make }))).sort((a, b) => b.w.length - a.w.length);
  for (const { w, make } of candidates) {
    if (t === w) return make('');
    if (t.startsWith(`${w} `)) return make(text.normalize('NFC').trim().slice(w.length).trim());
  }
  return { kind: 'unknown', text: text.trim().slice(0, 80) };
}
