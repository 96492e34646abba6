// Which engine to use, read once from the environment. COSMOS_ENDPOINT set means Azure Cosmos DB;
// otherwise the embedded SQLite file.
import { z } from 'zod';

/** An empty variable counts as unset (a blank line in a .env file must not pick an engine). */
const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().optional(),
);

const StoreEnv = z.object({
  HERSTART_DB: optionalText,
  HERSTART_DB_SYNC: optionalText,
  COSMOS_ENDPOINT: optionalText,
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: optionalText,
});

export const SqliteStoreConfig = z.object({
  engine: z.literal('sqlite'),
  /** File path; its directory is created if missing. */
  path: z.string().min(1),
  /**
   * SQLite `synchronous` in WAL mode. `normal` (default): an application crash loses nothing; an
   * operating-system crash or power cut can lose the last commits since the last checkpoint.
   * `full`: every commit is on disk before we answer, at about 1.3 ms per write on a VM disk,
   * which blocks the event loop (better-sqlite3 is synchronous).
   */
  durability: z.enum(['normal', 'full']).optional(),
});

export const CosmosStoreConfig = z.object({
  engine: z.literal('cosmos'),
  endpoint: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://<account>.documents.azure.com:443/' }),
  /** Account key; absent means Microsoft Entra ID through DefaultAzureCredential. */
  key: z.string().min(1).optional(),
  /** Cosmos database ids: 1..255 characters, none of / \ ? # and no trailing space. */
  database: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[^/\\?#]*[^/\\?#\s]$/, 'must not contain / \\ ? # or end in a space'),
});

export const StoreConfig = z.discriminatedUnion('engine', [SqliteStoreConfig, CosmosStoreConfig]);
export type StoreConfig = z.infer<typeof StoreConfig>;
export type SqliteStoreConfig = z.infer<typeof SqliteStoreConfig>;
export type CosmosStoreConfig = z.infer<typeof CosmosStoreConfig>;

export const DEFAULT_SQLITE_PATH = './data/herstart.db';
export const DEFAULT_COSMOS_DATABASE = 'herstart';

export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConfigError';
  }
}

/** Reads HERSTART_DB, COSMOS_ENDPOINT, COSMOS_KEY, COSMOS_DATABASE. Throws StoreConfigError with one clear line. */
export function readStoreConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const parsedEnv = StoreEnv.safeParse(env);
  if (!parsedEnv.success) throw new StoreConfigError(firstIssue(parsedEnv.error));
  const e = parsedEnv.data;
  const candidate = e.COSMOS_ENDPOINT
    ? {
        engine: 'cosmos' as const,
        endpoint: e.COSMOS_ENDPOINT,
        key: e.COSMOS_KEY,
        database: e.COSMOS_DATABASE ?? DEFAULT_COSMOS_DATABASE,
      }
    : { engine: 'sqlite' as const, path: e.HERSTART_DB ?? DEFAULT_SQLITE_PATH, durability: e.HERSTART_DB_SYNC ?? 'normal' };
  const parsed = StoreConfig.safeParse(candidate);
  if (!parsed.success) throw new StoreConfigError(firstIssue(parsed.error, envNames));
  return parsed.data;
}

const envNames: Record<string, string> = {
  endpoint: 'COSMOS_ENDPOINT',
  key: 'COSMOS_KEY',
  database: 'COSMOS_DATABASE',
  path: 'HERSTART_DB',
  durability: 'HERSTART_DB_SYNC',
};

function firstIssue(error: z.ZodError, names: Record<string, string> = {}): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid store setting';
  const field = String(issue.path[0] ?? '');
  return `Invalid setting ${names[field] ?? field}: ${issue.message}`;
}

/** For logs: the engine and where it points, never a key. */
export function describeStoreConfig(config: StoreConfig): string {
  if (config.engine === 'sqlite') return `sqlite ${config.path} (synchronous=${config.durability ?? 'normal'})`;
  const auth = config.key ? 'account key' : 'Microsoft Entra ID';
  return `cosmos ${new URL(config.endpoint).host} database ${config.database} (${auth})`;
}
