import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { announceMissingChromium, CHROMIUM_PATH, E2E_REQUIRED } from './chromium';
import { REPO_ROOT, startKringServer } from './server';

const PORTALS = ['partner', 'provider', 'pro', 'admin'];

/**
 * Starts a real Kring server for the run (unless KRING_E2E_BASE_URL points at one already)
 * and returns the teardown that stops it. Tests read the address from KRING_E2E_BASE_URL, and the
 * server's var dir (for `kring` commands against the same database) from KRING_E2E_VAR_DIR.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (!CHROMIUM_PATH) {
    announceMissingChromium();
    if (E2E_REQUIRED) throw new Error('KRING_E2E_REQUIRED=1 but no Chromium was found');
    return undefined;
  }
  if (process.env.KRING_E2E_BASE_URL) return undefined;

  const unbuilt = PORTALS.filter(
    (portal) => !existsSync(join(REPO_ROOT, `frontend-${portal}`, 'dist', 'index.html')),
  );
  if (unbuilt.length > 0) {
    throw new Error(`Portals not built (${unbuilt.join(', ')}): run \`npm run build\` first`);
  }

  const server = await startKringServer(join(import.meta.dirname, '..', 'test-results'));
  process.env.KRING_E2E_BASE_URL = server.baseUrl;
  process.env.KRING_E2E_VAR_DIR = server.varDir;
  console.log(`kring serve --dev is ready at ${server.baseUrl}`);
  return server.stop;
}
