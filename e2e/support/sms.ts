import type { APIRequestContext } from '@playwright/test';

interface DevSms {
  id: string;
  sent_at: string;
  to: string;
  text: string;
}

/**
 * Waits for a new text message to `to` (E.164) in the dev SMS outbox
 * (`GET /api/v1/dev/sms`, newest first), one that is not in `seen`, and returns its 6-digit code.
 */
export async function codeFromSms(
  request: APIRequestContext,
  baseUrl: string,
  to: string,
  seen: Set<string>,
  timeoutMs = 20_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await request.get(`${baseUrl}/api/v1/dev/sms`, { params: { to } });
    if (response.ok()) {
      const messages = (await response.json()) as DevSms[];
      const fresh = messages.find((message) => !seen.has(message.id));
      const code = fresh?.text.match(/\b(\d{6})\b/)?.[1];
      if (fresh && code) {
        seen.add(fresh.id);
        return code;
      }
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`No new text message to ${to} within ${timeoutMs / 1000} s`);
}
