// Belgium, from 2026: the work rules (arbeidsreglement) must contain a procedure for keeping in
// touch with an employee who is unfit for work, naming at least who makes contact and how often
// (Codex welzijn op het werk as amended by the KB of 17 Dec 2025; lexgo.be, unisoc.be, beci.be),
// and the means (phone, e-mail...) per fiduciaire-finacces.be. Its aim is support, not control.
// A Belgian organisation records its procedure here; the contact rhythm and the nudges follow
// it, and the manager sees it in the conversation guide. Dutch organisations have no such rule:
// there the procedure is ignored.
import { z } from 'zod';
import { cadenceSettings, type CadenceSettings } from './cadence';
import type { Jurisdiction } from './case';
import { pick, type Locale, type Text } from './labels';

export const PROCEDURE_CONTACTS = ['manager', 'hr', 'role'] as const;
export type ProcedureContact = (typeof PROCEDURE_CONTACTS)[number];

export const CONTACT_MEANS = ['call', 'video', 'in_person', 'message', 'email', 'letter'] as const;
export type ContactMeans = (typeof CONTACT_MEANS)[number];

/** The longest role name we keep ("vertrouwenspersoon", "casemanager van de personeelsdienst"). */
export const ROLE_MAX_LENGTH = 60;

const interval = (max: number) => z.number().int().min(1).max(max);

export const ContactProcedureSchema = z.object({
  who: z.enum(PROCEDURE_CONTACTS),
  /** For `role`: the role the work rules name (not a person's name). */
  role: z.string().trim().min(1).max(ROLE_MAX_LENGTH).nullish(),
  how: z.array(z.enum(CONTACT_MEANS)).max(CONTACT_MEANS.length).default([]),
  /** First contact within this many working days of the sick report. */
  firstContactWorkingDays: interval(10),
  /** Then every N days during the absence... */
  recoveryDays: interval(90),
  /** ...and every N days while the return is being prepared. */
  preReturnDays: interval(90),
  setBy: z.string().nullish(),
  setAt: z.string().nullish(),
});

export type ContactProcedure = z.infer<typeof ContactProcedureSchema>;

/** The procedure when it is well formed (and a role is named for `role`); null otherwise. */
export function parseContactProcedure(raw: unknown): ContactProcedure | null {
  const parsed = ContactProcedureSchema.safeParse(raw);
  if (!parsed.success) return null;
  if (parsed.data.who === 'role' && !parsed.data.role) return null;
  return parsed.data;
}

/** The procedure that applies to a tenant: Belgian organisations only. */
export function procedureFor(jurisdiction: Jurisdiction, raw: unknown): ContactProcedure | null {
  return jurisdiction === 'BE' ? parseContactProcedure(raw) : null;
}

/**
 * The contact rhythm: the tenant's overrides, with the procedure's numbers winning for the
 * absence (the work rules bind the organisation). After the return Herstart's own rhythm stays.
 */
export function cadenceFor(overrides: Record<string, number> | null | undefined, procedure: ContactProcedure | null): CadenceSettings {
  if (!procedure) return cadenceSettings(overrides);
  return cadenceSettings({
    ...(overrides ?? {}),
    firstContactWorkingDays: procedure.firstContactWorkingDays,
    recoveryDays: procedure.recoveryDays,
    preReturnDays: procedure.preReturnDays,
  });
}

/** Who is nudged to make contact: the manager, or HR (also when the work rules name a role). */
export function contactRecipient(procedure: ContactProcedure | null): 'manager' | 'hr' {
  return procedure && procedure.who !== 'manager' ? 'hr' : 'manager';
}

const WHO: Record<Exclude<ProcedureContact, 'role'>, Text> = {
  manager: { nl: 'de leidinggevende', en: 'the manager', fr: 'le ou la responsable' },
  hr: { nl: 'HR', en: 'HR', fr: 'le service RH' },
};

/** Who makes contact, in words: the manager, HR, or the role the work rules name. */
export function procedureContactLabel(p: ContactProcedure, locale: Locale): string {
  return p.who === 'role' ? (p.role ?? '') : pick(WHO[p.who], locale);
}

const MEANS: Record<ContactMeans, Text> = {
  call: { nl: 'telefoon', en: 'phone', fr: 'téléphone' },
  video: { nl: 'videogesprek', en: 'video call', fr: 'appel vidéo' },
  in_person: { nl: 'persoonlijk', en: 'in person', fr: 'en personne' },
  message: { nl: 'chatbericht', en: 'chat message', fr: 'message dans le chat' },
  email: { nl: 'e-mail', en: 'e-mail', fr: 'e-mail' },
  letter: { nl: 'brief', en: 'letter', fr: 'courrier' },
};

export function contactMeansLabel(m: ContactMeans, locale: Locale): string {
  return pick(MEANS[m], locale);
}
