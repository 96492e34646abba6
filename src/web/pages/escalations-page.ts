// Escalations: what waits for HR, as the cards in the chat show it, with the same answers; and
// what was answered recently, with who answered.
import type { CardMessage } from '../../core/messages';
import type { WebTexts } from '../i18n';
import { html, type Markup } from '../markup';
import { escalationBlock } from './escalation-block';

export interface EscalationsPageInput {
  t: WebTexts;
  waiting: Array<{ caseId: string; card: CardMessage }>;
  answered: Array<{ caseId: string; card: CardMessage }>;
  csrf: string | null;
  formId: string;
}

export function escalationsPage(p: EscalationsPageInput): Markup {
  const { t } = p;
  const open = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
  return html`<h1>${t.escalations.title}</h1>
<p class="lead">${t.escalations.intro}</p>
<h2>${t.escalations.waiting}</h2>
${p.waiting.length === 0 ? html`<p>${t.escalations.noneWaiting}</p>` : p.waiting.map((e, i) => escalationBlock(e.card, { actions: true, csrf: p.csrf, formId: `${p.formId}-${i}`, level: 3, openCase: open(e.caseId), back: '/escalations' }))}
<h2>${t.escalations.handled}</h2>
${p.answered.length === 0 ? html`<p>${t.escalations.noneHandled}</p>` : p.answered.map((e, i) => escalationBlock(e.card, { actions: true, csrf: p.csrf, formId: `${p.formId}-a${i}`, level: 3, openCase: open(e.caseId), back: '/escalations' }))}`;
}
