// npm run bench:screen — how long the medical-term screen takes on realistic notes.
import { performance } from 'node:perf_hooks';
import { compileScreen, screenText, screenWith } from '../src/domain/privacy/medical-screen';
import { DUTCH_MEDICAL_TERMS } from '../src/domain/privacy/medical-terms-nl';
import { ENGLISH_MEDICAL_TERMS } from '../src/domain/privacy/medical-terms-en';
import { FRENCH_MEDICAL_TERMS } from '../src/domain/privacy/medical-terms-fr';
import { MEDICAL_NOTES, WORK_NOTES } from './screen-notes';

function note(length: number, tail: string): string {
  const sentences = [
    'We spraken over de planning voor de komende weken en hoe de uren worden opgebouwd. ',
    'Ze wil graag eerst de lopende projecten afronden, met een collega als aanspreekpunt. ',
    'The team will share updates in the weekly call, and she decides what they hear. ',
    'De bedrijfsarts adviseert om rustig op te bouwen, met aangepaste taken en pauzes. ',
    'Le médecin du travail conseille une reprise progressive, sans port de charges lourdes. ',
  ];
  let text = '';
  for (let i = 0; text.length < length - tail.length; i++) text += sentences[i % sentences.length];
  return text.slice(0, length - tail.length) + tail;
}

function measure(label: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < Math.min(runs, 500); i++) fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = performance.now() - start;
  const perCall = (ms * 1000) / runs;
  console.log(`${label.padEnd(44)} ${perCall.toFixed(1).padStart(8)} µs/call  ${Math.round(runs / (ms / 1000)).toLocaleString('en')} calls/s`);
}

const compileStart = performance.now();
const screen = compileScreen([DUTCH_MEDICAL_TERMS, ENGLISH_MEDICAL_TERMS, FRENCH_MEDICAL_TERMS]);
console.log(`compile the three lists once: ${(performance.now() - compileStart).toFixed(2)} ms`);

const clean = note(2000, 'Tot volgende week.');
const medical = note(2000, 'Ze noemde haar rugklachten en de fysiotherapeut.');
const short = 'Gesprek ging goed, volgende week weer contact.';
if (screenText(clean).flagged || !screenText(medical).flagged) throw new Error('bench texts are not what they claim');

measure('2,000 chars, nothing medical', 20_000, () => screenWith(screen, clean));
measure('2,000 chars, two findings at the end', 20_000, () => screenWith(screen, medical));
measure('one short sentence', 100_000, () => screenWith(screen, short));
measure('20,000 chars (ten notes in one)', 2_000, () => screenWith(screen, clean.repeat(10)));

// What the screen catches on notes as people write them (bench/screen-notes.ts): counts, and the
// notes it got wrong, so a change to the term lists shows its effect both ways.
const slipped = MEDICAL_NOTES.filter((n) => !screenWith(screen, n).flagged);
const stopped = WORK_NOTES.filter((n) => screenWith(screen, n).flagged);
console.log(`medical notes held back: ${MEDICAL_NOTES.length - slipped.length} of ${MEDICAL_NOTES.length}`);
console.log(`work notes held back:    ${stopped.length} of ${WORK_NOTES.length}`);
for (const n of slipped) console.log(`  slipped through: ${n}`);
for (const n of stopped) console.log(`  held back wrongly: ${n}  [${screenWith(screen, n).matches.join(', ')}]`);
