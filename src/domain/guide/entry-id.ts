// Entry ids say where an entry belongs: `<scope>.<section>.<name>`. Tenants add entries by
// choosing an id, so the format is checked with a message that shows what a good one looks like.
import { PHASES } from '../case';
import type { CarePillar, GuideScope, GuideSection } from './types';
import { CARE_PILLARS, GUIDE_SECTIONS } from './types';

const SCOPES: readonly GuideScope[] = [...PHASES, 'general'];
const NAME = /^[a-z0-9][a-z0-9_-]{0,39}(?:\.[a-z0-9][a-z0-9_-]{0,39})?$/;

export interface ParsedEntryId {
  scope: GuideScope;
  section: GuideSection;
  name: string;
}

export const ENTRY_ID_EXAMPLE = 'recovery.group.1';

/** Parses `recovery.group.1`, `general.do.2`, `pre_return.outer.be.1`; null when malformed. */
export function parseEntryId(id: string): ParsedEntryId | null {
  const [scope, section, ...rest] = id.split('.');
  const name = rest.join('.');
  if (!scope || !section || !name) return null;
  if (!(SCOPES as readonly string[]).includes(scope)) return null;
  if (!(GUIDE_SECTIONS as readonly string[]).includes(section)) return null;
  if (!NAME.test(name)) return null;
  return { scope: scope as GuideScope, section: section as GuideSection, name };
}

export function carePillarOf(entry: { section: GuideSection; id: string }): CarePillar | null {
  if (entry.section !== 'care') return null;
  const name = entry.id.split('.').slice(2).join('.');
  return (CARE_PILLARS as readonly string[]).includes(name) ? (name as CarePillar) : null;
}

export function describeEntryIdFormat(): string {
  return `ids look like <phase>.<level or section>.<name>, e.g. ${ENTRY_ID_EXAMPLE}, general.do.2 or return.care.flexibility; phase is one of ${SCOPES.join(', ')}; section is one of ${GUIDE_SECTIONS.join(', ')}`;
}
