// Shared steps for the check-in tests over HTTP: reading replies, pressing buttons, running the tick.
import type { TestApp } from './app-harness';
import type { RecordedCall } from './fake-connector';
import { cardOf, cardText, inputOf, submitActions, type TeamsConversation, type TeamsUser } from './teams-client';

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

export interface ReportedCase {
  tenantId: string;
  caseId: string;
  employeeId: string;
  /** What the bot answered to the sickness report. */
  reported: RecordedCall[];
}

/**
 * The start of most journeys: the manager installs Herstart in her chat and in a team with the
 * employee in it, then reports the employee sick through the intake card.
 */
export async function reportedCase(
  t: TestApp,
  manager: TeamsUser,
  employee: TeamsUser,
  firstSickDay: string,
  team: TeamsConversation = { id: '19:team-general@thread.tacv2', conversationType: 'channel' },
): Promise<ReportedCase> {
  await t.teams.install(manager);
  t.connector.setRoster(team.id, [manager, employee].map((u) => ({ id: `29:${u.id}`, name: u.name, aadObjectId: u.aadObjectId })));
  await t.teams.install(manager, team);
  const intake = cardWith(await t.teams.say(manager, 'ziekmelding'), 'intake.submit');
  const employeeId = inputOf(intake, 'employeeId').choices.find((c: any) => c.title === employee.name).value;
  const reported = await t.teams.submit(manager, 'x', { ...actionData(intake, 'intake.submit'), employeeId, firstSickDay, expected: 'weeks' });
  const tenantId = (await t.app.store.tenants.findByChannelKey(`teams:${t.teams.tenantId}`))!.value.id;
  const caseId = (await t.app.store.cases.list(tenantId, { employeeId }))[0]!.value.id;
  return { tenantId, caseId, employeeId, reported };
}
