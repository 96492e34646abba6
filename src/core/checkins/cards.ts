// The check-in cards, built from the catalogue. Used in replies (with the flow's card ids) and in
// proactive messages (with a fresh id), so they take the pieces they need, not a FlowContext.
import { HELP_CHOICES, WISH_HELPS, WISH_HINDERS } from '../../domain/checkins/answers';
import type { CheckinRhythm } from '../../domain/checkins/rhythm';
import { cardMessage } from '../card';
import type { CardMessage } from '../messages';
import type { CheckinTexts } from './texts';

export type CheckinValues = Partial<Record<'energy' | 'progress' | 'help' | 'note' | 'shareWithManager', string>>;

/**
 * The invitation. `whoShown`: the person just read who sees what (their welcome card, whose button
 * they pressed), so it is not repeated; the invitation points to it instead.
 */
export function inviteCard(ct: CheckinTexts, name: string, rhythm: CheckinRhythm, cardId: string, whoShown = false): CardMessage {
  const i = ct.invite;
  return cardMessage(
    'checkin-invite',
    {
      title: i.title,
      hello: whoShown ? i.afterWelcome : i.hello(name),
      whoTitle: i.whoTitle,
      who: whoShown ? [] : i.who,
      howOftenTitle: i.howOftenTitle,
      howOften: i.howOften(rhythm),
      stopTitle: i.stopTitle,
      stop: i.stop,
      labels: { yes: i.yes, later: i.later, no: i.no },
    },
    i.title,
    cardId,
  );
}

const scale = (labels: string[]) => labels.map((title, n) => ({ title, value: String(n + 1) }));

export function checkinCard(
  ct: CheckinTexts,
  cardId: string,
  opts: { values?: CheckinValues; notice?: string; showWishlist?: boolean } = {},
): CardMessage {
  const f = ct.form;
  return cardMessage(
    'checkin',
    {
      title: f.title,
      intro: f.intro,
      notice: opts.notice ?? '',
      showWishlist: opts.showWishlist ?? false,
      labels: {
        energy: f.energy,
        progress: f.progress,
        help: f.help,
        note: f.note,
        noteWarning: f.noteWarning,
        shareWithManager: f.shareWithManager,
        submit: f.submit,
        wishlist: f.wishlist,
      },
      values: { energy: '', progress: '', help: '', note: '', shareWithManager: 'false', ...opts.values },
      energyChoices: scale(f.energyChoices),
      progressChoices: scale(f.progressChoices),
      helpChoices: HELP_CHOICES.map((value) => ({ title: f.helpChoices[value], value })),
    },
    ct.prompt.summary,
    cardId,
    'form',
  );
}

export function hrConsentCard(ct: CheckinTexts, cardId: string, answer: Required<Omit<CheckinValues, 'help'>> & { key: string }): CardMessage {
  const h = ct.hrConsent;
  return cardMessage('checkin-hr-consent', { title: h.title, text: h.text, labels: { yes: h.yes, no: h.no }, answer }, h.title, cardId);
}

export function wishlistCard(
  ct: CheckinTexts,
  cardId: string,
  opts: { values?: Partial<Record<'helps' | 'hinders' | 'helpsNote' | 'hindersNote' | 'share', string>>; notice?: string } = {},
): CardMessage {
  const w = ct.wishlist;
  return cardMessage(
    'wishlist',
    {
      title: w.title,
      intro: w.intro,
      notice: opts.notice ?? '',
      labels: {
        helps: w.helps,
        helpsNote: w.helpsNote,
        hinders: w.hinders,
        hindersNote: w.hindersNote,
        noteWarning: ct.form.noteWarning,
        share: w.share,
        submit: w.submit,
      },
      values: { helps: '', hinders: '', helpsNote: '', hindersNote: '', share: 'false', ...opts.values },
      helpsChoices: WISH_HELPS.map((value) => ({ title: w.helpsChoices[value], value })),
      hindersChoices: WISH_HINDERS.map((value) => ({ title: w.hindersChoices[value], value })),
    },
    w.title,
    cardId,
    'form',
  );
}

export function confirmCard(text: string, confirm: string, action: string, cardId: string): CardMessage {
  return cardMessage('checkin-confirm', { text, confirm, action }, text, cardId);
}
