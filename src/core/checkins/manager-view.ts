// What the manager sees of an employee's check-ins, in the conversation guide: a trend, the
// requests addressed to them and the notes shared with them. HR never gets this view: HR sees
// only what an escalation carries.
import type { Case } from '../../domain/case';
import { managerTrend, type ScaleTrend } from '../../domain/checkins/trend';
import type { FlowContext } from '../flow-context';
import type { CardMessage } from '../messages';
import { shortDate } from '../time';
import { forCase, loadEnrolment } from './enrolment';
import { answersOf, wishlistsOf } from './records';
import { checkinTexts } from './texts';
import { wishlistLines } from './wishlist-flow';

export async function managerCheckinCard(fc: FlowContext, c: Case, employeeName: string): Promise<CardMessage | null> {
  const { tenant, lang } = fc.session;
  const enrolment = forCase(await loadEnrolment(fc.store, tenant.id, c.employeeId), c.id);
  // Not invited yet: nothing to say. Declined or stopped: said once, without pressure.
  if (!enrolment || enrolment.status === 'invited') return null;
  const ct = checkinTexts(lang);
  const m = ct.manager;
  const answers = (await answersOf(fc.store, tenant.id, c.employeeId, c.id)).map((a) => a.data);
  const trend = managerTrend(answers);
  const line = (s: ScaleTrend | null) => (s ? m.trend(s.direction ? m.direction[s.direction] : m.tooEarly, m.level[s.level]) : null);
  const facts: Array<{ title: string; value: string }> = [];
  const energy = line(trend.energy);
  const progress = line(trend.progress);
  if (energy) facts.push({ title: m.energy, value: energy });
  if (progress) facts.push({ title: m.progress, value: progress });
  if (trend.lastOn) facts.push({ title: m.lastOn, value: shortDate(trend.lastOn, lang) });
  const intro = enrolment.status === 'stopped' && answers.length === 0 ? m.notEnrolled : answers.length === 0 ? m.noAnswers : m.intro;
  return fc.card(
    'checkin-trend',
    {
      title: m.title(employeeName),
      intro,
      facts,
      requestsTitle: m.requests,
      noRequests: m.noRequests,
      requests: trend.requests.map((r) => `${ct.form.helpChoices[r.help]} (${shortDate(r.on, lang)})`),
      notesTitle: m.notes,
      notes: trend.sharedNotes.map((n) => `${n.note} (${shortDate(n.on, lang)})`),
    },
    m.title(employeeName),
  );
}

/** The employee's newest wish list for this case as lines in the manager's language, if the employee shared it. */
export async function sharedWishlistLines(fc: FlowContext, c: Pick<Case, 'id' | 'employeeId'>): Promise<string[]> {
  const latest = (await wishlistsOf(fc.store, fc.session.tenant.id, c.employeeId, c.id)).pop();
  if (!latest || !latest.data.sharedWithManager) return [];
  const lines = wishlistLines(latest.data, fc.session.lang);
  return lines.length ? lines : latest.data.items;
}
