/**
 * A plugin may throw an error built by its own installed copy of `@tessera/core` (another module
 * instance, other classes). Such an error is still a domain error: recognised by its brand and
 * code, never by class identity.
 */
import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_BRAND, DomainError, isDomainError, NotFoundError } from './domain-error.js';
import { errorToProblem } from './problem.js';

/** A second copy of the error classes, as another installed @tessera/core would define them. */
function otherCopy() {
  class DomainError extends Error {
    constructor(
      readonly code: string,
      message: string,
      readonly data?: Record<string, unknown>,
    ) {
      super(message);
      this.name = new.target.name;
    }
  }
  Object.defineProperty(DomainError.prototype, Symbol.for('@tessera/core.domain-error'), {
    value: true,
  });
  class NotFoundError extends DomainError {
    constructor(message: string, data?: Record<string, unknown>) {
      super('not_found', message, data);
    }
  }
  class ValidationError extends DomainError {
    constructor(
      message: string,
      readonly issues: { path: (string | number)[]; message: string }[],
    ) {
      super('validation', message, { issues });
    }
  }
  return { DomainError, NotFoundError, ValidationError };
}

describe('errors of another copy of core', () => {
  const copy = otherCopy();

  it('share the brand: one registered symbol', () => {
    expect(DOMAIN_ERROR_BRAND).toBe(Symbol.for('@tessera/core.domain-error'));
  });

  it('are domain errors here, and instanceof DomainError holds', () => {
    const e = new copy.NotFoundError('No network n1', { id: 'n1' });
    expect(e).not.toBeInstanceOf(NotFoundError); // another class: only the brand and code agree
    expect(isDomainError(e)).toBe(true);
    expect(e instanceof DomainError).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError(Object.assign(new Error('x'), { code: 'not_found' }))).toBe(false);
  });

  it('map to the status of their code', () => {
    expect(errorToProblem(new copy.NotFoundError('No network n1', { id: 'n1' }))).toMatchObject({
      status: 404,
      type: '/api/v1/problems/not-found',
      detail: 'No network n1',
      id: 'n1',
    });
    expect(
      errorToProblem(new copy.DomainError('sequence_gap', 'gap', { expectedSeq: 3 })),
    ).toMatchObject({ status: 409, expectedSeq: 3 });
    const v = errorToProblem(new copy.ValidationError('bad', [{ path: ['a', 0], message: 'no' }]));
    expect(v).toMatchObject({ status: 400, errors: [{ pointer: '#/a/0', path: ['a', 0] }] });
  });
});
