import type { Store, TokenInfo, TokenRepository } from '@tessera/store';
import type { EntityDefinition } from '@tessera/core';
import type { ReadCache } from './cache/read-cache.js';

export type InstanceRole = 'local' | 'hub';

/** What every handler can reach through `c.var`. */
export interface AppVariables {
  store: Store;
  tokens: TokenRepository;
  /** Serialised answers of read routes until the data changes. */
  cache: ReadCache;
  /** The caller's token, or undefined when no token was presented. */
  auth: TokenInfo | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
}

export interface AppContext {
  store: Store;
  tokens: TokenRepository;
  instance: string;
  role: InstanceRole;
  entities: readonly EntityDefinition[];
}
