// HTML by tagged template: every interpolated value is escaped unless it is already markup, so a
// name with `<script>` in it prints as text. Pages are plain server-rendered HTML; no framework.

import { escapeHtml } from './html';

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function esc(value: unknown): string {
  return escapeHtml(String(value ?? ''));
}

function part(v: unknown): string {
  if (v instanceof Markup) return v.value;
  if (Array.isArray(v)) return v.map(part).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1]!;
  return new Markup(out);
}

/** Text with **bold** words (the chat's own commands), escaped first. */
export function md(text: string): Markup {
  return new Markup(esc(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>'));
}
