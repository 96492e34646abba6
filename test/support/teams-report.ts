// Reporting a colleague sick through Teams, as a manager does it: a mention, then the intake form.
import type { TestApp } from './app-harness';
import { cardOf, cardText, submitActions, type TeamsUser } from './teams-client';

const mention = (u: TeamsUser) => ({ type: 'mention', mentioned: { id: `29:${u.id}`, name: u.name }, text: `<at>${u.name}</at>` });

/** `manager` reports `employee` sick through the intake form; returns the new case's id. */
export async function report(t: TestApp, tenantId: string, manager: TeamsUser, employee: TeamsUser, firstSickDay = '2026-03-02'): Promise<string> {
  const before = new Set((await t.app.store.cases.list(tenantId)).map((c) => c.value.id));
  // Teams tells who a mention is: the colleague is the same person as when they open Herstart themselves.
  t.connector.setRoster(t.teams.personal(manager).id, [{ id: `29:${employee.id}`, name: employee.name, aadObjectId: employee.aadObjectId }]);
  const replies = await t.teams.say(manager, `ziekmelding <at>${employee.name}</at>`, undefined, [mention(employee)]);
  const card = replies.map(cardOf).find((c) => c && submitActions(c).some((a) => a.data.action === 'intake.submit'));
  if (!card) throw new Error(`no intake form: ${replies.map((c) => c.body.text ?? cardText(cardOf(c))).join(' | ')}`);
  const submit = submitActions(card).find((a) => a.data.action === 'intake.submit')!.data;
  await t.teams.submit(manager, 'card', { ...submit, firstSickDay, expected: 'unknown' });
  const created = (await t.app.store.cases.list(tenantId)).find((c) => !before.has(c.value.id));
  if (!created) throw new Error('no case was opened');
  return created.value.id;
}

