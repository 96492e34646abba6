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

/** Runs the reminder tick once, as the scheduler does, and returns what the connector received meanwhile. */
export async function tick(t: TestApp): Promise<RecordedCall[]> {
  const before = t.connector.calls.length;
  const claimed = await t.app.store.reminders.claimDue({ now: t.clock.now(), leaseMs: 60_000, owner: 'test', limit: 100 });
  for (const c of claimed) if (t.app.checkins.dispatch.handles(c.value)) await t.app.checkins.dispatch.deliverClaimed(c);
  return t.connector.calls.slice(before).filter((c) => c.body && c.body.type);
}
