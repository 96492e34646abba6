// The channel-neutral conversation core: an inbound event in, messages out. It knows people,
// cases and cards, never Teams or Slack.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { domainErrorText } from '../domain/error-text';
import { isDomainError } from '../domain/errors';
import { StoreUnavailableError } from '../store/errors';
import type { Store } from '../store/store';
import { authorizeSubmit, CORE_ID_CHECKS, type IdCheck } from './access';
import { rememberAddress } from './addresses';
import { text } from './card';
import { parseCommand } from './commands';
import { flowContext, noChangeListener, type ChangeListener, type CoreDeps, type FlowContext, type TurnState } from './flow-context';
import { resolveLang, texts } from './i18n';
import type { CoreReply, InboundContext, InboundEvent } from './messages';
import type { Clock, ConversationCore, HandleOptions, LinkMaker } from './ports';
import { AfterTurn } from './after-turn';
import { IdCache } from './id-cache';
import { resolveSession, sessionFor } from './session';
import { TurnReads } from './turn-reads';
import type { Person, Tenant } from '../store/types';
import { listCases, showCase } from './flows/cases';
import { showHelp, helpFor } from './flows/help';
import { showHome } from './flows/home';
import { changeRoleMembers, registerHrChannel } from './flows/hr-admin';
import { firstAdminSetup, onInstall, onUninstall } from './flows/install';
import { showIntake, submitIntake } from './flows/intake';
import { showMilestoneForm, submitMilestone } from './flows/milestone';
import { showOutcomeForm, submitOutcome } from './flows/outcome';
import { showPrepare } from './flows/prepare';
import { showSetup, submitSetup } from './flows/setup';
import { showStatusForm, submitStatus } from './flows/status';
import { changeLanguage } from './flows/language';
import { parseCheckinCommand, routeCheckinCommand } from './checkins';
import { linkApps } from './flows/link';
import { showLegalForm, showLegalMenu, submitLegal } from './legal/legal-flow';
import { showProcedure, submitProcedure } from './legal/procedure-flow';
import { workspaceLink } from './flows/workspace-link';
import { dossierSubmits, fileCommand } from './dossier';

type SubmitHandler = (fc: FlowContext, data: Record<string, unknown>, submitId: string) => Promise<CoreReply> | CoreReply;

/** Every card action, by the name its button sends. */
const SUBMITS: Record<string, SubmitHandler> = {
  help: (fc) => showHelp(fc),
  'cases.list': (fc) => listCases(fc),
  'case.open': (fc, d) => showCase(fc, d.caseId),
  'intake.open': (fc) => showIntake(fc, '', []),
  'intake.submit': submitIntake,
  'prepare.open': (fc, d) => showPrepare(fc, d.caseId),
  'outcome.open': (fc, d) => showOutcomeForm(fc, d.caseId),
  'outcome.submit': submitOutcome,
  'milestone.open': (fc, d) => showMilestoneForm(fc, d.caseId),
  'milestone.submit': submitMilestone,
  'status.open': (fc, d) => showStatusForm(fc, d.caseId),
  'status.submit': submitStatus,
  'legal.open': (fc, d) => showLegalMenu(fc, d.caseId),
  'legal.form': showLegalForm,
  'legal.submit': submitLegal,
  'procedure.open': (fc) => showProcedure(fc),
  'procedure.submit': submitProcedure,
  'setup.open': (fc) => showSetup(fc),
  'setup.submit': submitSetup,
  ...dossierSubmits(),
};

/** Extra submit handlers other features register (nudges, escalations, check-ins). */
export type SubmitRegistry = Record<string, SubmitHandler>;

export interface HerstartCoreOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  changes?: ChangeListener;
  newId?: () => string;
  submits?: SubmitRegistry;
  /** Where work after the answer runs; the app shares one with the scheduler, which settles it before a tick. */
  afterTurn?: AfterTurn;
  /** Checks for the id fields those handlers' cards carry, run with the core's own before any handler. */
  idChecks?: Record<string, IdCheck>;
  links?: LinkMaker;
}

export class HerstartCore implements ConversationCore {
  private readonly deps: CoreDeps;
  private readonly submits: SubmitRegistry;
  /** Which tenant a channel key and which person an identity is: per process, checked on every use. */
  private readonly ids = new IdCache();
  private readonly idChecks: Record<string, IdCheck>;

