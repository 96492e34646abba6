// Shared steps for the check-in tests over HTTP: reading replies, pressing buttons, running the tick.
import type { TestApp } from './app-harness';
import type { RecordedCall } from './fake-connector';
import { cardOf, cardText, submitActions } from './teams-client';

export function shown(calls: RecordedCall[]): string {
  return calls.map((c) => c.body.text ?? cardText(cardOf(c))).join('\n');
}

export function cardWith(calls: RecordedCall[], action: string): any {
  const card = [...calls].reverse().map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === action));
  if (!card) throw new Error(`no card with ${action} in:\n${shown(calls)}`);
  return card;
}

export function actionData(card: any, action: string, extra: Record<string, string> = {}): Record<string, unknown> {
  const found = submitActions(card).find((a) => a.data.action === action && Object.entries(extra).every(([k, v]) => a.data[k] === v));
  if (!found) throw new Error(`no ${action} action`);
  return found.data;
}

/**
 * Runs the application's own scheduler tick once (everything due goes out: check-ins, nudges,
 * escalations) and returns the activities the connector received meanwhile, only those `where`
 * accepts when given (a test about the employee leaves out the manager's nudges).
 */
export async function tick(t: TestApp, where: (c: RecordedCall) => boolean = () => true): Promise<RecordedCall[]> {
  const before = t.connector.calls.length;
  await t.app.scheduling.scheduler.tick();
  return t.connector.calls.slice(before).filter((c) => c.body && c.body.type && where(c));
}

/** Calls to any conversation but these (by id). */
export function notTo(...conversationIds: string[]): (c: RecordedCall) => boolean {
  return (c) => !conversationIds.includes(c.conversationId ?? '');
}
