import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './server';

/** The var dir of the server the journeys run against, when this run started it. */
export const SERVER_VAR_DIR = process.env.KRING_E2E_VAR_DIR;

/**
 * `kring create-staff` against the journeys' server: makes a staff account and returns the path
 * and query of its activation link (the printed link carries the configured public address).
 */
export function createStaff(email: string, role: string, firstName: string): string {
  if (!SERVER_VAR_DIR) throw new Error('KRING_E2E_VAR_DIR is not set: no server of this run');
  const output = execFileSync(
    join(REPO_ROOT, '.venv', 'bin', 'kring'),
    ['create-staff', email, '--role', role, '--first-name', firstName],
    { cwd: REPO_ROOT, env: { ...process.env, KRING_VAR_DIR: SERVER_VAR_DIR }, encoding: 'utf8' },
  );
  const link = output.match(/https?:\/\/\S+\/activate\?token=\S+/)?.[0];
  if (!link) throw new Error(`create-staff printed no activation link:\n${output}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/**
 * `kring jobs run NAME` against the journeys' server, as the scheduler would run it now (e.g.
 * `members.send_activations`, which mails new contact persons their activation link).
 */
export function runJob(name: string): string {
  if (!SERVER_VAR_DIR) throw new Error('KRING_E2E_VAR_DIR is not set: no server of this run');
  return execFileSync(join(REPO_ROOT, '.venv', 'bin', 'kring'), ['jobs', 'run', name], {
    cwd: REPO_ROOT,
    env: { ...process.env, KRING_VAR_DIR: SERVER_VAR_DIR },
    encoding: 'utf8',
  });
}
