import type { APIRequestContext } from '@playwright/test';

interface DevMail {
  id: string;
  to: string;
  subject: string;
  links: string[];
}

/**
 * Waits for a mail to `to` in the dev mailbox (`GET /api/v1/dev/mail`, newest first) with a link
 * whose path ends in `page` (or matches it), and returns that link's path and query, to open on `baseUrl` (the
 * server writes its configured public address into the mail, not the test server's port).
 */
export async function linkFromMailbox(
  request: APIRequestContext,
  baseUrl: string,
  to: string,
  page: string | RegExp,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await request.get(`${baseUrl}/api/v1/dev/mail`, { params: { to } });
    if (response.ok()) {
      const mails = (await response.json()) as DevMail[];
      for (const mail of mails) {
        const link = mail.links.find((candidate) => {
          const path = new URL(candidate).pathname;
          return typeof page === 'string' ? path.endsWith(page) : page.test(path);
        });
        if (link) {
          const url = new URL(link);
          return `${baseUrl}${url.pathname}${url.search}`;
        }
      }
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`No mail to ${to} with a link to ${page} within ${timeoutMs / 1000} s`);
}
