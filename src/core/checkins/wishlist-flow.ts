// The wish list before the return: what helps and what hinders. Shared with the manager only when
// the employee ticks it; the newest list is the one that counts (saving a private one withdraws
// an earlier shared one from the conversation guide).
import { z } from 'zod';
import { WISH_HELPS, WISH_HINDERS, type WishlistData } from '../../domain/checkins/answers';
import { screenText } from '../../domain/privacy/medical-screen';
import type { Lang } from '../i18n';
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { wishlistCard } from './cards';
import { employeeContext } from './context';
import { wishlistsOf, type Wishlist } from './records';
import { checkinTexts } from './texts';

const multi = <T extends string>(allowed: readonly T[]) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(allowed as unknown as [T, ...T[]])));

const WishlistSubmit = z.object({
  helps: multi(WISH_HELPS),
  hinders: multi(WISH_HINDERS),
  helpsNote: z.string().max(300).optional(),
  hindersNote: z.string().max(300).optional(),
  share: z.enum(['true', 'false']).default('false'),
});

/** The list as lines in `lang`: what the employee saw, and what the manager reads in their own language. */
export function wishlistLines(w: Pick<WishlistData, 'helps' | 'hinders' | 'helpsNote' | 'hindersNote'>, lang: Lang): string[] {
  const t = checkinTexts(lang).wishlist;
  const helps = [...w.helps.map((h) => t.helpsChoices[h]), ...(w.helpsNote ? [w.helpsNote] : [])];
  const hinders = [...w.hinders.map((h) => t.hindersChoices[h]), ...(w.hindersNote ? [w.hindersNote] : [])];
  return [...(helps.length ? [t.helpsLine(helps.join('; '))] : []), ...(hinders.length ? [t.hindersLine(hinders.join('; '))] : [])];
}

function valuesOf(w: Wishlist | undefined) {
  if (!w) return {};
  const d = w.data;
  return { helps: d.helps.join(','), hinders: d.hinders.join(','), helpsNote: d.helpsNote ?? '', hindersNote: d.hindersNote ?? '', share: String(d.sharedWithManager) };
}

export async function openWishlist(fc: FlowContext): Promise<CoreReply> {
  const { ct, c, enrolment } = await employeeContext(fc);
  if (!c) return { messages: [text(ct.commands.noCase)] };
  if (!enrolment) return { messages: [text(ct.commands.notEnrolled)] };
  const latest = (await wishlistsOf(fc.store, fc.session.tenant.id, fc.session.person.id, c.id)).pop();
  return { messages: [wishlistCard(ct, fc.newId(), { values: valuesOf(latest) })] };
}

export async function submitWishlist(fc: FlowContext, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
  const { tenant, person, lang } = fc.session;
  const { ct, c, enrolment } = await employeeContext(fc);
  if (!c) return { messages: [text(ct.commands.noCase)] };
  if (!enrolment) return { messages: [text(ct.commands.notEnrolled)] };
  const echo: Record<string, string> = {};
  for (const k of ['helps', 'hinders', 'helpsNote', 'hindersNote', 'share']) if (typeof data[k] === 'string') echo[k] = data[k] as string;
  // The form comes back in place of the submitted one: one live form, with the notice on it.
  const again = (notice: string, values = echo): CoreReply => ({ messages: [], replaceSubmitted: wishlistCard(ct, fc.newId(), { values, notice }) });

  const parsed = WishlistSubmit.safeParse(data);
  if (!parsed.success) return again(fc.session.t.errors.badSubmit);
  const v = parsed.data;
  const helpsNote = v.helpsNote?.trim() || null;
  const hindersNote = v.hindersNote?.trim() || null;
  const screen = screenText([helpsNote, hindersNote].filter(Boolean).join('\n'));
  // Not stored and not shown again: both notes leave the form.
  if (screen.flagged) return again(ct.heldBack, { ...echo, helpsNote: '', hindersNote: '' });
  if (!v.helps.length && !v.hinders.length && !helpsNote && !hindersNote) return again(ct.wishlist.empty);

  const list: WishlistData = {
    helps: v.helps,
    hinders: v.hinders,
    helpsNote,
    hindersNote,
    sharedWithManager: v.share === 'true',
    items: [],
  };
  list.items = wishlistLines(list, lang);
  const { record, duplicate } = await fc.store.records.append({
    id: fc.newId(),
    tenantId: tenant.id,
    caseId: c.id,
    personId: person.id,
    kind: 'wishlist',
    idempotencyKey: `wishlist:${person.id}:${submitId}`,
    createdBy: person.id,
    createdAt: fc.clock.now().toISOString(),
    data: { ...list },
  });
  if (!duplicate) await fc.changes.recordAdded(record);
  const detail = list.sharedWithManager ? ct.wishlist.savedShared : ct.wishlist.savedPrivate;
  return { messages: [], replaceSubmitted: fc.card('submitted', { title: ct.wishlist.title, detail: `${list.items.join(' · ')} — ${detail}` }, ct.wishlist.title) };
}
