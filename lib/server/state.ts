// What the app's server process knows about its database, shared between the server around Next
// (scripts/server.ts, which keeps it current) and the routes inside it (/api/health reads it). It
// lives on globalThis because both run in one process but are loaded separately.

import type { SupervisorState } from '@/lib/db/supervisor';

/** What `npm start` sends the app server over IPC when its supervisor's status changes. */
export interface SupervisorMessage {
  type: 'supervisor';
  status: SupervisorState;
}

export interface ServerState {
  database: {
    reachable: boolean;
    /** When `reachable` last changed (ISO). */
    since: string;
    error: string | null;
  };
  /** The embedded PostgreSQL's supervisor (npm start without DATABASE_URL); null when there is none. */
  supervisor: SupervisorState | null;
}

const KEY = '__gdrServerState';
const store = globalThis as { [KEY]?: ServerState };

/** The state, or null when the app is not run by scripts/server.ts (next dev, route tests). */
export function serverState(): ServerState | null {
  return store[KEY] ?? null;
}

export function initServerState(): ServerState {
  return (store[KEY] ??= { database: { reachable: true, since: new Date().toISOString(), error: null }, supervisor: null });
}
