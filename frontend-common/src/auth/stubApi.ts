// Test helper: a stub `fetch` for the API client that answers by method and path.

export interface StubCall {
  method: string;
  path: string;
  search: string;
  body: unknown;
  headers: Headers;
}

export type StubAnswer = Response | ((call: StubCall) => Response | Promise<Response>);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  fields: { detail?: string; errors?: { field: string; message: string }[] } = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({
      type: 'about:blank',
      title: `HTTP ${status}`,
      status,
      detail: fields.detail,
      errors: (fields.errors ?? []).map((error) => ({ location: 'body', ...error })),
    }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

export const noContent = () => new Response(null, { status: 204 });

export const ANNA = {
  id: '0190d5a4-0000-7000-8000-000000000001',
  email: 'anna@example.org',
  initials: null,
  first_name: 'Anna',
  prefix: 'de',
  last_name: 'Vries',
  language: 'nl',
  phone_for_questions: null,
  birth_date: null,
  gender: null,
  home_address: null,
  staff_role: null,
  active_organisation_id: null,
} as const;

/**
 * `routes` maps "METHOD /api/v1/path" to an answer; anything else is a 404 problem, except
 * `GET /api/v1/me` (401: nobody logged in) and `GET /api/v1/health` (ok), unless overridden.
 */
export function stubApi(routes: Record<string, StubAnswer>) {
  const calls: StubCall[] = [];
  const all: Record<string, StubAnswer> = {
    'GET /api/v1/me': () => problem(401, { detail: 'Log in first.' }),
    'GET /api/v1/health': () => json({ status: 'ok' }),
    ...routes,
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.clone().text();
    const call: StubCall = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      headers: request.headers,
    };
    calls.push(call);
    const answer = all[`${call.method} ${call.path}`];
    if (!answer) return problem(404, { detail: `No stub for ${call.method} ${call.path}` });
    return typeof answer === 'function' ? answer(call) : answer.clone();
  };
  const callsTo = (method: string, path: string) =>
    calls.filter((call) => call.method === method && call.path === path);
  return { fetch, calls, callsTo };
}
