import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shareableFields } from '../entity/define-entity.js';
import { enquiryEntity, IsoDateTime } from './enquiry.js';

const base = {
  organisationId: 'o1',
  topic: 'improvement',
  question: 'Who can help us with flow?',
  contactName: 'A Person',
  contactEmail: 'a@nhs.net',
  receivedAt: '2015-07-10T09:00:00Z',
};

describe('enquiryEntity', () => {
  it('starts new with an empty history', () => {
    expect(enquiryEntity.schema.parse(base)).toMatchObject({ status: 'new', history: [] });
  });

  it('leaves status, routing, response times and history to the workflow', () => {
    expect([...enquiryEntity.readOnly].sort()).toEqual([
      'answeredAt',
      'firstResponseAt',
      'history',
      'routedToNetworkId',
      'status',
    ]);
  });

  it('keeps the question and contact details local', () => {
    expect(enquiryEntity.readAccess).toBe('viewer');
    expect(shareableFields(enquiryEntity)).not.toContain('question');
    expect(shareableFields(enquiryEntity)).not.toContain('contactEmail');
    expect(shareableFields(enquiryEntity)).toContain('receivedAt');
  });

  it('locks a closed enquiry', () => {
    expect(enquiryEntity.lockedReason?.({ status: 'closed' })).toMatch(/reopen/);
    expect(enquiryEntity.lockedReason?.({ status: 'answered' })).toBeUndefined();
  });

  it('needs a date-time with a zone for receipt, and a known topic and priority area', () => {
    expect(enquiryEntity.schema.safeParse({ ...base, receivedAt: '2015-07-10' }).success).toBe(
      false,
    );
    expect(
      enquiryEntity.schema.safeParse({ ...base, receivedAt: '2015-07-10T09:00:00' }).success,
    ).toBe(false);
    expect(
      enquiryEntity.schema.safeParse({ ...base, receivedAt: '2015-07-10T09:00:00+01:00' }).success,
    ).toBe(true);
    expect(enquiryEntity.schema.safeParse({ ...base, topic: 'finance' }).success).toBe(false);
    expect(
      enquiryEntity.schema.safeParse({ ...base, topic: 'clinical_network', priorityArea: 'cancer' })
        .success,
    ).toBe(true);
    expect(enquiryEntity.schema.safeParse({ ...base, priorityArea: 'dentistry' }).success).toBe(
      false,
    );
  });

  it('property: any instant written by toISOString is a valid receivedAt', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          expect(IsoDateTime.safeParse(d.toISOString()).success).toBe(true);
        },
      ),
    );
  });
});
