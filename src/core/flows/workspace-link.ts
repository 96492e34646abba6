// "overzicht" / "overview": a one-time sign-in link to the workspace in the browser, for the
// person asking, in their own chat. The link is random, single use and valid 5 minutes
// (src/links); opening it shows a button, and only that press signs the browser in.
import { text } from '../card';
import type { FlowContext } from '../flow-context';
import { personalOnly } from '../personal-only';
import type { CoreReply } from '../messages';

/** Five minutes: long enough to click, short enough that a forwarded link is likely dead. */
export const SIGNIN_LINK_TTL_MS = 5 * 60_000;

export async function workspaceLink(fc: FlowContext): Promise<CoreReply> {
  const { t, tenant, person, lang } = fc.session;
  // A sign-in link in a channel would sign in whoever clicks first.
  const refused = personalOnly(fc);
  if (refused) return refused;
  if (!fc.links) return { messages: [text(t.workspace.unavailable)] };
  const { url } = await fc.links.mint({ purpose: 'signin', tenantId: tenant.id, personId: person.id, target: '/', lang, ttlMs: SIGNIN_LINK_TTL_MS });
  return { messages: [text(t.workspace.link(url))] };
}
