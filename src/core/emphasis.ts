// How a card line marks urgency, as Adaptive Card text styling bound into the templates (`color`,
// `weight`). Teams' yellow and green fail WCAG AA contrast on its light theme and its red fails on
// the dark one; only the default text colour and the accent pass in both. High contrast draws every
// colour as plain text, so weight carries the emphasis there, and the words say what it is.
export type Urgency = 'none' | 'soon' | 'late';

export interface Emphasis {
  color: 'Default' | 'Accent';
  weight: 'Default' | 'Bolder';
}

const STYLES: Record<Urgency, Emphasis> = {
  none: { color: 'Default', weight: 'Default' },
  soon: { color: 'Default', weight: 'Bolder' },
  late: { color: 'Accent', weight: 'Bolder' },
};

export function emphasis(urgency: Urgency): Emphasis {
  return STYLES[urgency];
}
