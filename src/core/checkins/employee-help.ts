// The employee's own welcome and help. Someone whose only role is employee and who has an open
// case of their own is here for check-ins, not to report sickness or manage cases: they read what
// check-ins are, the words they can type, and who sees what (the invitation's own promise).
import type { Case } from '../../domain/case';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CardMessage, OutboundMessage } from '../messages';
import { forCase, loadEnrolment } from './enrolment';
import { employeeHelpTexts } from './help-texts';
import { openCaseOf } from './records';
import { checkinTexts } from './texts';

/** The open case of someone who is only an employee here; null for everyone else. */
export async function employeeCase(fc: FlowContext): Promise<Case | null> {
  const { person, tenant } = fc.session;
  if (person.roles.length === 0 || person.roles.some((r) => r !== 'employee')) return null;
  return openCaseOf(fc.store, tenant.id, person.id);
}

export async function employeeHelpCard(fc: FlowContext, c: Case): Promise<CardMessage> {
  const { lang, tenant, person } = fc.session;
  const h = employeeHelpTexts(lang);
  const ct = checkinTexts(lang);
  const enrolment = forCase(await loadEnrolment(fc.store, tenant.id, person.id), c.id);
  // An invitation still waiting for its day has not been seen: nothing to say about it yet.
  const status = !enrolment || (enrolment.status === 'invited' && !enrolment.invitedOn) ? '' : ct.mine.status[enrolment.status];
  return fc.card(
    'employee-help',
    {
      title: h.title,
      intro: h.intro,
      status,
      commandsTitle: h.commandsTitle,
      commands: h.commands,
      whoTitle: h.whoTitle,
      who: ct.invite.who,
      labels: { start: h.start, mine: h.mine },
    },
    h.title,
  );
}

/** The welcome when an employee opens the app: a greeting and their help card. */
export async function employeeWelcome(fc: FlowContext, c: Case): Promise<OutboundMessage[]> {
  return [text(employeeHelpTexts(fc.session.lang).welcome(fc.session.person.displayName)), await employeeHelpCard(fc, c)];
}
