// Preparing a conversation: prompts per IGLOO level for the case's phase, a CARE reminder, do's
// and don'ts, and the employee's wish list when they chose to share it.
import { buildGuide, parseGuideOverrides, type GuideOverrides } from '../../domain/guide';
import { openCaseFor } from '../access';
import type { FlowContext } from '../flow-context';
import type { CoreReply } from '../messages';
import { phaseLabel } from '../../domain/labels';
import { managerCheckinCard, sharedWishlistLines } from '../checkins/manager-view';
import { procedureSummary } from '../legal/procedure-flow';
import { procedureTexts } from '../legal/procedure-texts';
import { contactProcedure } from '../tenant-legal';

/** HR's tailored guide entries. Checked when saved; a broken set falls back to our own content. */
function tenantOverrides(fc: FlowContext): GuideOverrides | null {
  const raw = fc.session.tenant.settings.guideOverrides;
  if (!raw) return null;
  const parsed = parseGuideOverrides(raw);
  if (parsed.ok) return parsed.overrides;
  fc.logger.warn({ tenantId: fc.session.tenant.id, errors: parsed.errors }, 'ignoring invalid guide overrides');
  return null;
}

export async function showPrepare(fc: FlowContext, caseId: unknown): Promise<CoreReply> {
  const access = await openCaseFor(fc, caseId, 'read');
  if (!access.ok) return access.reply;
  const c = access.found.value;
  const { t, lang, tenant } = fc.session;
  const name = (await fc.reads.person(c.employeeId))?.value.displayName ?? t.common.unknown;
  const guide = buildGuide(c.phase, lang, c.jurisdiction, tenantOverrides(fc));
  const procedure = contactProcedure(fc);
  const title = t.prepare.title(name, phaseLabel(c.phase, lang));
  return {
    messages: [
      fc.card(
        'prepare',
        {
          caseId: c.id,
          title,
          intro: guide.intro,
          // BE: the work rules' contact procedure, so the manager knows who keeps in touch and how often.
          procedureTitle: procedureTexts(lang).guideTitle,
          procedure: procedure ? procedureSummary(procedure, lang) : '',
          levels: guide.levels.map((l) => ({ name: l.title, prompts: l.prompts.map((p) => p.text) })),
          wishesTitle: t.prepare.wishes,
          // The wish list and the check-ins are shared with the manager only; HR sees neither.
          wishes: access.asHr ? [] : await sharedWishlistLines(fc, c),
          careTitle: guide.headings.care,
          care: guide.care.map((p) => t.common.labelled(`**${p.title}**`, p.text)),
          dosTitle: guide.headings.dos,
          dos: guide.dos.map((d) => d.text),
          dontsTitle: guide.headings.donts,
          donts: guide.donts.map((d) => d.text),
          recordLabel: t.prepare.record,
        },
        title,
      ),
      ...(access.asHr ? [] : [await managerCheckinCard(fc, c, name)].filter((m) => m !== null)),
    ],
  };
}
