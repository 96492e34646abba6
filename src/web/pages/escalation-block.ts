// An escalation as HTML, from the very card data the chat shows (escalationCard): the same
// facts, reasons and state, and the same three answers as buttons posting to the same handlers.
import type { CardMessage } from '../../core/messages';
import { html, type Markup } from '../markup';

interface CardData {
  caseId: string;
  items: string;
  title: string;
  intro: string;
  facts: Array<{ title: string; value: string }>;
  whyTitle: string;
  reasons: Array<{ text: string }>;
  overdueTitle: string;
  overdue: Array<{ text: string }>;
  state: string;
  taken: boolean;
  labels: { take: string; acknowledge: string; snooze: string; open: string };
}

export interface BlockOptions {
  /** Show the answer buttons (HR, on a waiting or not yet taken escalation). */
  actions: boolean;
  csrf: string | null;
  /** Makes this press's submit id: a double click of one form is recorded once. */
  formId: string;
  /** Heading level inside the page. */
  level: 2 | 3;
  openCase: string | null;
  /** Where the browser returns after an answer. */
  back: string;
}

export function escalationBlock(card: CardMessage, o: BlockOptions): Markup {
  const d = card.data as unknown as CardData;
  const heading = o.level === 2 ? html`<h2>${d.title}</h2>` : html`<h3>${d.title}</h3>`;
  return html`<article class="escalation${d.state ? ' answered' : ''}">
${heading}
<dl class="summary">${d.facts.map((f) => html`<div><dt>${f.title}</dt><dd>${f.value}</dd></div>`)}</dl>
<p class="why">${d.whyTitle}</p>
<ul>${d.reasons.map((r) => html`<li>${r.text}</li>`)}</ul>
${d.overdue.length > 0 ? html`<p class="why">${d.overdueTitle}</p><ul class="late">${d.overdue.map((r) => html`<li>${r.text}</li>`)}</ul>` : ''}
${d.state ? html`<p class="state" role="status">${d.state}</p>` : ''}
${
  o.actions && !d.taken
    ? html`<form method="post" action="/escalations/act" class="answers">
${o.csrf ? html`<input type="hidden" name="csrf" value="${o.csrf}">` : ''}
<input type="hidden" name="caseId" value="${d.caseId}"><input type="hidden" name="items" value="${d.items}"><input type="hidden" name="form" value="${o.formId}"><input type="hidden" name="back" value="${o.back}">
<button type="submit" name="action" value="escalation.take" class="primary">${d.labels.take}</button>
<button type="submit" name="action" value="escalation.ack">${d.labels.acknowledge}</button>
<button type="submit" name="action" value="escalation.snooze">${d.labels.snooze}</button>
</form>`
    : ''
}
${o.openCase ? html`<p><a href="${o.openCase}">${d.labels.open}</a></p>` : ''}
</article>`;
}
