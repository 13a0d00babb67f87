// Background work (reading uploaded and collected files, recognition, collection, reparsing) runs at
// a lower CPU priority than the server's pages: on a machine with few cores a reader busy with a
// large PDF must not slow every page down. Niceness 10, as `nice` gives by default.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import os from 'node:os';

export const BACKGROUND_NICENESS = 10;

/** Lowers the priority of process `pid` (default: this one). Never fails: a refusal only costs speed. */
export function runInBackground(pid = process.pid): void {
  try {
    if (pid && os.getPriority(pid) < BACKGROUND_NICENESS) os.setPriority(pid, BACKGROUND_NICENESS);
  } catch {
    // Not permitted, or the process has already gone.
  }
}

/** A background process (`npm start`'s workers): spawned, then lowered; its own children inherit it. */
export function spawnInBackground(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  if (child.pid) runInBackground(child.pid);
  return child;
}
