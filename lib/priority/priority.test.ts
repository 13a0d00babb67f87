// Background processes run at niceness 10 (never raised back: one already lower stays so), and
// lowering a process that is gone or not ours fails quietly.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKGROUND_NICENESS, runInBackground, spawnInBackground } from '.';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

const sleeper = () => {
  const child = spawn('sleep', ['30']);
  children.push(child);
  return child;
};

describe('lib/priority', () => {
  it('lowers a process to niceness 10, and its children are born at it', async () => {
    const child = spawnInBackground(
      process.execPath,
      ['-e', "require('node:child_process').spawn('sleep', ['5'], { stdio: 'inherit' }); setTimeout(() => {}, 30000)"],
      {
        stdio: 'ignore',
      },
    );
    children.push(child);
    expect(os.getPriority(child.pid!)).toBe(BACKGROUND_NICENESS);
    expect(BACKGROUND_NICENESS).toBeGreaterThan(os.getPriority());
    let grandchild: number | undefined;
    for (let tries = 0; !grandchild && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      grandchild = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]) || undefined;
    }
    expect(os.getPriority(grandchild)).toBe(BACKGROUND_NICENESS);
  });

  it('lowers a running process, never raises one', () => {
    const a = sleeper();
    runInBackground(a.pid!);
    expect(os.getPriority(a.pid!)).toBe(10);
    const b = sleeper();
    os.setPriority(b.pid!, 15);
    runInBackground(b.pid!);
    expect(os.getPriority(b.pid!)).toBe(15);
  });

  it('fails quietly for a process that is gone', async () => {
    const c = sleeper();
    c.kill('SIGKILL');
    await new Promise((resolve) => c.once('exit', resolve));
    expect(() => runInBackground(c.pid!)).not.toThrow();
  });
});
