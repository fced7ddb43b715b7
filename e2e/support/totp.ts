import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
/** The newest time step this run sent a code for, per secret. */
const lastStep = new Map<string, number>();

/**
 * A code from an authenticator app for `secret`, for a time step this run has not used yet:
 * the API accepts a code once, so a second log-in within the same 30 seconds waits for the next
 * step. (Against a long-running server that other runs used, the first code of a run may still
 * meet a used step; the journeys start their own server.)
 */
export async function freshTotpCode(secret: string): Promise<string> {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret.replace(/\s+/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
  const used = lastStep.get(secret);
  let step = Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
  if (used !== undefined && step <= used) {
    step = used + 1;
    // Half a second into the new step, so the server's clock is surely there too.
    const wait = step * PERIOD_SECONDS * 1000 + 500 - Date.now();
    await new Promise((done) => setTimeout(done, Math.max(0, wait)));
  }
  lastStep.set(secret, step);
  return totp.generate({ timestamp: step * PERIOD_SECONDS * 1000 });
}
