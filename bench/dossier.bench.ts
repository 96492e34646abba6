// npm run bench:dossier — the case file of a two-year Dutch case (104 weeks, 100 conversations,
// 20 evaluations): how long its content and its PDF take, and that memory stays level over many
// renders. Prints figures; asserts nothing but that the file is what it claims to be.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildCaseExport, buildCaseFile } from '../src/domain/dossier';
import { renderCaseFilePdf } from '../src/pdf/case-file-pdf';
import { twoYearCase } from './dossier-fixture';

const RUNS = Number(process.env.RUNS ?? 20);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

function stats(xs: number[]): { median: number; p90: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p90: s[Math.floor(s.length * 0.9)]!, max: s[s.length - 1]! };
}

async function main(): Promise<void> {
  const { c, records, names, today } = twoYearCase();
  const input = { c, records, names, moment: { today, generatedAt: 'ma 8 jan 2026 09:00' }, locale: 'nl-NL' as const };
  const counts = records.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }), {});
  console.log(`case: ${c.sickPeriods.length} sick period, ${records.length} records (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')})`);

  const coldStart = performance.now();
  const first = await renderCaseFilePdf(buildCaseFile(input));
  console.log(`first render (loads fonts, warms up): ${ms(performance.now() - coldStart)}, ${(first.length / 1024).toFixed(0)} KB`);
  const pages = (first.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

  const content: number[] = [];
  const pdf: number[] = [];
  const json: number[] = [];
  const cpu: number[] = [];
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const heapAfterEach: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const u0 = process.cpuUsage();
    const t0 = performance.now();
    const file = buildCaseFile(input);
    const t1 = performance.now();
    await renderCaseFilePdf(file);
    const t2 = performance.now();
    const u = process.cpuUsage(u0);
    cpu.push((u.user + u.system) / 1000);
    JSON.stringify(buildCaseExport({ c, records, names, today, exportedAt: new Date(0).toISOString() }));
    const t3 = performance.now();
    content.push(t1 - t0);
    pdf.push(t2 - t1);
    json.push(t3 - t2);
    global.gc?.();
    heapAfterEach.push(process.memoryUsage().heapUsed);
  }
  const total = content.map((x, i) => x + pdf[i]!);
  const line = (label: string, xs: number[]) => {
    const s = stats(xs);
    console.log(`${label.padEnd(34)} median ${ms(s.median).padStart(7)}   p90 ${ms(s.p90).padStart(7)}   max ${ms(s.max).padStart(7)}`);
  };
  console.log(`\n${RUNS} warm renders, ${pages} pages each:`);
  line('content (pure function)', content);
  line('PDF (pdfkit)', pdf);
  line('content + PDF', total);
  line('content + PDF, CPU time', cpu);
  line('JSON export', json);
  const s = stats(total);
  const cs = stats(cpu);
  const load = loadavg()[0]!;
  console.log(`\nunder 1 s: CPU ${cs.median < 1000 ? 'yes' : 'NO'} (median ${ms(cs.median)}, ${(1000 / cs.median).toFixed(1)} files/s per core); wall ${s.median < 1000 ? 'yes' : 'NO'} (median ${ms(s.median)})`);
  console.log(`load average ${load.toFixed(1)} on ${cpus().length} cores: above ${cpus().length} the wall time includes waiting for a CPU; the CPU time is what a render costs`);
  const firstHalf = heapAfterEach.slice(0, Math.floor(RUNS / 2));
  const secondHalf = heapAfterEach.slice(Math.floor(RUNS / 2));
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `memory: heap before ${mb(heapBefore)}, after ${RUNS} renders ${mb(heapAfterEach.at(-1)!)}; ` +
      `mean heap first half ${mb(avg(firstHalf))}, second half ${mb(avg(secondHalf))} (${global.gc ? 'after gc' : 'run with --expose-gc for exact figures'}); ` +
      `rss ${mb(rssBefore)} -> ${mb(process.memoryUsage().rss)}`,
  );
}

void main();
