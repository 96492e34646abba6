// The app's own page (Slack's App Home): the person's open cases with the next contact and the
// next legal step, and the ways to start. A summary, so it shows the most urgent cases only.
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { caseListItem } from '../case-view';
import { visibleCases } from './cases';
import { firstAdminSetup } from './install';
import { employeeCase, employeeHelpCard } from '../checkins/employee-help';

/** Each case takes about four blocks; Slack's home tab holds 100. */
export const HOME_CASE_LIMIT = 15;

export async function showHome(fc: FlowContext): Promise<CoreReply> {
  const { t, newTenant } = fc.session;
  // An employee has no cases to manage: their page is about their check-ins.
  const ownCase = await employeeCase(fc);
  if (ownCase) return { messages: [await employeeHelpCard(fc, ownCase)] };
  const { asHr, views } = await visibleCases(fc);
  const shown = views.slice(0, HOME_CASE_LIMIT);
  const home = fc.card(
    'home',
    {
      title: t.home.title,
      intro: t.home.intro,
      reportLabel: t.help.report,
      helpLabel: t.home.help,
      casesTitle: asHr ? t.cases.hrTitle : t.cases.title,
      empty: t.cases.empty,
      openLabel: t.cases.open,
      cases: shown.map((v) => caseListItem(fc, v)),
      more: views.length > shown.length ? t.home.more(views.length - shown.length) : '',
    },
    t.home.title,
  );
  return { messages: [...firstAdminSetup(fc, newTenant), home] };
}
