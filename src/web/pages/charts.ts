// Bar charts as inline SVG, drawn on the server: no chart library, no script, colours from the
// theme's CSS variables (so dark and high-contrast work), the value written on every bar, and a
// table with the same numbers beside each chart for screen readers and for reading exactly.
import { html, type Markup } from '../markup';

export interface Bar {
  label: string;
  /** Null: hidden by the small-group rule (drawn as an empty outline). */
  value: number | null;
  /** What is written on the bar: the value, or "fewer than 5 people". */
  text: string;
}

const W = 640;

/** A label that fits under its bar; the table beside the chart has it in full. */
function short(label: string, chars: number): string {
  return label.length <= chars ? label : `${label.slice(0, Math.max(3, chars - 1)).trimEnd()}…`;
}
const BAR_GAP = 6;
const TOP = 22;
const BOTTOM = 34;
const H = 200;

export function barChart(id: string, title: string, bars: readonly Bar[]): Markup {
  const max = Math.max(1e-9, ...bars.map((b) => b.value ?? 0));
  const slot = W / Math.max(1, bars.length);
  const width = Math.max(8, slot - BAR_GAP);
  const plot = H - TOP - BOTTOM;
  return html`<figure class="chart" aria-labelledby="${id}-t">
<figcaption id="${id}-t">${title}</figcaption>
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t" focusable="false" preserveAspectRatio="xMidYMid meet">
<line class="axis" x1="0" y1="${H - BOTTOM}" x2="${W}" y2="${H - BOTTOM}"/>
${bars.map((b, i) => {
  const x = i * slot + BAR_GAP / 2;
  const h = b.value === null ? plot * 0.3 : Math.max(1, (b.value / max) * plot);
  const y = H - BOTTOM - h;
  const cx = x + width / 2;
  return html`<g><rect class="${b.value === null ? 'bar hidden' : 'bar'}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${h.toFixed(1)}"/>
<text class="value" x="${cx.toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle">${b.value === null ? '<5' : b.text}</text>
<text class="label" x="${cx.toFixed(1)}" y="${H - BOTTOM + 16}" text-anchor="middle">${short(b.label, Math.floor(slot / 7.5))}</text></g>`;
})}
</svg>
</figure>`;
}
