import { describe, expect, it } from 'vitest';
import type { AssessmentDecision } from './assessment-decision.js';
import { applyDecision, assessedState, decideAssessment, latestSubmission } from './assessment.js';
import type { AssuranceStep } from './assurance-return.js';
import { assessingRegionOf } from './nhs-region.js';

const submit = (at: string): AssuranceStep => ({
  action: 'submit',
  from: 'draft',
  to: 'submitted',
  by: 'AHSN lead',
  at,
});
const decision = (
  over: Partial<AssessmentDecision> & Pick<AssessmentDecision, 'action' | 'from' | 'to'>,
): AssessmentDecision => ({
  subject: 'assurance-return',
  subjectId: 'r1',
  subjectOwner: 'ahsn-oxford',
  networkId: 'n1',
  region: 'south',
  submittedAt: '2015-07-10T09:00:00Z',
  assessor: 'South RMT',
  decidedAt: '2015-07-12T09:00:00Z',
  ...over,
});

describe('assessment by the Regional Medical Team (annex G 59.b)', () => {
  const record = { status: 'submitted' as const, history: [submit('2015-07-10T09:00:00Z')] };

  it('folds the decisions on the current submission, and knows which the owner has applied', () => {
    const review = decision({ action: 'review', from: 'submitted', to: 'reviewed' });
    const sign = decision({
      action: 'sign_off',
      from: 'reviewed',
      to: 'signed_off',
      decidedAt: '2015-07-13T09:00:00Z',
    });
    const state = assessedState(record, [sign, review]);
    expect(state.status).toBe('signed_off');
    expect(state.pending.map((d) => d.action)).toEqual(['review', 'sign_off']);
    expect(state.allowed).toEqual([]);
    const applied = applyDecision(applyDecision(record, review), sign);
    expect(applied.status).toBe('signed_off');
    expect(applied.history.map((h) => h.by)).toEqual(['AHSN lead', 'South RMT', 'South RMT']);
    expect(assessedState(applied, [review, sign]).pending).toEqual([]);
  });

  it('ignores decisions on an earlier submission', () => {
    const old = decision({ action: 'return', from: 'submitted', to: 'draft', comment: 'more' });
    const resubmitted = {
      status: 'submitted' as const,
      history: [...applyDecision(record, old).history, submit('2015-07-20T09:00:00Z')],
    };
    expect(latestSubmission(resubmitted.history)).toBe('2015-07-20T09:00:00Z');
    expect(assessedState(resubmitted, [old])).toMatchObject({
      status: 'submitted',
      pending: [],
      allowed: ['review', 'return'],
    });
  });

  it('refuses a decision on a draft, an illegal step, and a return without a comment', () => {
    const ctx = { assessor: 'South RMT', at: '2015-07-12T09:00:00Z' };
    expect(() => decideAssessment({ status: 'draft', history: [] }, [], 'review', ctx)).toThrow(
      /draft/,
    );
    expect(() => decideAssessment(record, [], 'sign_off', ctx)).toThrow(/Cannot sign_off/);
    expect(() => decideAssessment(record, [], 'return', ctx)).toThrow(/comment/);
    expect(decideAssessment(record, [], 'review', ctx)).toMatchObject({
      from: 'submitted',
      to: 'reviewed',
      submittedAt: '2015-07-10T09:00:00Z',
    });
  });

  it('places each network in the region whose team assesses it', () => {
    const geographies = new Map([
      ['r', { id: 'r', key: 'region-london', name: 'London', kind: 'region' as const }],
      [
        'g',
        {
          id: 'g',
          key: 'london',
          name: 'London',
          kind: 'senate_geography' as const,
          parentId: 'r',
        },
      ],
    ]);
    expect(assessingRegionOf({ key: 'cn-london-cancer', geographyId: 'g' }, geographies)).toBe(
      'london',
    );
    expect(assessingRegionOf({ key: 'ahsn-oxford' }, geographies)).toBe('south');
    expect(assessingRegionOf({ key: 'coalition-uclpartners' }, geographies)).toBe('london');
    expect(assessingRegionOf({ key: 'ldp-north-east' }, geographies)).toBe('north');
    expect(assessingRegionOf({ key: 'something-else' }, geographies)).toBeNull();
  });
});
