// The small-group rule: a figure about fewer than five people is not shown, as in Microsoft Viva
// Insights (groups of 5) and Officevibe (5 answers before feedback shows); domain.md §6. In a
// small organisation a figure about one or two people points at them, which is exactly what HR
// must not be able to read from an overview of sickness absence.

/** Fewest people a shown figure may be about. */
export const MIN_GROUP = 5;

export type Guarded<T> = { shown: true; value: T; people: number } | { shown: false; value: null; people: null };

const HIDDEN: Guarded<never> = { shown: false, value: null, people: null };

/** `value` when it is about at least MIN_GROUP people, else hidden (without saying how many). */
export function guard<T>(people: number, value: T): Guarded<T> {
  return people >= MIN_GROUP ? { shown: true, value, people } : HIDDEN;
}

/**
 * A breakdown (cases by phase) where the total is shown: each cell under MIN_GROUP is hidden, and
 * when exactly one cell is hidden the next smallest is hidden too, or the total minus the shown
 * cells would give the hidden one away (secondary suppression, as statistics offices do).
 */
export function guardBreakdown<K extends string>(counts: Record<K, number>): Record<K, number | null> {
  const keys = Object.keys(counts) as K[];
  const hidden = new Set(keys.filter((k) => counts[k] > 0 && counts[k] < MIN_GROUP));
  if (hidden.size === 1) {
    const next = keys.filter((k) => !hidden.has(k) && counts[k] > 0).sort((a, b) => counts[a] - counts[b])[0];
    if (next) hidden.add(next);
  }
  const out = {} as Record<K, number | null>;
  for (const k of keys) out[k] = hidden.has(k) ? null : counts[k];
  return out;
}
