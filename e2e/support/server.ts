import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 15_000;

export interface RunningServer {
  baseUrl: string;
  /** The server's var dir: `kring` commands run with it reach the same database. */
  varDir: string;
  stop: () => Promise<void>;
}

/** Asks the OS for a port that is free right now. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`kring serve exited with code ${child.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${url} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`);
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Sends `signal` to the whole process group (the server and what it started). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Starts `kring serve --dev` on a free port with a fresh var dir (so a fresh database, with the
 * demo accounts that the journeys use), in its own process group, and waits until
 * /api/v1/ready answers 200.
 */
export async function startKringServer(logDir: string): Promise<RunningServer> {
  const port = await freePort();
  const varDir = mkdtempSync(join(tmpdir(), 'kring-e2e-'));
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(join(logDir, 'server.log'));
  const child = spawn(
    join(REPO_ROOT, '.venv', 'bin', 'kring'),
    ['serve', '--dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, KRING_VAR_DIR: varDir },
      detached: true, // Its own process group, so we can stop everything it spawns.
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const stop = async () => {
    signalGroup(child, 'SIGINT');
    if (!(await exited(child, STOP_GRACE_MS))) signalGroup(child, 'SIGKILL');
    await exited(child, 5_000);
    log.end();
    rmSync(varDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${baseUrl}/api/v1/ready`, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; see ${join(logDir, 'server.log')}`, {
      cause: error,
    });
  }
  return { baseUrl, varDir, stop };
}
