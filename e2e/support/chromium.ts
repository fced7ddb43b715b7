import { existsSync } from 'node:fs';

/** The system Chromium: never a downloaded browser. */
export function findChromium(): string | undefined {
  const candidates = [process.env.KRING_CHROMIUM, '/usr/bin/chromium'].filter(
    (path): path is string => Boolean(path),
  );
  return candidates.find((path) => existsSync(path));
}

export const CHROMIUM_PATH = findChromium();
export const E2E_REQUIRED = process.env.KRING_E2E_REQUIRED === '1';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A test pattern and a tone instead of a real camera and microphone, allowed without asking:
  // the provider's introduction video is recorded in the browser.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export function announceMissingChromium(): void {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!!  E2E SKIPPED: no Chromium at $KRING_CHROMIUM or /usr/bin/chromium.\n` +
      `!!  Install it (apt-get install -y chromium) or set KRING_CHROMIUM.\n` +
      `!!  Set KRING_E2E_REQUIRED=1 to make this a failure.\n${line}\n`,
  );
}
