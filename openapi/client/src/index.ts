import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { CSRF_HEADER, isUnsafeMethod, readCsrfCookie } from './csrf';
import { ApiProblem } from './problem';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';
export { ApiProblem, isApiProblem, type ApiFieldError } from './problem';
export { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';

export type KringClient = Client<paths>;

export interface KringClientOptions {
  /** Origin of the API, e.g. `window.location.origin`; paths already start with `/api/v1`. */
  baseUrl: string;
  /** Current UI language (`nl`, `fr`, `en`), sent as `Accept-Language`. */
  getLanguage: () => string;
  /** Where the CSRF token comes from; defaults to the `kring_csrf` cookie. */
  getCsrfToken?: () => string | undefined;
  /** Replaces the global fetch, for tests. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The one way the portals talk to the API: typed paths from the OpenAPI spec, cookies sent,
 * CSRF header on unsafe methods, `Accept-Language` from the UI, and every failed response
 * thrown as an {@link ApiProblem}.
 */
export function createKringClient(options: KringClientOptions): KringClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    credentials: 'include',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(kringMiddleware(options.getLanguage, options.getCsrfToken ?? readCsrfCookie));
  return client;
}

function kringMiddleware(
  getLanguage: () => string,
  getCsrfToken: () => string | undefined,
): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Accept-Language', getLanguage());
      if (isUnsafeMethod(request.method)) {
        const token = getCsrfToken();
        if (token) request.headers.set(CSRF_HEADER, token);
      }
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok) throw await ApiProblem.fromResponse(response);
      return response;
    },
  };
}

/**
 * Unwraps an openapi-fetch result into its data. Failed responses already throw in the
 * middleware, so a missing body here means a success without content.
 */
export async function requireData<T>(result: Promise<{ data?: T }>): Promise<T> {
  const { data } = await result;
  if (data === undefined) {
    throw new ApiProblem({ title: 'Empty response', status: 204 });
  }
  return data;
}