  constructor(opts: HerstartCoreOptions) {
    this.deps = {
      store: opts.store,
      clock: opts.clock,
      logger: opts.logger,
      changes: opts.changes ?? noChangeListener,
      newId: opts.newId ?? randomUUID,
      afterTurn: opts.afterTurn ?? new AfterTurn(opts.logger),
      links: opts.links ?? null,
    };
    this.submits = { ...SUBMITS, ...opts.submits };
    this.idChecks = { ...CORE_ID_CHECKS, ...opts.idChecks };
  }

  /** One turn; what a flow leaves for later (a conversation reference, an audit of a list) starts after the answer. */
  async handle(inbound: InboundContext, event: InboundEvent, opts: HandleOptions = {}): Promise<CoreReply> {
    const held: Array<() => void> = [];
    try {
      return await this.answer(inbound, event, opts, held);
    } finally {
      for (const start of held) start();
    }
  }

  private async answer(inbound: InboundContext, event: InboundEvent, opts: HandleOptions, held: Array<() => void>): Promise<CoreReply> {
    let lang = resolveLang(inbound.actor.locale);
    try {
      // Removal creates nobody and remembers no address: the conversation is gone.
      if (event.type === 'uninstall') {
        await onUninstall(this.deps.store, inbound);
        return { messages: [], lang };
      }
      let tenantId = '';
      const reads = new TurnReads(this.deps.store, () => tenantId);
      // A press on a case's card: its case is read while the session is resolved; so is a person a
      // card names (the colleague of a sickness report), which the id gate and the flow then share.
      const named = (field: string) => (event.type === 'submit' && typeof event.data[field] === 'string' && event.data[field] ? (event.data[field] as string) : null);
      const caseId = named('caseId');
      const personIds = [named('employeeId'), named('fixedEmployeeId')].filter((id): id is string => id !== null);
      // The channel's claim on this delivery is decided while the session is resolved (its own
      // look-ups, idempotent); the turn's work and answer wait until the claim is granted.
      const [session, first] = await Promise.all([
        resolveSession(this.deps.store, inbound, {
          newId: this.deps.newId,
          ids: this.ids,
          onTenantId: (id) => {
            if (caseId) reads.prefetchCase(id, caseId);
            for (const personId of personIds) reads.prefetchPerson(id, personId);
          },
          onPerson: (p) => reads.knowPerson(p),
        }),
        opts.firstDelivery ?? true,
      ]);
      if (!first) return { messages: [], duplicate: true, lang };
      tenantId = session.tenant.id;
      lang = session.lang;
      const pending: Promise<unknown>[] = [];
      const fc = flowContext(this.deps, session, inbound, { reads, pending, held });
      rememberAddress(fc);
      const reply = await this.route(fc, event);
      await Promise.all(pending);
      return { ...reply, lang };
    } catch (err) {
      // A delivery the channel did not let this turn have is not answered, not even with an apology.
      if (opts.firstDelivery && !(await opts.firstDelivery.catch(() => false))) return { messages: [], duplicate: true, lang };
      return { ...this.failure(err, lang, inbound), lang };
    }
  }

  /**
   * A known person's context outside a chat (the HR workspace): the same store, clock, change
   * listeners and access rules as a chat turn; audit entries say `web`. `written()` waits for the
   * writes a chat answer would wait for (an HR look's audit entry): the page goes out after them.
   */
  contextFor(tenant: Tenant, person: Person): { fc: FlowContext; written(): Promise<void> } {
    const { fc, turn } = this.webTurn(tenant, person);
    return { fc, written: async () => void (await Promise.all(turn.pending)) };
  }

  /** A page has no answer to wait for: its work after the answer starts at once (held: null). */
  private webTurn(tenant: Tenant, person: Person): { fc: FlowContext; turn: TurnState } {
    const now = this.deps.clock.now();
    const identity = person.identities[0];
    const inbound: InboundContext = {
      tenantKey: tenant.channelKeys[0] ?? '',
      channel: identity?.channel ?? 'teams',
      actor: { channel: identity?.channel ?? 'teams', identityKey: identity?.key ?? '', userId: identity?.userId ?? '', displayName: person.displayName },
      conversationKind: 'personal',
      // No chat: the workspace acts for the person, and nothing it does greets anyone.
      conversationKey: 'web',
      address: {},
      receivedAt: now,
      via: 'web',
    };
    const turn: TurnState = { reads: new TurnReads(this.deps.store, () => tenant.id), pending: [], held: null };
    return { fc: flowContext(this.deps, sessionFor(tenant, person, now), inbound, turn), turn };
  }

