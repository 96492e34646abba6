// "help" / "hulp": what Herstart does, the commands, a privacy note. An employee gets their own
// (check-ins/employee-help.ts).
import type { CardMessage, CoreReply } from '../messages';
import type { FlowContext } from '../flow-context';
import { isHr } from '../access';
import { employeeCase, employeeHelpCard } from '../checkins/employee-help';

export function helpCard(fc: FlowContext) {
  const { t, person } = fc.session;
  return fc.card(
    'help',
    {
      title: t.help.title,
      intro: t.help.intro,
      commands: t.help.commands,
      privacyTitle: t.help.privacyTitle,
      // The same as "my cases" shows this person: their own cases, or (HR, administrator) everyone's.
      privacy: `${t.help.privacy} ${isHr(person) ? t.help.whoSees.hr : t.help.whoSees.manager}`,
      reportLabel: t.help.report,
      casesLabel: t.help.myCases,
    },
    t.help.title,
  );
}

/** The help for whoever asks: the employee's own, or the manager's and HR's. */
export async function helpFor(fc: FlowContext): Promise<CardMessage> {
  const c = await employeeCase(fc);
  return c ? employeeHelpCard(fc, c) : helpCard(fc);
}

export async function showHelp(fc: FlowContext): Promise<CoreReply> {
  return { messages: [await helpFor(fc)] };
}
