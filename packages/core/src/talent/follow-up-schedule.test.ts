import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueFollowUps, followUpDates, type GoalForFollowUp } from './follow-up-schedule.js';
import { ValidationError } from '../errors/domain-error.js';

// An independent reference: a table of month lengths and the Gregorian leap rule.
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function refAddMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  let year = y;
  let month = m;
  for (let i = 0; i < months; i++) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, monthLength(year, month)))}`;
}
const arbDate = fc
  .record({
    y: fc.integer({ min: 1900, max: 2200 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, monthLength(y, m)))}`);
const dayIndex = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('followUpDates', () => {
  it('clamps to the end of the month', () => {
    expect(followUpDates('2024-01-31').map((f) => f.dueOn)).toEqual([
      '2024-04-30',
      '2024-07-31',
      '2025-01-31',
    ]);
    expect(followUpDates('2023-11-30')[0]).toEqual({ dueMonths: 3, dueOn: '2024-02-29' });
    expect(followUpDates('2024-02-29')[2]).toEqual({ dueMonths: 12, dueOn: '2025-02-28' });
    expect(followUpDates('2024-08-31').map((f) => f.dueOn)).toEqual([
      '2024-11-30',
      '2025-02-28',
      '2025-08-31',
    ]);
    expect(followUpDates('2099-11-30')[0]!.dueOn).toBe('2100-02-28'); // 2100 is not a leap year
    expect(followUpDates('1999-11-30')[0]!.dueOn).toBe('2000-02-29'); // 2000 is
  });

  it('rejects dates that are not calendar dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-1', 'tomorrow', '']) {
      expect(() => followUpDates(bad)).toThrow(ValidationError);
    }
  });

  it('property: agrees with a month-by-month reference and keeps 3 < 6 < 12', () => {
    fc.assert(
      fc.property(arbDate, (setOn) => {
        const dates = followUpDates(setOn);
        expect(dates.map((f) => f.dueMonths)).toEqual([3, 6, 12]);
        for (const f of dates) expect(f.dueOn).toBe(refAddMonths(setOn, f.dueMonths));
        const days = dates.map((f) => dayIndex(f.dueOn));
        expect(days[0]! > dayIndex(setOn) && days[0]! < days[1]! && days[1]! < days[2]!).toBe(true);
        // never more than the calendar months, never less than them minus the clamped days
        expect(days[2]! - dayIndex(setOn)).toBeGreaterThanOrEqual(365 - 3);
        expect(days[2]! - dayIndex(setOn)).toBeLessThanOrEqual(366);
      }),
    );
  });
});

const goal = (
  id: string,
  setOn: string,
  followUps: GoalForFollowUp['followUps'] = [],
): GoalForFollowUp => ({
  id,
  enrolmentId: `enr-${id}`,
  setOn,
  followUps,
});

describe('dueFollowUps', () => {
  it('lists overdue and upcoming follow-ups, skipping done ones', () => {
    const goals = [
      goal('g2', '2024-01-15', [
        { dueMonths: 3, dueOn: '2024-04-15', doneOn: '2024-04-20', attainment: 'partly' },
        { dueMonths: 6, dueOn: '2024-07-15' },
        { dueMonths: 12, dueOn: '2025-01-15' },
      ]),
      goal('g1', '2024-04-01'), // no recorded follow-ups: 2024-07-01, 2024-10-01, 2025-04-01 from the schedule
      goal('g3', '2023-07-20', [{ dueMonths: 12, dueOn: '2024-07-20', doneOn: '2024-07-01' }]),
    ];
    const due = dueFollowUps(goals, '2024-07-10', 7);
    expect(due).toEqual([
      {
        goalId: 'g3',
        enrolmentId: 'enr-g3',
        dueMonths: 3,
        dueOn: '2023-10-20',
        status: 'overdue',
        daysOverdue: 264,
      },
      {
        goalId: 'g3',
        enrolmentId: 'enr-g3',
        dueMonths: 6,
        dueOn: '2024-01-20',
        status: 'overdue',
        daysOverdue: 172,
      },
      {
        goalId: 'g1',
        enrolmentId: 'enr-g1',
        dueMonths: 3,
        dueOn: '2024-07-01',
        status: 'overdue',
        daysOverdue: 9,
      },
      {
        goalId: 'g2',
        enrolmentId: 'enr-g2',
        dueMonths: 6,
        dueOn: '2024-07-15',
        status: 'due',
        daysOverdue: 0,
      },
    ]);
    expect(dueFollowUps(goals, '2024-07-10', 4).map((d) => d.goalId)).toEqual(['g3', 'g3', 'g1']);
    expect(dueFollowUps(goals, '2024-07-15', 0).at(-1)).toMatchObject({
      goalId: 'g2',
      status: 'due',
      daysOverdue: 0,
    });
  });

  it('rejects a bad window or date', () => {
    expect(() => dueFollowUps([], '2024-07-10', -1)).toThrow(RangeError);
    expect(() => dueFollowUps([], '2024-07-10', 1.5)).toThrow(RangeError);
    expect(() => dueFollowUps([], '10/07/2024')).toThrow(ValidationError);
  });

  const arbGoal = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    setOn: arbDate,
    done: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    recorded: fc.boolean(),
  });

  it('property: exactly the not-done follow-ups due by asOf + window, sorted, monotone in the window', () => {
    fc.assert(
      fc.property(
        fc.array(arbGoal, { maxLength: 8 }),
        arbDate,
        fc.nat({ max: 400 }),
        (specs, asOf, window) => {
          const goals = specs.map((s, i) =>
            goal(
              `${i}-${s.id}`,
              s.setOn,
              s.recorded
                ? followUpDates(s.setOn).map((f, i) => (s.done[i] ? { ...f, doneOn: f.dueOn } : f))
                : [],
            ),
          );
          const due = dueFollowUps(goals, asOf, window);
          // brute force: every pending follow-up whose date is at most asOf + window
          const limit = dayIndex(asOf) + window;
          const expected = specs.flatMap((s, g) =>
            followUpDates(s.setOn)
              .filter((f, i) => !(s.recorded && s.done[i]) && dayIndex(f.dueOn) <= limit)
              .map((f) => `${g}-${s.id}|${f.dueMonths}|${f.dueOn}`),
          );
          expect(due.map((d) => `${d.goalId}|${d.dueMonths}|${d.dueOn}`).sort()).toEqual(
            expected.sort(),
          );
          for (const d of due) {
            expect(d.status).toBe(dayIndex(d.dueOn) < dayIndex(asOf) ? 'overdue' : 'due');
            expect(d.daysOverdue).toBe(Math.max(0, dayIndex(asOf) - dayIndex(d.dueOn)));
          }
          for (let i = 1; i < due.length; i++)
            expect(due[i - 1]!.dueOn <= due[i]!.dueOn).toBe(true);
          expect(dueFollowUps(goals, asOf, window + 30).length).toBeGreaterThanOrEqual(due.length);
          expect(dueFollowUps([...goals].reverse(), asOf, window)).toEqual(due); // input order does not matter
        },
      ),
    );
  });
});
