import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../errors/domain-error.js';
import { assuranceWorkflow } from '../governance/assurance-workflow.js';
import { enquiryWorkflow } from '../improvement/enquiry-workflow.js';
import { defineStateMachine, stepContextIssues } from './state-machine.js';

const door = defineStateMachine({
  subject: { indefinite: 'a door', definite: 'the door' },
  actions: ['open', 'close', 'lock'],
  transitions: [
    { from: 'shut', action: 'open', to: 'open', who: 'editor' },
    { from: 'open', action: 'close', to: 'shut', who: 'editor' },
    { from: 'shut', action: 'lock', to: 'locked', who: 'admin' },
  ],
});

describe('defineStateMachine', () => {
  it('follows the table, listing allowed actions in action order', () => {
    expect(door.next('shut', 'open')).toBe('open');
    expect(door.allowed('shut')).toEqual(['open', 'lock']);
    expect(door.allowed('locked')).toEqual([]);
    expect(door.whoMay('lock')).toBe('admin');
  });

  it('refuses a step the table lacks with 409 illegal_transition naming what is allowed', () => {
    try {
      door.next('open', 'lock');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConflictError);
      const err = e as ConflictError;
      expect(err.code).toBe('illegal_transition');
      expect(err.message).toBe('Cannot lock a door that is open; allowed: close');
      expect(err.data).toEqual({ status: 'open', action: 'lock', allowed: ['close'] });
    }
    expect(() => door.next('locked', 'open')).toThrow('allowed: none');
    // a status outside the table (or a prototype key) has no steps
    expect(door.allowed('__proto__' as 'shut')).toEqual([]);
    expect(() => door.next('constructor' as 'shut', 'open')).toThrow(ConflictError);
  });

  it('turns field issues into one ValidationError, and none into nothing', () => {
    expect(() => door.refuse('open', [])).not.toThrow();
    const issues = [
      { path: ['by'], message: 'required' },
      { path: ['items', 0], message: 'bad' },
    ];
    try {
      door.refuse('open', issues);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).message).toBe(
        'Cannot open the door: by: required; items.0: bad',
      );
      expect((e as ValidationError).issues).toEqual(issues);
    }
  });

  it('refuses a table that gives one action two roles', () => {
    expect(() =>
      defineStateMachine({
        subject: { indefinite: 'a door', definite: 'the door' },
        actions: ['open'],
        transitions: [
          { from: 'a', action: 'open', to: 'b', who: 'editor' },
          { from: 'b', action: 'open', to: 'c', who: 'admin' },
        ],
      }),
    ).toThrow(/one role/);
  });

  it('checks who, when and the comment of a step, in that order', () => {
    const late = () => [{ path: ['at'], message: 'late' }];
    expect(stepContextIssues({ by: ' ', at: 'x', comment: 'c'.repeat(2001) }, late)).toEqual([
      { path: ['by'], message: 'who takes the step is required (at most 200 characters)' },
      { path: ['at'], message: 'late' },
      { path: ['comment'], message: 'at most 2000 characters' },
    ]);
    expect(stepContextIssues({ by: 'me', at: 'x' }, () => [])).toEqual([]);
  });

  it('expresses both workflows, each step an editor’s', () => {
    expect(assuranceWorkflow.allowed('submitted')).toEqual(['review', 'return']);
    expect(enquiryWorkflow.allowed('routed')).toEqual(['route', 'start', 'answer', 'close']);
    for (const t of assuranceWorkflow.transitions)
      expect(assuranceWorkflow.whoMay(t.action)).toBe('editor');
    for (const t of enquiryWorkflow.transitions)
      expect(enquiryWorkflow.whoMay(t.action)).toBe('editor');
  });
});
