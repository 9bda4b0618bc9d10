import type { DomainErrorCode } from './registry.js';

/**
 * The one error base of Tessera's domain. Core knows no HTTP: the server answers each `code` with
 * the status of the registry (RFC 9457 problem details) and the client turns problem documents
 * back into these classes.
 *
 * Errors are recognised by a brand and their `code`, not by class identity: two copies of
 * `@tessera/core` (a plugin's installed copy and the host's) agree on what is a domain error.
 */
export type { DomainErrorCode } from './registry.js';

/** A failing field: its path in the input (e.g. `["deliverables", 0, "rag"]`) and what is wrong. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

/** The brand every domain error carries, shared by every copy of core (a registered symbol). */
export const DOMAIN_ERROR_BRAND: unique symbol = Symbol.for('@tessera/core.domain-error') as never;

/**
 * Whether `value` is a domain error, from this copy of core or any other: it carries the brand and
 * a string `code`. Use it (and `code`) rather than `instanceof` on a subclass.
 * @example if (isDomainError(e) && e.code === 'sequence_gap') retry()
 */
export function isDomainError(value: unknown): value is DomainError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [DOMAIN_ERROR_BRAND]?: unknown })[DOMAIN_ERROR_BRAND] === true &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly data?: Record<string, unknown>;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { cause?: unknown; data?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options.data !== undefined) this.data = options.data;
  }

  /** `e instanceof DomainError` holds for a domain error of any copy of core (by its brand). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class on the right of `instanceof`: subclasses keep the prototype check
    // biome-ignore lint/complexity/noThisInStatic: the static is inherited, `this` tells them apart
    if (this === DomainError) return isDomainError(value);
    // biome-ignore lint/complexity/noThisInStatic: as above
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}
Object.defineProperty(DomainError.prototype, DOMAIN_ERROR_BRAND, { value: true });

export class NotFoundError extends DomainError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('not_found', message, data ? { data } : {});
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    data?: Record<string, unknown>,
    code: 'conflict' | 'illegal_transition' | 'sequence_gap' | 'precondition_failed' = 'conflict',
  ) {
    super(code, message, data ? { data } : {});
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('forbidden', message, data ? { data } : {});
  }
}

export class ValidationError extends DomainError {
  readonly issues: FieldIssue[];
  constructor(message: string, issues: FieldIssue[] = [], options: { cause?: unknown } = {}) {
    super('validation', message, { ...options, data: { issues } });
    this.issues = issues;
  }
}

/**
 * A plugin the host refuses (`plugin_refused`: a bad id, listed twice, an API version the host does
 * not speak) or a plugin's own code failing (`plugin_failed`); `data.plugin` names it.
 */
export class PluginError extends DomainError {
  constructor(
    plugin: string,
    message: string,
    options: { code?: 'plugin_refused' | 'plugin_failed'; cause?: unknown } = {},
  ) {
    const { code = 'plugin_refused', cause } = options;
    super(code, message, { data: { plugin }, ...(cause === undefined ? {} : { cause }) });
  }
}

/** A service this one depends on cannot be reached (e.g. the hub, from a local instance). */
export class UnavailableError extends DomainError {
  constructor(message: string, options: { cause?: unknown; data?: Record<string, unknown> } = {}) {
    super('unavailable', message, options);
  }
}

/** The host is set up wrongly (e.g. a store of another instance); a failure at start-up. */
export class ConfigurationError extends DomainError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('misconfigured', message, data ? { data } : {});
  }
}

/** The field issues a validation error carries (also one from another copy of core). */
export function issuesOf(error: DomainError): FieldIssue[] {
  const own = (error as { issues?: unknown }).issues;
  if (Array.isArray(own)) return own as FieldIssue[];
  const data = error.data?.['issues'];
  return Array.isArray(data) ? (data as FieldIssue[]) : [];
}
