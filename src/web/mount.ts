// Puts the HR workspace on the server: static files, the Teams tab shell, sign-in plumbing and the
// pages. Returns the workspace so the one-time links can start sessions with it.
import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { HerstartCore } from '../core/conversation-core';
import type { Clock } from '../core/ports';
import type { Store } from '../store/store';
import { mountPages } from './pages-routes';
import { mountStaticFiles } from './static-files';
import { mountTab } from './tab-page';
import type { WebConfig } from './web-config';
import type { RowCache } from './data/case-rows';
import { createWorkspace, type Workspace } from './workspace';

export function mountWorkspace(server: Server, deps: { store: Store; core: HerstartCore; clock: Clock; logger: Logger; config: WebConfig; rows: RowCache }): Workspace {
  mountStaticFiles(server);
  mountTab(server, deps.config);
  const ws = createWorkspace(server, deps);
  mountPages(ws, deps);
  return ws;
}
