// How reported events move the phase, kept simple so users can predict it (domain.md section 1):
// - partial return: into `return` (they are back, part of their hours), unless already past it;
// - full recovery: into `return`, or `post_return` when they were already partly back;
// - relapse after recovery: back to `dropout` (early, warm contact again);
// - back to full absence from partial work: `recovery` (the contact rhythm already exists).
// Anything else is a manual move (`movePhase`); the scheduler may move `return` to `post_return`
// after the first weeks.
import type { Case, IsoDate, Phase } from './case';

export type PhaseEvent = 'partial_return' | 'recovery' | 'relapse' | 'back_to_full_absence';

export function phaseAfter(event: PhaseEvent, current: Phase): Phase {
  switch (event) {
    case 'partial_return':
      return current === 'return' || current === 'post_return' ? current : 'return';
    case 'recovery':
      return current === 'return' || current === 'post_return' ? 'post_return' : 'return';
    case 'relapse':
      return 'dropout';
    case 'back_to_full_absence':
      return 'recovery';
  }
}

/** The case in `phase` from `on`, with the change in its history; unchanged if already there. */
export function withPhase(c: Case, phase: Phase, on: IsoDate): Case {
  if (c.phase === phase) return c;
  return { ...c, phase, phaseHistory: [...c.phaseHistory, { phase, on }] };
}
