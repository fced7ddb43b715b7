import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';

const BASE = 'http://127.0.0.1:8123';
const PASSWORD = 'Zonnebloem-Kring-2026';
const code = (s) => new TOTP({ secret: Secret.fromBase32(s), digits: 6, period: 30 }).generate();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });

async function logIn(portal, email, totp) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${BASE}/${portal}/login`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await page.getByLabel(/^Code uit de app/).fill(code(totp));
  await page.getByRole('main').getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForTimeout(1500);
  return page;
}

async function shoot(page, name) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    console.log(name, width, 'overflow', overflow, 'axe', JSON.stringify(bad.map((v) => [v.id, v.nodes.map((n) => n.target.join(' ')).slice(0, 3)])));
  }
}

const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'pro') {
  const pro = await logIn('pro', 'gemeente@kring.demo', 'G6CGNGCEYEZ6GCOHND6OHAVPF6ACPURX');
  for (const [path, name] of JSON.parse(process.argv[3] ?? '[["/pro/","dashboard"]]')) {
    await pro.goto(`${BASE}${path}`);
    await pro.waitForTimeout(1500);
    await shoot(pro, name);
  }
}
if (which === 'all' || which === 'admin') {
  const admin = await logIn('admin', 'admin@kring.demo', 'O5B3FY652KRWAMC3EUVJCZ52LJBUBHH5');
  await admin.goto(`${BASE}/admin/neighbourhoods`);
  await admin.getByRole('link', { name: 'Wittevrouwen' }).first().click();
  await admin.waitForTimeout(1500);
  await shoot(admin, 'console-neighbourhood');
}
await browser.close();
