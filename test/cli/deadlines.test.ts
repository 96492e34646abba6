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
  command: ['deadline'],
} as const;

let runs: Record<keyof typeof CASES, Run>;

beforeAll(async () => {
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  const results = await Promise.all(names.map((n) => herstart([...CASES[n]])));
  runs = Object.fromEntries(names.map((n, i) => [n, results[i]!])) as typeof runs;
});

describe('herstart deadlines', () => {
  it('prints a Dutch table by default', () => {
    const { code, stdout, stderr } = runs.table;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Wet verbetering poortwachter');
    expect(stdout).toContain('190 ziektedagen');
    expect(stdout).toMatch(/Einde van 104 weken loondoorbetaling\s+zo 21 jan 2024/);
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

  it.each([
    ['endBeforeStart', /2022-07-03 tot 2022-01-03 eindigt vóór ze begint/],
    ['overlap', /periodes vanaf 2022-01-03 en vanaf 2022-02-01 overlappen/],
    ['jurisdiction', /onbekend land DE/],
    ['flag', /onbekende optie --colour/],
    ['noDate', /--sick 2023-02-29: 2023-02-29 is not an existing date/],
    ['command', /unknown command "deadline"/],
  ] as const)('bad input (%s): exit code 2 and one line naming the problem', (name, message) => {
    const { code, stdout, stderr } = runs[name];
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
  });
});
