// Settings of the HR workspace: where it is reached, sessions, and Teams single sign-on. Read
// from the environment once, like the chat platforms' settings.
import { z } from 'zod';
import { DEFAULT_ISSUERS, DEFAULT_JWKS_URL, type EntraSettings } from './auth/entra-token';

export class WebConfigError extends Error {}

export interface WebConfig {
  /** The public origin (`https://herstart.example.com`); null in local mode (http://localhost:<port>). */
  publicUrl: string | null;
  /** Cookies get Secure and the __Host- prefix: always when the public URL is https. */
  secureCookies: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Teams SSO for the personal tab; null when no app id is known (the tab then says so). */
  entra: EntraSettings | null;
}

const Env = z.object({
  HERSTART_PUBLIC_HOST: z.string().optional(),
  HERSTART_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  HERSTART_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(8),
  MicrosoftAppId: z.string().default(''),
  HERSTART_TAB_APP_ID: z.string().optional(),
  HERSTART_TAB_RESOURCE: z.string().optional(),
  HERSTART_ENTRA_ISSUERS: z.string().optional(),
  HERSTART_ENTRA_JWKS_URL: z.string().url().optional(),
});

const isLocal = (url: URL) => url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';

/** `publicUrl`: HERSTART_PUBLIC_URL as the main configuration checked it (an origin), or null. */
export function readWebConfig(env: NodeJS.ProcessEnv, publicOrigin: string | null): WebConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WebConfigError(`Invalid setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown problem'}`);
  }
  const e = parsed.data;
  const publicUrl = publicOrigin ? new URL(publicOrigin) : null;
  if (publicUrl && publicUrl.protocol !== 'https:' && !isLocal(publicUrl)) {
    throw new WebConfigError('HERSTART_PUBLIC_URL must be https (sign-in links and session cookies travel over it); plain http is for localhost only.');
  }
  const clientId = e.HERSTART_TAB_APP_ID ?? e.MicrosoftAppId;
  const host = e.HERSTART_PUBLIC_HOST ?? publicUrl?.host ?? null;
  const resource = e.HERSTART_TAB_RESOURCE ?? (host && clientId ? `api://${host}/botid-${clientId}` : null);
  return {
    publicUrl: publicUrl ? publicUrl.origin : null,
    secureCookies: publicUrl?.protocol === 'https:',
    sessionIdleMs: e.HERSTART_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.HERSTART_SESSION_MAX_HOURS * 3_600_000,
    entra: clientId
      ? {
          clientId,
          resource,
          issuers: e.HERSTART_ENTRA_ISSUERS ? e.HERSTART_ENTRA_ISSUERS.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_ISSUERS,
          jwksUrl: e.HERSTART_ENTRA_JWKS_URL ?? DEFAULT_JWKS_URL,
          scope: 'access_as_user',
        }
      : null,
  };
}
