// How fast the deadline engine is: the scheduler recomputes every open case on each tick.
// Prints figures; asserts nothing. Run with `npm run bench:deadlines`.
import type { CaseFacts } from '../src/domain/deadlines';
import { computeDeadlines } from '../src/domain/deadlines';
import { addDays } from '../src/domain/dates';

function randomCases(count: number, seed = 42): CaseFacts[] {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
  const cases: CaseFacts[] = [];
  for (let i = 0; i < count; i++) {
    const start = addDays('2024-01-01', rand(900));
    const relapse = rand(3) === 0;
    const firstEnd = addDays(start, 20 + rand(200));
    cases.push({
      jurisdiction: rand(2) === 0 ? 'NL' : 'BE',
      employerSize: 5 + rand(200),
      sickPeriods: relapse
        ? [
            { start, end: firstEnd, kind: 'full' },
            { start: addDays(firstEnd, 1 + rand(20)), end: null, kind: 'partial', percentage: 50 },
          ]
        : [{ start, end: null, kind: 'full' }],
      milestonesDone: [
        { id: 'nl.problem_analysis', on: addDays(start, 30) },
        { id: 'nl.evaluation', on: addDays(start, 90) },
      ],
    });
  }
  return cases;
}

function run(label: string, cases: CaseFacts[], today: string): void {
  const t0 = process.hrtime.bigint();
  let milestones = 0;
  for (const c of cases) milestones += computeDeadlines(c, today).milestones.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const perCase = (ms * 1000) / cases.length;
  console.log(`${label}: ${cases.length} cases in ${ms.toFixed(1)} ms, ${perCase.toFixed(1)} µs per case, ${milestones} milestones`);
}

const cases = randomCases(20_000);
run('cold (loads holiday calendars)', cases.slice(0, 1), '2026-06-01');
run('warm', cases, '2026-06-01');
run('warm again', cases, '2026-06-02');
