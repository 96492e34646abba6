// Dates and labels as the pages print them: the chat's own formats and words.
import type { Lang } from '../../core/i18n';
import { daysFrom, shortDate } from '../../core/time';
import { texts } from '../../core/i18n';
import type { IsoDate } from '../../domain/case';
import { html, type Markup } from '../markup';

export function day(date: IsoDate | null | undefined, lang: Lang, none = '—'): string {
  return date ? shortDate(date, lang) : none;
}

/** A date with how far away it is, in a <time> element: "ma 9 mrt 2026 (over 4 dagen)". */
export function dayAndDistance(date: IsoDate | null, today: IsoDate, lang: Lang, none = '—'): Markup {
  if (!date) return html`${none}`;
  const t = texts(lang).common;
  const d = daysFrom(today, date);
  const when = d === 0 ? t.today : d > 0 ? t.inDays(d) : t.overdueBy(-d);
  return html`<time datetime="${date}">${shortDate(date, lang)}</time> <span class="muted">(${when})</span>`;
}
