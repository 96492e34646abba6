// `herstart simulate` as a user runs it: a real process, `node bin/herstart.js simulate ...`.
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
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const CASES = {
  json: ['simulate', '--jurisdiction', 'NL', '--from', '2026-01-05', '--weeks', '60', '--json'],
  table: ['simulate', '--jurisdiction', 'BE', '--from', '2026-01-05', '--weeks', '12', '--employees', '60', '--lang', 'en'],
  badDate: ['simulate', '--jurisdiction', 'NL', '--from', '2026-02-30', '--lang', 'en'],
  badCountry: ['simulate', '--jurisdiction', 'DE', '--from', '2026-01-05'],
  noFrom: ['simulate', '--jurisdiction', 'NL'],
  badWeeks: ['simulate', '--jurisdiction', 'NL', '--from', '2026-01-05', '--weeks', '0', '--lang', 'en'],
  flag: ['simulate', '--jurisdiction', 'NL', '--from', '2026-01-05', '--people', '3'],
  french: ['simulate', '--jurisdiction', 'BE', '--from', '2026-01-05', '--weeks', '12', '--employees', '60', '--lang', 'fr'],
  frenchWeeks: ['simulate', '--jurisdiction', 'BE', '--from', '2026-01-05', '--weeks', 'douze', '--lang', 'fr'],
} as const;

let runs: Record<keyof typeof CASES, Run>;

beforeAll(async () => {
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  const results = await Promise.all(names.map((n) => herstart([...CASES[n]])));
  runs = Object.fromEntries(names.map((n, i) => [n, results[i]!])) as Record<keyof typeof CASES, Run>;
}, 90_000);

describe('herstart simulate', () => {
  it('prints the documented JSON: every message with its local time, recipient, kind, milestone and rule', () => {
    const { code, stdout, stderr } = runs.json;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['at', 'to', 'kind', 'milestone', 'rule']);
      expect(r.at).toMatch(/^\d{4}-\d{2}-\d{2}T(09|1[0-6]):\d{2}:\d{2}\+0[12]:00$/);
      expect(['manager', 'hr', 'employee']).toContain(r.to);
    }
    // Times run forward, within the 60 weeks.
    const times = rows.map((r) => Date.parse(String(r.at)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(String(rows.at(-1)!.at) < '2027-02-29').toBe(true);
    // The first contact is asked for on the next working day, then weekly while nobody answers.
    expect(rows.find((r) => r.kind === 'contact')).toEqual({ at: '2026-01-06T09:00:00+01:00', to: 'manager', kind: 'contact', milestone: null, rule: null });
    // The plan of action (due Sunday 1 March) is reminded a week ahead and on the Friday before.
    expect(rows.filter((r) => r.milestone === 'nl.action_plan' && r.kind === 'milestone').slice(0, 2).map((r) => r.at)).toEqual([
      '2026-02-20T09:00:00+01:00',
      '2026-02-27T09:00:00+01:00',
    ]);
    // Escalations reach HR: each overdue duty once, and the unanswered nudges once.
    const escalations = rows.filter((r) => r.kind === 'escalation');
    expect(escalations.every((r) => r.to === 'hr')).toBe(true);
    expect(escalations.filter((r) => r.rule === 'nudges_unanswered')).toEqual([
      { at: '2026-01-21T09:00:00+01:00', to: 'hr', kind: 'escalation', milestone: null, rule: 'nudges_unanswered' },
    ]);
    expect(escalations.filter((r) => r.rule === 'milestone_overdue').map((r) => r.milestone)).toEqual(
      expect.arrayContaining(['nl.arbo_report', 'nl.problem_analysis', 'nl.action_plan', 'nl.uwv_42_week']),
    );
    expect(rows.some((r) => r.milestone === 'nl.uwv_42_week' && r.to === 'hr' && r.kind === 'milestone')).toBe(true);
    // The employee is invited to check-ins once; nothing more is asked without a yes.
    expect(rows.filter((r) => r.to === 'employee').map((r) => r.kind)).toEqual(['checkin_invite']);
  });

  it('prints a table in English for Belgium, with the totals per role', () => {
    const { code, stdout } = runs.table;
    expect(code).toBe(0);
    expect(stdout).toContain('Simulation BE: first sick day Mon 5 Jan 2026, 12 weeks, nobody responds');
    expect(stdout).toMatch(/2026-01-06 09:00 +#\d+ +manager +contact/);
    expect(stdout).toMatch(/HR +legal step +be\.work_potential_request/);
    expect(stdout).toMatch(/^manager: \d+ messages/m);
    expect(stdout).toMatch(/^HR: \d+ messages/m);
    expect(stdout).toMatch(/employee +check-in invitation/);
  });

  it('prints the same table in French with --lang fr', () => {
    const { code, stdout } = runs.french;
    expect(code).toBe(0);
    expect(stdout).toContain('Simulation BE : premier jour de maladie lun. 5 janv. 2026, 12 semaines, personne ne réagit');
    expect(stdout).toMatch(/2026-01-06 09:00 +#\d+ +responsable +contact/);
    expect(stdout).toMatch(/RH +étape légale +be\.work_potential_request \(Demander au conseiller en prévention-médecin du travail/);
    expect(stdout).toMatch(/RH +alerte +règle milestone_overdue/);
    expect(stdout).toMatch(/^responsable : \d+ messages/m);
    expect(stdout).toMatch(/travailleur +invitation check-in/);
  });

  it.each([
    ['frenchWeeks', /--weeks douze : indiquez un nombre entier de semaines de 1 à/],
    ['badDate', /--from 2026-02-30 is not an existing date/],
    ['badCountry', /onbekend land DE: kies NL of BE/],
    ['noFrom', /--from ontbreekt/],
    ['badWeeks', /--weeks 0: give a whole number of weeks from 1 to/],
    ['flag', /onbekende optie --people/],
  ] as const)('bad input (%s): exit code 2 and one line', (name, message) => {
    const { code, stdout, stderr } = runs[name];
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