  /** A card action taken on a web page: the very handler the card's button runs, so both record the same. */
  async act(tenant: Tenant, person: Person, action: string, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
    const { fc, turn } = this.webTurn(tenant, person);
    try {
      const reply = await this.submit(fc, action, data, submitId);
      await Promise.all(turn.pending);
      return reply;
    } catch (err) {
      return this.failure(err, fc.session.lang, fc.inbound);
    }
  }

  /** A card action, from a chat or a web page: the one way a handler runs. */
  private async submit(fc: FlowContext, action: string, data: Record<string, unknown>, submitId: string): Promise<CoreReply> {
    // Only registered actions: a pressed `__proto__` or `constructor` is no handler.
    const handler = Object.hasOwn(this.submits, action) ? this.submits[action] : undefined;
    if (!handler) return { messages: [text(fc.session.t.errors.badSubmit)] };
    // Every id the card carries is checked against the presser's rights before anything happens.
    const refused = await authorizeSubmit(fc, action, data, this.idChecks);
    if (refused) return refused;
    return handler(fc, data, submitId);
  }

  private async route(fc: FlowContext, event: InboundEvent): Promise<CoreReply> {
    switch (event.type) {
      case 'install':
        return onInstall(fc, event.members);
      case 'unreadable':
        // In place of the pressed card, when the channel can put it there.
        return { messages: [], replaceSubmitted: text(fc.session.t.errors.unreadablePress) };
      case 'command':
        return this.command(fc, event.text, event.mentions);
      case 'home':
        return showHome(fc);
      case 'submit':
        return this.submit(fc, event.action, event.data, event.submitId);
      case 'uninstall':
        return { messages: [] }; // answered in handle(), before a session exists
    }
  }

  private async command(fc: FlowContext, raw: string, mentions: Parameters<typeof showIntake>[2]): Promise<CoreReply> {
    // Employee check-ins have their own words (pause, stop, my data, forget me...).
    const checkin = parseCheckinCommand(raw);
    if (checkin) return routeCheckinCommand(fc, checkin);
    const intent = parseCommand(raw);
    const setup = firstAdminSetup(fc, fc.session.newTenant);
    switch (intent.kind) {
      case 'help':
        return { messages: [...setup, await helpFor(fc)] };
      case 'report':
        return prepend(setup, await showIntake(fc, intent.search, mentions));
      case 'cases':
        return prepend(setup, await listCases(fc));
      case 'setup':
        return showSetup(fc);
      case 'hr_here':
        return registerHrChannel(fc);
      case 'hr_add':
        return changeRoleMembers(fc, 'hr', mentions, intent.search, true);
      case 'hr_remove':
        return changeRoleMembers(fc, 'hr', mentions, intent.search, false);
      case 'reporter_add':
        return changeRoleMembers(fc, 'reporter', mentions, intent.search, true);
      case 'reporter_remove':
        return changeRoleMembers(fc, 'reporter', mentions, intent.search, false);
      case 'language':
        return changeLanguage(fc, intent.lang);
      case 'link':
        return linkApps(fc, intent.code);
      case 'procedure':
        return showProcedure(fc);
      case 'workspace':
        return workspaceLink(fc);
      case 'file':
        return fileCommand(fc, intent.search);
      case 'unknown':
        return { messages: [...setup, text(fc.session.t.errors.unknownCommand(intent.text)), await helpFor(fc)] };
    }
  }

  private failure(err: unknown, lang: ReturnType<typeof resolveLang>, inbound: InboundContext): CoreReply {
    const t = texts(lang);
    if (isDomainError(err)) return { messages: [text(domainErrorText(err, lang))] };
    if (err instanceof StoreUnavailableError) {
      this.deps.logger.error({ err, tenantKey: inbound.tenantKey }, 'store unavailable; nothing saved');
      return { messages: [text(t.errors.notSaved)] };
    }
    this.deps.logger.error({ err, tenantKey: inbound.tenantKey }, 'conversation turn failed');
    return { messages: [text(t.errors.generic)] };
  }
}

function prepend(first: CoreReply['messages'], reply: CoreReply): CoreReply {
  return { ...reply, messages: [...first, ...reply.messages] };
}
