import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConflictError, DomainError, ValidationError } from '../errors/domain-error.js';
import {
  assuranceReturnEntity,
  type AssuranceAction,
  type AssuranceReturn,
  type AssuranceStatus,
} from './assurance-return.js';
import { allowedActions, applyAssuranceTransition, nextStatus } from './assurance-workflow.js';

const draft = (
  deliverables: AssuranceReturn['deliverables'] = [
    { title: 'Patient safety collaborative', rag: 'green' },
  ],
): AssuranceReturn & { id: string } => ({
  id: 'r1',
  networkId: 'ahsn-yh',
  period: '2015-Q2',
  deliverables,
  metrics: [],
  status: 'draft',
  history: [],
});
const at = '2015-07-10T09:00:00Z';

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('assurance workflow', () => {
  it('allows the actions of the graph', () => {
    expect(allowedActions('draft')).toEqual(['submit']);
    expect(allowedActions('submitted')).toEqual(['review', 'return']);
    expect(allowedActions('reviewed')).toEqual(['sign_off', 'return']);
    expect(allowedActions('signed_off')).toEqual([]);
    expect(nextStatus('reviewed', 'return')).toBe('draft');
  });

  it('refuses an illegal transition with a ConflictError naming status, action and allowed actions', () => {
    const e = catchError(() => nextStatus('draft', 'sign_off'));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e).toMatchObject({
      code: 'illegal_transition',
      data: { status: 'draft', action: 'sign_off', allowed: ['submit'] },
    });
    expect((e as Error).message).toMatch(/sign_off.*draft.*submit/);
    expect(catchError(() => nextStatus('signed_off', 'return'))).toMatchObject({
      data: { allowed: [] },
    });
  });

  it('walks a return through to sign-off, recording each step, without touching the input', () => {
    const r0 = draft();
    const r1 = applyAssuranceTransition(r0, 'submit', { by: 'yh-lead', at });
    const r2 = applyAssuranceTransition(r1, 'return', {
      by: 'regional-medical-team',
      at: '2015-07-12T10:00:00Z',
      comment: 'Add the safety metrics',
    });
    const r3 = applyAssuranceTransition(
      applyAssuranceTransition(r2, 'submit', { by: 'yh-lead', at }),
      'review',
      { by: 'rmt', at },
    );
    const r4 = applyAssuranceTransition(r3, 'sign_off', { by: 'nmd', at, comment: 'Signed off' });
    expect(r0).toEqual(draft());
    expect(r4.status).toBe('signed_off');
    expect(r4.id).toBe('r1');
    expect(r4.history.map((s) => [s.action, s.from, s.to])).toEqual([
      ['submit', 'draft', 'submitted'],
      ['return', 'submitted', 'draft'],
      ['submit', 'draft', 'submitted'],
      ['review', 'submitted', 'reviewed'],
      ['sign_off', 'reviewed', 'signed_off'],
    ]);
    expect(r4.history[1]).toEqual({
      action: 'return',
      from: 'submitted',
      to: 'draft',
      by: 'regional-medical-team',
      at: '2015-07-12T10:00:00Z',
      comment: 'Add the safety metrics',
    });
    expect('comment' in (r4.history[0] ?? {})).toBe(false);
    const { id: _id, ...fields } = r4;
    expect(() => assuranceReturnEntity.schema.parse(fields)).not.toThrow();
  });

  it('needs a comment to return for changes', () => {
    const submitted = applyAssuranceTransition(draft(), 'submit', { by: 'a', at });
    const e = catchError(() =>
      applyAssuranceTransition(submitted, 'return', { by: 'b', at, comment: '  ' }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues.map((i) => i.path)).toEqual([['comment']]);
  });

  it('needs deliverables, each with a RAG rating, to submit', () => {
    const none = catchError(() => applyAssuranceTransition(draft([]), 'submit', { by: 'a', at }));
    expect(none).toBeInstanceOf(ValidationError);
    expect((none as ValidationError).issues[0]?.path).toEqual(['deliverables']);
    const unrated = draft([
      { title: 'a', rag: 'amber' },
      { title: 'b' } as AssuranceReturn['deliverables'][number],
    ]);
    expect(
      (
        catchError(() =>
          applyAssuranceTransition(unrated, 'submit', { by: 'a', at }),
        ) as ValidationError
      ).issues[0]?.path,
    ).toEqual(['deliverables', 1, 'rag']);
  });

  it('checks who and when, and reports an illegal step before a refused one', () => {
    expect(() => applyAssuranceTransition(draft(), 'submit', { by: '', at })).toThrow(
      ValidationError,
    );
    expect(() => applyAssuranceTransition(draft(), 'submit', { by: 'a', at: 'yesterday' })).toThrow(
      ValidationError,
    );
    expect(
      catchError(() => applyAssuranceTransition(draft([]), 'return', { by: 'a', at })),
    ).toBeInstanceOf(ConflictError);
  });
});

// ---- properties -------------------------------------------------------------------------------

/** The graph, written out again independently of the implementation. */
const GRAPH: Record<AssuranceStatus, Partial<Record<AssuranceAction, AssuranceStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { review: 'reviewed', return: 'draft' },
  reviewed: { sign_off: 'signed_off', return: 'draft' },
  signed_off: {},
};
const REACHABLE = new Set<AssuranceStatus>(['draft', 'submitted', 'reviewed', 'signed_off']);

describe('assurance workflow properties', () => {
  it('random action sequences follow the graph, and history grows by exactly the accepted actions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            action: fc.constantFrom<AssuranceAction>('submit', 'review', 'sign_off', 'return'),
            comment: fc.option(fc.constantFrom('fix it', ''), { nil: undefined }),
          }),
          { maxLength: 30 },
        ),
        (steps) => {
          let record = draft();
          let accepted = 0;
          for (const { action, comment } of steps) {
            const expected = GRAPH[record.status][action];
            const legal = expected !== undefined;
            const valid = action !== 'return' || (comment !== undefined && comment.trim() !== '');
            try {
              record = applyAssuranceTransition(record, action, {
                by: 'someone',
                at,
                ...(comment !== undefined ? { comment } : {}),
              });
              accepted += 1;
              expect(legal && valid).toBe(true);
              expect(record.status).toBe(expected);
            } catch (e) {
              expect(e).toBeInstanceOf(DomainError);
              expect(e).toBeInstanceOf(legal ? ValidationError : ConflictError);
              expect(legal && valid).toBe(false);
            }
            expect(REACHABLE.has(record.status)).toBe(true);
          }
          expect(record.history).toHaveLength(accepted);
          let status: AssuranceStatus = 'draft';
          for (const s of record.history) {
            expect(s.from).toBe(status);
            expect(GRAPH[s.from][s.action]).toBe(s.to);
            status = s.to;
          }
          expect(record.status).toBe(status);
          expect(allowedActions(record.status)).toEqual(
            (['submit', 'review', 'sign_off', 'return'] as const).filter(
              (a) => GRAPH[record.status][a],
            ),
          );
        },
      ),
    );
  });
});
