// What a check-in asks and what the manager may see of it. The vocabulary is fixed on purpose:
// nothing here can hold a diagnosis; the only free text is screened before it is kept.
import type { IsoDate } from '../case';

/** "What would help now": one choice. */
export const HELP_CHOICES = ['manager_call', 'adjusted_tasks', 'fewer_hours', 'talk_hr', 'talk_doctor', 'nothing'] as const;
export type HelpChoice = (typeof HELP_CHOICES)[number];

/** Requests the manager sees (the employer arranges them). A talk with HR goes to HR only, with consent. */
export const MANAGER_VISIBLE_REQUESTS: readonly HelpChoice[] = ['manager_call', 'adjusted_tasks', 'fewer_hours', 'talk_doctor'];

/** One answered check-in as stored (record kind `checkin`, `data`). Every question may be skipped: null. */
export interface CheckinData {
  on: IsoDate;
  /** 1 (empty) to 5 (full of energy). */
  energy: number | null;
  /** How work or recovery is going, 1 (badly) to 5 (well). */
  progress: number | null;
  help: HelpChoice | null;
  /** Screened free text, or null. */
  note: string | null;
  /** The employee ticked "share with my manager" for the note. */
  shareWithManager: boolean;
  /** The employee agreed that HR hears of a request for a talk with HR. */
  shareWithHr: boolean;
}

/** Wish list before the return (record kind `wishlist`, `data`). */
export const WISH_HELPS = ['phased_hours', 'adjusted_tasks', 'quiet_place', 'remote_days', 'buddy', 'regular_checkins', 'team_informed'] as const;
export const WISH_HINDERS = ['full_inbox', 'deadlines', 'busy_space', 'meetings', 'travel', 'questions_about_absence'] as const;
export type WishHelp = (typeof WISH_HELPS)[number];
export type WishHinder = (typeof WISH_HINDERS)[number];

export interface WishlistData {
  helps: WishHelp[];
  hinders: WishHinder[];
  /** Screened free text for each side, or null. */
  helpsNote: string | null;
  hindersNote: string | null;
  sharedWithManager: boolean;
  /** Lines as the employee saw them, for readers that do not know the ids (the conversation guide). */
  items: string[];
}
