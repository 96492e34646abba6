// Short pages: for an employee who signs in, after signing out, and when something is refused.
import type { WebTexts } from '../i18n';
import { html, md, type Markup } from '../markup';

export function employeePage(t: WebTexts): Markup {
  return html`<h1>${t.employee.title}</h1><p>${md(t.employee.body)}</p>`;
}

export function messagePage(title: string, body: string): Markup {
  return html`<h1>${title}</h1><p>${md(body)}</p>`;
}
