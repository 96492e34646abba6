// The document form's reading: every free-text field of every document type holds back a medical
// phrase (nothing is returned to save), required fields are named, and drafts may be half-filled.
import { ACTIVITY_ROWS, DOCUMENT_TYPES, formFields, type DocumentType } from '../../../src/domain/dossier';
import { cardFields, parseDocument } from '../../../src/core/dossier/document-form';

const ctx = (type: DocumentType, final = true) => ({ type, isAdjustment: true, final, caseStart: '2026-01-05', today: '2026-06-01', lang: 'nl-NL' as const });

/** A complete, clean submit for a type: every field filled in plain work terms. */
function clean(type: DocumentType): Record<string, string> {
  const data: Record<string, string> = { on: '2026-05-20', authorTitle: 'Teamleider' };
  for (const f of formFields(type, true)) {
    if (f.id === 'on') continue;
    if (f.kind === 'date') data[f.id] = '2026-05-25';
    else if (f.kind === 'choice' || f.kind === 'multi') data[f.id] = f.options![0]!;
    else if (f.kind === 'activities') Object.assign(data, { activity1: 'Werkplek inrichten', who1: 'manager' });
    else data[f.id] = 'Halve dagen werken, met een vaste collega.';
  }
  return data;
}

const textFields = (type: DocumentType) => [
  ...formFields(type, true).flatMap((f) => (f.kind === 'text' || f.kind === 'longtext' ? [f.id] : f.kind === 'activities' ? Array.from({ length: ACTIVITY_ROWS }, (_, i) => `activity${i + 1}`) : [])),
  'authorTitle',
];

describe('parseDocument', () => {
  it.each(DOCUMENT_TYPES.map((t) => [t]))('%s: a clean, complete form reads', (type) => {
    expect(parseDocument(clean(type), ctx(type))).toMatchObject({ ok: true, on: '2026-05-20' });
  });

  const cases = DOCUMENT_TYPES.flatMap((type) => textFields(type).map((field) => [type, field] as const));
  it.each(cases)('%s: a medical phrase in "%s" is held back', (type, field) => {
    const data = { ...clean(type), [field]: 'Na de knieoperatie bij de fysiotherapeut', ...(field.startsWith('activity') ? { [`who${field.slice(8)}`]: 'employee' } : {}) };
    const read = parseDocument(data, ctx(type));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.notice).toMatch(/leek medische informatie te bevatten/);
      expect(read.clear).toEqual([field]);
    }
    // Drafts too.
    expect(parseDocument(data, ctx(type, false)).ok).toBe(false);
  });

  it('names the required fields of a final version, but keeps a half-filled draft', () => {
    const half = { on: '2026-05-20', goal: 'own_work' };
    const final = parseDocument(half, ctx('nl.action_plan'));
    expect(final).toEqual({ ok: false, notice: 'Vul nog in: Waarom het plan wordt bijgesteld, Afgesproken activiteiten, Casemanager, Hoe vaak er contact is, Visie van de werkgever.' });
    expect(parseDocument(half, ctx('nl.action_plan', false))).toMatchObject({ ok: true, fields: { goal: 'own_work', caseManager: null } });
  });

  it('refuses dates in the future, before the case, and follow-ups before the document', () => {
    expect(parseDocument({ ...clean('nl.evaluation'), on: '2026-06-02' }, ctx('nl.evaluation')).ok).toBe(false);
    expect(parseDocument({ ...clean('nl.evaluation'), on: '2025-12-31' }, ctx('nl.evaluation'))).toEqual({ ok: false, notice: 'De datum ligt voor de eerste ziektedag.' });
    expect(parseDocument({ ...clean('nl.evaluation'), nextEvaluation: '2026-05-01' }, ctx('nl.evaluation'))).toEqual({ ok: false, notice: '"Volgende evaluatie" ligt voor de datum van het stuk.' });
  });

  it('needs who does an activity, and drops choices that are not offered', () => {
    expect(parseDocument({ ...clean('nl.action_plan'), who1: '' }, ctx('nl.action_plan'))).toEqual({ ok: false, notice: 'Activiteit 1: vul ook in wie het doet.' });
    const read = parseDocument({ ...clean('be.rit_plan'), measures: 'training,diagnose,other_work' }, ctx('be.rit_plan'));
    expect(read).toMatchObject({ ok: true, fields: { measures: ['training', 'other_work'] } });
  });
});

describe('the form in French (Belgium)', () => {
  const fr = (type: DocumentType) => ({ ...ctx(type), isAdjustment: false, lang: 'fr-BE' as const });

  it.each(DOCUMENT_TYPES.map((t) => [t]))('%s: every label and choice is French, none left in Dutch', (type) => {
    const french = cardFields(type, true, {}, 'fr-BE');
    const dutch = cardFields(type, true, {}, 'nl-NL');
    expect(french.map((f) => f.id)).toEqual(dutch.map((f) => f.id));
    french.forEach((f, i) => {
      if (f.label !== 'Date' && f.label !== 'Date *') expect([f.id, f.label]).not.toEqual([f.id, dutch[i]!.label]);
      f.choices.forEach((c, j) => expect([c.value, c.title]).not.toEqual([c.value, dutch[i]!.choices[j]!.title]));
    });
  });

  it('names the plan de réintégration’s measures and holds back a French medical detail', () => {
    const labels = cardFields('be.rit_plan', false, {}, 'fr-BE');
    expect(labels.find((f) => f.id === 'measures')!.choices.map((c) => c.title)).toEqual([
      'Poste de travail adapté',
      'Travail adapté (tâches, volume, horaire, reprise progressive)',
      'Autre travail',
      'Formation',
    ]);
    const plan = { on: '2026-05-20', measures: 'adapted_work', validFrom: '2026-06-01', validUntil: '2026-09-30', authorTitle: 'Responsable RH' };
    const held = parseDocument({ ...plan, details: 'Mi-temps après son opération du genou, en attendant la kiné.' }, fr('be.rit_plan'));
    expect(held.ok).toBe(false);
    if (!held.ok) expect(held.notice).toBe('Cela semblait contenir des informations médicales : je l’ai donc retiré du formulaire et rien n’a été enregistré. Écrivez-le en termes de travail ou laissez-le de côté.');
    expect(parseDocument(plan, fr('be.rit_plan'))).toEqual({ ok: false, notice: 'Il manque encore : Les mesures concrètement.' });
    expect(parseDocument({ ...plan, details: 'Des demi-journées à l’accueil, sans port de charges.' }, fr('be.rit_plan'))).toMatchObject({ ok: true });
    expect(parseDocument({ ...plan, details: 'x', validUntil: '2026-05-01' }, fr('be.rit_plan'))).toEqual({ ok: false, notice: '« Valable jusqu’au » tombe avant la date du document.' });
  });

  it('asks who does an activity and refuses a date before the case, in French', () => {
    expect(parseDocument({ ...clean('nl.action_plan'), who1: '' }, fr('nl.action_plan'))).toEqual({ ok: false, notice: 'Activité 1 : indiquez aussi qui s’en charge.' });
    expect(parseDocument({ ...clean('be.reasoned_report'), on: '2025-12-31' }, fr('be.reasoned_report'))).toEqual({ ok: false, notice: 'La date tombe avant le premier jour de maladie.' });
  });
});
