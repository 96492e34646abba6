// The one place that picks the storage engine. The rest of the code gets a ready Store
// (migrations run, containers created) and never learns which engine is behind it.
import type { Store } from './store';
import type { StoreConfig } from './store-config';
import { realRetryDeps, type RetryDeps } from './retry';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store';
import { openCosmosStore, type CosmosStoreOptions } from './cosmos/cosmos-store';

export interface OpenStoreOptions {
  /** Retries are logged here at warn level (what, attempt, wait, error code); a pino logger fits. */
  logger?: { warn(details: object, message: string): void };
  sqlite?: Omit<SqliteStoreOptions, 'retryDeps'>;
  cosmos?: Omit<CosmosStoreOptions, 'retryDeps'>;
}

export async function openStore(config: StoreConfig, options: OpenStoreOptions = {}): Promise<Store> {
  const retryDeps = loggingRetryDeps(options.logger);
  if (config.engine === 'cosmos') return openCosmosStore(config, { ...options.cosmos, retryDeps });
  return openSqliteStore(config.path, { durability: config.durability, ...options.sqlite, retryDeps });
}

function loggingRetryDeps(logger: OpenStoreOptions['logger']): RetryDeps {
  if (!logger) return realRetryDeps;
  return {
    ...realRetryDeps,
    onRetry: ({ what, attempt, delayMs, error }) => {
      const code = (error as { code?: unknown } | null)?.code;
      logger.warn({ store: what, attempt, delayMs, code }, 'store call failed, retrying');
    },
  };
}
