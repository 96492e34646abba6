// Which escalations wait for HR: those sent whose item HR has not answered since (take it on,
// seen, again in a week). Read from the same reminders and `escalation_state` records the cards
// use, so the workspace and the cards never disagree.
import type { CaseRecord, Reminder } from '../../store/types';
import { payloadOf } from '../../scheduler/reminder-ids';

export interface EscalationGroup {
  caseId: string;
  items: string[];
  /** When the oldest of them went out. */
  sentAt: string;
  /** The latest answer to any of them (null while waiting). */
  answeredAt: string | null;
}

export interface EscalationQueue {
  waiting: EscalationGroup[];
  /** Answered, newest answer first. */
  answered: EscalationGroup[];
}

export function escalationQueue(sent: readonly Reminder[], states: readonly CaseRecord[]): EscalationQueue {
  const lastAnswer = new Map<string, string>();
  for (const s of states) {
    const items = Array.isArray(s.data.items) ? (s.data.items as unknown[]).map(String) : [];
    for (const item of items) if ((lastAnswer.get(item) ?? '') < s.createdAt) lastAnswer.set(item, s.createdAt);
  }
  const waiting = new Map<string, EscalationGroup>();
  const answered = new Map<string, EscalationGroup>();
  for (const r of sent) {
    if (r.state !== 'sent' || !r.caseId) continue;
    const item = payloadOf(r).item;
    const sentAt = r.sentAt ?? r.dueAt;
    const answer = lastAnswer.get(item) ?? null;
    // An answer older than this send (a snooze that ran out) leaves it waiting again.
    const target = answer && answer >= sentAt ? answered : waiting;
    const group = target.get(r.caseId) ?? { caseId: r.caseId, items: [], sentAt, answeredAt: null };
    if (!group.items.includes(item)) group.items.push(item);
    if (sentAt < group.sentAt) group.sentAt = sentAt;
    if (target === answered && answer && (group.answeredAt ?? '') < answer) group.answeredAt = answer;
    target.set(r.caseId, group);
  }
  // A case whose items are partly answered and partly waiting shows under waiting only.
  for (const id of waiting.keys()) answered.delete(id);
  return {
    waiting: [...waiting.values()].sort((a, b) => a.sentAt.localeCompare(b.sentAt)),
    answered: [...answered.values()].sort((a, b) => (b.answeredAt ?? '').localeCompare(a.answeredAt ?? '')),
  };
}

/** Open escalations per case, for the cases table. */
export function waitingPerCase(queue: EscalationQueue): Map<string, number> {
  return new Map(queue.waiting.map((g) => [g.caseId, g.items.length]));
}
