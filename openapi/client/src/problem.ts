/** One entry of a problem's `errors` list: which input was wrong and why. */
export interface ApiFieldError {
  /** Where the value came from: `body`, `query`, `path`, `header`. */
  location: string;
  /** Dotted path into the input, e.g. `address.postcode`. */
  field: string;
  message: string;
}

/** The API's RFC 9457 problem document, as a throwable error. */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  /** Reference for support, present on unexpected (500) errors. */
  readonly errorId: string | undefined;
  readonly errors: ApiFieldError[];

  constructor(fields: {
    type?: string;
    title: string;
    status: number;
    detail?: string;
    instance?: string;
    errorId?: string;
    errors?: ApiFieldError[];
  }) {
    super(fields.detail ?? fields.title);
    this.name = 'ApiProblem';
    this.type = fields.type ?? 'about:blank';
    this.title = fields.title;
    this.status = fields.status;
    this.detail = fields.detail;
    this.instance = fields.instance;
    this.errorId = fields.errorId;
    this.errors = fields.errors ?? [];
  }

  /** Builds a problem from a parsed JSON body, tolerating missing or odd fields. */
  static fromJson(body: unknown, status: number): ApiProblem {
    const json = isRecord(body) ? body : {};
    return new ApiProblem({
      type: stringOrUndefined(json.type),
      title: stringOrUndefined(json.title) ?? `HTTP ${status}`,
      status: typeof json.status === 'number' ? json.status : status,
      detail: stringOrUndefined(json.detail),
      instance: stringOrUndefined(json.instance),
      errorId: stringOrUndefined(json.error_id),
      errors: Array.isArray(json.errors) ? json.errors.filter(isFieldError) : [],
    });
  }

  /** Reads a failed response; bodies that are not problem+json become a generic problem. */
  static async fromResponse(response: Response): Promise<ApiProblem> {
    if (isProblemResponse(response)) {
      try {
        return ApiProblem.fromJson(await response.clone().json(), response.status);
      } catch {
        // An unparsable body falls through to the generic problem below.
      }
    }
    return new ApiProblem({
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      instance: safePathname(response.url),
    });
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

export function isProblemResponse(response: Response): boolean {
  const contentType = response.headers.get('content-type') ?? '';
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/problem+json';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isFieldError(value: unknown): value is ApiFieldError {
  return (
    isRecord(value) &&
    typeof value.location === 'string' &&
    typeof value.field === 'string' &&
    typeof value.message === 'string'
  );
}

function safePathname(url: string): string | undefined {
  try {
    return url ? new URL(url).pathname : undefined;
  } catch {
    return undefined;
  }
}
