import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  capabilityAssessmentEntity,
  CapabilityLevel,
  StaffGroup,
} from './capability-assessment.js';

const base = {
  organisationId: 'o1',
  staffGroup: 'clinicians',
  level: 'practitioner',
  assessedOn: '2015-09-30',
  headcount: 100,
  trained: 12,
};
const parse = (x: unknown) => capabilityAssessmentEntity.schema.safeParse(x);

describe('capabilityAssessmentEntity', () => {
  it('knows the staff groups of para 93 (national leaders included) and three levels', () => {
    expect(StaffGroup.options).toEqual([
      'front_line_staff',
      'clinicians',
      'operational_managers',
      'organisational_leaders',
      'local_system_leaders',
      'national_leaders',
    ]);
    expect(CapabilityLevel.options).toEqual(['awareness', 'practitioner', 'expert']);
    expect(capabilityAssessmentEntity).toMatchObject({
      name: 'capability-assessment',
      domain: 'improvement',
      ownedBy: 'region',
    });
  });

  it('accepts counts and an optional target', () => {
    expect(parse(base).success).toBe(true);
    expect(parse({ ...base, targetTrained: 40 }).success).toBe(true);
    expect(parse({ ...base, headcount: 0, trained: 0 }).success).toBe(true);
  });

  it('refuses trained above headcount on path trained, and a target above headcount on path targetTrained', () => {
    expect(parse({ ...base, trained: 101 }).error?.issues.map((i) => i.path)).toEqual([
      ['trained'],
    ]);
    expect(parse({ ...base, targetTrained: 101 }).error?.issues.map((i) => i.path)).toEqual([
      ['targetTrained'],
    ]);
    expect(parse({ ...base, trained: -1 }).success).toBe(false);
    expect(parse({ ...base, headcount: 10.5 }).success).toBe(false);
    expect(parse({ ...base, staffGroup: 'porters' }).success).toBe(false);
  });

  it('property: valid exactly when trained <= headcount and target <= headcount', () => {
    const n = fc.integer({ min: 0, max: 50 });
    fc.assert(
      fc.property(n, n, fc.option(n, { nil: undefined }), (headcount, trained, targetTrained) => {
        const r = parse({
          ...base,
          headcount,
          trained,
          ...(targetTrained !== undefined ? { targetTrained } : {}),
        });
        expect(r.success).toBe(
          trained <= headcount && (targetTrained === undefined || targetTrained <= headcount),
        );
        if (!r.success && trained > headcount)
          expect(r.error.issues.some((i) => i.path[0] === 'trained')).toBe(true);
      }),
    );
  });
});
