// The supervisor's decisions with a fake clock and fake servers: restart after an unexpected exit,
// backoff 1, 2, 4 … 60 s, give up after ten failures in ten minutes, never restart a stop we asked for.
import { describe, expect, it } from 'vitest';
import type { EmbeddedServer } from './embedded';
import { backoffSeconds, PostgresSupervisor, type SupervisorState } from './supervisor';

interface FakeServer extends EmbeddedServer {
  die(how?: string): void;
}

let nextPid = 100;
function fakeServer(): FakeServer {
  let die!: (how: string) => void;
  const exited = new Promise<string>((resolve) => (die = resolve));
  return {
    url: 'postgresql://fake',
    port: 5999,
    dataDir: '/tmp/fake',
    pid: nextPid++,
    staleLockCleared: null,
    exited,
    async stop() {
      die('exit 0');
    },
    die: (how = 'killed by SIGKILL') => die(how),
  };
}

function harness(starts: Array<() => FakeServer>) {
  let clock = 0;
  const delays: number[] = [];
  const log: string[] = [];
  const states: SupervisorState[] = [];
  const gaveUp: string[] = [];
  const started: FakeServer[] = [];
  const first = fakeServer();
  const supervisor = new PostgresSupervisor(first, {
    start: async () => {
      const make = starts.shift();
      if (!make) throw new Error('no more fake starts');
      const server = make();
      started.push(server);
      return server;
    },
    log: (line) => log.push(line),
    onChange: (s) => states.push(s),
    onGiveUp: (reason) => gaveUp.push(reason),
    now: () => clock,
    sleep: async (ms) => {
      delays.push(ms / 1000);
      clock += ms;
    },
  });
  return { supervisor, first, delays, log, states, gaveUp, started, advance: (ms: number) => (clock += ms) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const failing = () => {
  throw new Error('shared memory block is still in use\nmore detail');
};

describe('backoffSeconds', () => {
  it('doubles from 1 s and stops at 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(backoffSeconds)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});

describe('PostgresSupervisor', () => {
  it('restarts PostgreSQL after kill -9, after 1 s, and says so', async () => {
    const h = harness([fakeServer, fakeServer]);
    h.first.die();
    await settle();
    expect(h.delays).toEqual([1]);
    expect(h.supervisor.server).toBe(h.started[0]);
    expect(h.supervisor.status).toEqual({ restarts: 1, state: 'up', lastFailure: expect.stringContaining('killed by SIGKILL') });
    expect(h.states.map((s) => s.state)).toEqual(['down', 'down', 'up']);
    expect(h.log.join('\n')).toMatch(/stopped unexpectedly \(killed by SIGKILL\)\. Restarting it in 1 s/);
    expect(h.log.join('\n')).toMatch(/running again/);
    // And again when the new one dies: the second failure in ten minutes waits 2 s.
    h.started[0]!.die();
    await settle();
    expect(h.delays).toEqual([1, 2]);
    expect(h.supervisor.status.restarts).toBe(2);
  });

  it('backs off 1, 2, 4 … 60 s while starts fail, and gives up at the tenth failure with the reason', async () => {
    const h = harness(Array.from({ length: 20 }, () => failing));
    h.first.die();
    for (let i = 0; i < 20; i++) await settle();
    expect(h.delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(h.gaveUp).toHaveLength(1);
    expect(h.gaveUp[0]).toMatch(/shared memory block is still in use\. PostgreSQL failed 10 times within 10 minutes: giving up\./);
    expect(h.supervisor.status.state).toBe('gave-up');
  });

  it('forgets failures older than ten minutes', async () => {
    const h = harness([fakeServer, fakeServer, fakeServer]);
    h.first.die();
    await settle();
    h.started[0]!.die();
    await settle();
    expect(h.delays).toEqual([1, 2]);
    h.advance(11 * 60_000);
    h.started[1]!.die();
    await settle();
    expect(h.delays).toEqual([1, 2, 1]);
  });

  it('does not restart a server it was asked to stop', async () => {
    const h = harness([fakeServer]);
    await h.supervisor.stop();
    await settle();
    expect(h.delays).toEqual([]);
    expect(h.started).toEqual([]);
  });
});
