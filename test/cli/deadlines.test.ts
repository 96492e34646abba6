// The CLI over real processes, the way a user runs it: `node bin/herstart.js deadlines ...`.
// Spawns run in parallel once; each test reads its result.
import { execFile } from 'node:child_process';
import path from 'node:path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'herstart.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function herstart(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const RVI = ['deadlines', '--jurisdiction', 'NL', '--sick', '2022-01-03:2022-07-03', '--sick', '2022-07-25', '--today', '2022-08-01'];

const CASES = {
  table: RVI,
  json: [...RVI, '--json'],
  english: ['deadlines', '--jurisdiction', 'BE', '--sick', '2026-01-05', '--employees', '60', '--today', '2026-02-01', '--rit-requested', '2026-01-20', '--rit-decision', 'B:2026-01-30', '--lang', 'en'],
  endBeforeStart: ['deadlines', '--jurisdiction', 'NL', '--sick', '2022-07-03:2022-01-03'],
  overlap: ['deadlines', '--jurisdiction', 'NL', '--sick', '2022-01-03:2022-03-01', '--sick', '2022-02-01'],
  jurisdiction: ['deadlines', '--jurisdiction', 'DE', '--sick', '2022-01-03'],
  flag: ['deadlines', '--jurisdiction', 'NL', '--sick', '2022-01-03', '--colour'],
  noDate: ['deadlines', '--jurisdiction', 'NL', '--sick', '2023-02-29', '--lang', 'en'],
  french: ['deadlines', '--jurisdiction', 'BE', '--sick', '2026-01-05', '--employees', '60', '--today', '2026-02-01', '--rit-requested', '2026-01-20', '--rit-decision', 'B:2026-01-30', '--lang', 'fr'],
  frenchBad: ['deadlines', '--lang=fr', '--jurisdiction', 'BE', '--sick', '2026-01-05', '--employees', 'soixante'],
  frenchOverlap: ['deadlines', '--jurisdiction', 'BE', '--sick', '2026-01-05:2026-03-01', '--sick', '2026-02-01', '--lang', 'fr'],
  frenchFlag: ['deadlines', '--lang', 'fr', '--jurisdiction', 'BE', '--sick', '2026-01-05', '--couleur'],
  frenchCountry: ['deadlines', '--lang', 'fr', '--jurisdiction', 'DE', '--sick', '2026-01-05'],
  badLang: ['deadlines', '--jurisdiction', 'BE', '--sick', '2026-01-05', '--lang', 'de'],
  command: ['deadline'],
  legal: [
    'deadlines', '--jurisdiction', 'NL', '--sick', '2024-01-01', '--today', '2025-11-20', '--json',
    '--wage-sanction', '2025-11-10:2026-12-27', '--sanction-shortened', '2026-02-09:2026-03-02',
    '--expert-opinion', '2024-05-06:employer:suitable_work:2024-05-24', '--second-track-decision', 'yes:2024-12-20',
    '--second-track', '2025-01-15:Werkpad BV', '--labour-expert', '2024-12-10', '--safety-net', 'week_6',
    '--done', 'nl.problem_analysis:2024-02-05',
  ],
  postponed: ['deadlines', '--jurisdiction', 'NL', '--sick', '2024-01-01', '--today', '2025-09-02', '--postponed-wia', '2025-09-01:2026-03-29', '--json'],
  differentIllness: [
    'deadlines', '--jurisdiction', 'BE', '--employees', '60', '--today', '2026-02-10', '--json',
    '--sick', '2026-01-05:2026-01-31', '--sick', '2026-02-10,different-illness',
  ],
  partialAndDaysOff: ['deadlines', '--jurisdiction', 'BE', '--sick', '2026-01-05,partial=40', '--days-off', '2026-01-06', '--today', '2026-01-05', '--json'],
  sanctionTooLong: ['deadlines', '--jurisdiction', 'NL', '--sick', '2024-01-01', '--wage-sanction', '2025-11-10:2027-12-27', '--lang', 'en'],
  differentInNl: ['deadlines', '--jurisdiction', 'NL', '--sick', '2024-01-01:2024-01-10', '--sick', '2024-01-20,different-illness'],
  badOpinion: ['deadlines', '--jurisdiction', 'NL', '--sick', '2024-01-01', '--expert-opinion', '2024-05-06:doctor'],
  badRule: ['deadlines', '--jurisdiction', 'NL', '--sick', '2024-01-01', '--rule', 'nlSecondTrackStartDays=-3'],
} as const;

let runs: Record<keyof typeof CASES, Run>;

beforeAll(async () => {
  // A few at a time: each process loads TypeScript through tsx, and CI machines are small.
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  const results: Run[] = [];
  for (let i = 0; i < names.length; i += 4) {
    results.push(...(await Promise.all(names.slice(i, i + 4).map((n) => herstart([...CASES[n]])))));
  }
  runs = Object.fromEntries(names.map((n, i) => [n, results[i]!])) as typeof runs;
}, 180_000);

describe('herstart deadlines', () => {
  it('prints a Dutch table by default', () => {
    const { code, stdout, stderr } = runs.table;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Wet verbetering poortwachter');
    expect(stdout).toContain('190 ziektedagen');
    expect(stdout).toMatch(/Einde van de loondoorbetaling bij ziekte\s+zo 21 jan 2024/);
    expect(stdout).toMatch(/Probleemanalyse door de bedrijfsarts\s+zo 13 feb 2022\s+te laat\s+bedrijfsarts/);
  });

  it('prints the documented JSON shape', () => {
    const { code, stdout } = runs.json;
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['jurisdiction', 'regime', 'sickDays', 'milestones']);
    expect(out).toMatchObject({ jurisdiction: 'NL', regime: 'nl.poortwachter', sickDays: 190 });
    for (const m of out.milestones) {
      expect(Object.keys(m)).toEqual(['id', 'due', 'windowStart', 'status', 'source']);
      expect(m.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['done', 'open', 'due_soon', 'overdue']).toContain(m.status);
    }
    const dues = out.milestones.map((m: { due: string }) => m.due);
    expect(dues).toEqual([...dues].sort());
    expect(out.milestones.at(-1)).toEqual({
      id: 'nl.waiting_period_end',
      due: '2024-01-21',
      windowStart: null,
      status: 'open',
      source: expect.any(String),
    });
    expect(out.milestones.find((m: { id: string }) => m.id === 'nl.first_year_evaluation').windowStart).toBe('2022-12-05');
  });

  it('speaks English with --lang en and shows a BE trajectory', () => {
    const { code, stdout } = runs.english;
    expect(code).toBe(0);
    expect(stdout).toContain('Belgian rules for incapacity from 2026');
    expect(stdout).toMatch(/Appeal against decision B\s+Fri 20 Feb 2026\s+planned\s+employee/);
    expect(stdout).toMatch(/Request a re-integration trajectory\s+Sun 5 Jul 2026\s+done/);
  });

  it('prints the table in French with --lang fr: Belgian terms, French dates', () => {
    const { code, stdout, stderr } = runs.french;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Belgique · Règles belges pour une incapacité de travail à partir de 2026');
    expect(lines[1]).toBe('Premier jour de maladie lun. 5 janv. 2026 · 28 jours de maladie jusqu’au dim. 1 févr. 2026 inclus');
    expect(stdout).toMatch(/Étape\s+Au plus tard\s+À partir du\s+Statut\s+Qui/);
    expect(stdout).toMatch(/Remettre le certificat médical à l’employeur\s+mar\. 6 janv\. 2026\s+en retard\s+travailleur/);
    expect(stdout).toMatch(/Décision du conseiller en prévention-médecin du travail \(A, B ou C\)\s+.+\s+fait\s+médecin du travail/);
    expect(stdout).toMatch(/Recours contre la décision B\s+ven\. 20 févr\. 2026\s+prévu\s+travailleur/);
    expect(stdout).toMatch(/Demander un trajet de réintégration\s+dim\. 5 juil\. 2026\s+fait\s+RH/);
    expect(stdout).not.toMatch(/arbeidsarts|Beroep|gepland/);
  });

  it('takes the Dutch legal events and moves the timeline (art. 25 WIA sanction, shortened; safety net; second track)', () => {
    const { code, stdout, stderr } = runs.legal;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const due = Object.fromEntries(JSON.parse(stdout).milestones.map((m: { id: string; due: string; status: string }) => [m.id, [m.due, m.status]]));
    expect(due['nl.waiting_period_end']).toEqual(['2026-04-13', 'open']); // 6 weeks after the shortening decision
    expect(due['nl.sanction_shortening_decision']).toEqual(['2026-03-02', 'done']);
    expect(due['nl.safety_net_report']).toEqual(['2024-02-11', 'overdue']);
    expect(due['nl.uwv_42_week']).toBeUndefined();
    expect(due['nl.second_track_start']).toEqual(['2025-01-31', 'done']);
    expect(due['nl.labour_expert_assessment']).toEqual(['2024-12-10', 'done']);
    expect(due['nl.expert_opinion']).toEqual(['2024-06-03', 'done']);
    expect(due['nl.problem_analysis']).toEqual(['2024-02-11', 'done']);
  });

  it('moves the WIA application with a postponement (art. 24 and 64 WIA)', () => {
    const out = JSON.parse(runs.postponed.stdout);
    const due = Object.fromEntries(out.milestones.map((m: { id: string; due: string }) => [m.id, m.due]));
    expect(due).toMatchObject({ 'nl.wia_application': '2026-01-11', 'nl.current_assessment': '2025-12-28', 'nl.waiting_period_end': '2026-03-29' });
  });

  it('starts a new BE incapacity for a different-illness relapse, and reads partial periods and days off', () => {
    const other = JSON.parse(runs.differentIllness.stdout);
    expect(other.sickDays).toBe(1);
    expect(other.milestones.find((m: { id: string }) => m.id === 'be.rit_request').due).toBe('2026-08-10');
    const partial = JSON.parse(runs.partialAndDaysOff.stdout);
    expect(partial.milestones.find((m: { id: string }) => m.id === 'be.medical_certificate').due).toBe('2026-01-07');
  });

  it.each([
    ['sanctionTooLong', /--wage-sanction: 2027-12-27 is outside the term/],
    ['differentInNl', /different-illness geldt alleen voor BE/],
    ['badOpinion', /--expert-opinion 2024-05-06:doctor: gebruik REQUESTED:employer\|employee/],
    ['badRule', /rules\.nlSecondTrackStartDays/],
    ['endBeforeStart', /2022-07-03 tot 2022-01-03 eindigt vóór ze begint/],
    ['overlap', /periodes vanaf 2022-01-03 en vanaf 2022-02-01 overlappen/],
    ['jurisdiction', /onbekend land DE/],
    ['flag', /onbekende optie --colour/],
    ['noDate', /--sick 2023-02-29: 2023-02-29 is not an existing date/],
    ['command', /unknown command "deadline"/],
    ['frenchBad', /--employees soixante : indiquez le nombre de travailleurs en nombre entier à partir de 1/],
    ['frenchOverlap', /les périodes à partir du 2026-01-05 et du 2026-02-01 se chevauchent/],
    ['frenchFlag', /option inconnue --couleur/],
    ['frenchCountry', /pays inconnu DE : choisissez NL ou BE/],
    ['badLang', /--lang de: kies nl, en of fr/],
  ] as const)('bad input (%s): exit code 2 and one line naming the problem', (name, message) => {
    const { code, stdout, stderr } = runs[name];
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
  });
});
