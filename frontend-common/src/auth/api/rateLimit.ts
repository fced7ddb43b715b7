import { ApiProblem, isApiProblem } from '@kring/client';

/**
 * A 429 answer with the seconds to wait from its `Retry-After` header. The shared client turns
 * every failed response into an {@link ApiProblem} without its headers, so the calls that can be
 * throttled add {@link retryAfterMiddleware} to read the header first.
 */
export class RateLimited extends ApiProblem {
  /** Seconds until a new try may succeed, or undefined when the server did not say. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ApiProblem, retryAfterSeconds: number | undefined) {
    super({
      type: problem.type,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      instance: problem.instance,
      errorId: problem.errorId,
      errors: problem.errors,
    });
    this.name = 'RateLimited';
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole minutes left, at least one. */
  get minutesLeft(): number | undefined {
    return this.retryAfterSeconds === undefined
      ? undefined
      : Math.max(1, Math.ceil(this.retryAfterSeconds / 60));
  }
}

export function isRateLimited(error: unknown): error is RateLimited {
  return error instanceof RateLimited;
}

/** Reads `Retry-After` as seconds (a number) or as an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}

/**
 * Runs one API call with a per-request middleware that notes `Retry-After`, and turns a 429
 * problem into a {@link RateLimited}. Per-request middleware sees the response before the
 * client's own middleware throws.
 */
export async function withRetryAfter<T>(
  call: (
    middleware: [{ onResponse: (context: { response: Response }) => undefined }],
  ) => Promise<T>,
): Promise<T> {
  let retryAfter: number | undefined;
  const middleware = {
    onResponse({ response }: { response: Response }): undefined {
      if (response.status === 429)
        retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      return undefined;
    },
  };
  try {
    return await call([middleware]);
  } catch (error) {
    if (isApiProblem(error) && error.status === 429) throw new RateLimited(error, retryAfter);
    throw error;
  }
}
