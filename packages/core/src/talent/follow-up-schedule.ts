import { addDays, addMonths, dayNumber } from '../calendar/day-number.js';
import { FOLLOW_UP_MONTHS, type FollowUp, type FollowUpMonths } from './evaluation-goal.js';

/** A scheduled follow-up of a goal (the `followUps` entries of a new evaluation goal). */
export interface ScheduledFollowUp {
  dueMonths: FollowUpMonths;
  dueOn: string;
}

/**
 * The 3, 6 and 12-month follow-up dates of a goal set on `setOn`, by calendar months clamped to the
 * end of the month. @example followUpDates('2024-01-31') // 2024-04-30, 2024-07-31, 2025-01-31
 */
export function followUpDates(setOn: string): ScheduledFollowUp[] {
  return FOLLOW_UP_MONTHS.map((dueMonths) => ({
    dueMonths,
    dueOn: addMonths(setOn, dueMonths, 'setOn'),
  }));
}

/** The parts of an evaluation goal record that `dueFollowUps` reads. */
export interface GoalForFollowUp {
  id: string;
  enrolmentId: string;
  setOn: string;
  followUps: readonly FollowUp[];
}

export interface DueFollowUp {
  goalId: string;
  enrolmentId: string;
  dueMonths: FollowUpMonths;
  dueOn: string;
  /** `overdue` when `dueOn` is before `asOf`; `due` when it falls from `asOf` to `asOf + windowDays`. */
  status: 'due' | 'overdue';
  /** Days past due (0 when not yet overdue). */
  daysOverdue: number;
}

/**
 * The follow-ups not yet done that are overdue on `asOf` or fall due within `windowDays` after it,
 * most overdue first (ties by goal id, then 3 < 6 < 12 months). A goal's missing follow-up entries
 * are taken from its schedule (`followUpDates(setOn)`), so goals saved without them still count.
 */
export function dueFollowUps(
  goals: readonly GoalForFollowUp[],
  asOf: string,
  windowDays = 14,
): DueFollowUp[] {
  if (!Number.isInteger(windowDays) || windowDays < 0)
    throw new RangeError(`windowDays must be a whole number >= 0: ${windowDays}`);
  const today = dayNumber(asOf, 'asOf');
  const horizon = dayNumber(addDays(asOf, windowDays, 'asOf'));
  const out: (DueFollowUp & { day: number })[] = [];
  for (const goal of goals) {
    for (const f of effectiveFollowUps(goal)) {
      if (f.doneOn !== undefined) continue;
      const day = dayNumber(f.dueOn, 'dueOn');
      if (day > horizon) continue;
      out.push({
        goalId: goal.id,
        enrolmentId: goal.enrolmentId,
        dueMonths: f.dueMonths,
        dueOn: f.dueOn,
        status: day < today ? 'overdue' : 'due',
        daysOverdue: Math.max(0, today - day),
        day,
      });
    }
  }
  out.sort((a, b) => a.day - b.day || cmp(a.goalId, b.goalId) || a.dueMonths - b.dueMonths);
  return out.map(({ day: _day, ...rest }) => rest);
}

/** The goal's recorded follow-ups, completed with scheduled ones for any month not recorded. */
function effectiveFollowUps(goal: GoalForFollowUp): FollowUp[] {
  const byMonths = new Map<FollowUpMonths, FollowUp>();
  for (const f of goal.followUps) if (!byMonths.has(f.dueMonths)) byMonths.set(f.dueMonths, f);
  const missing = FOLLOW_UP_MONTHS.filter((m) => !byMonths.has(m));
  if (missing.length > 0) {
    for (const s of followUpDates(goal.setOn))
      if (!byMonths.has(s.dueMonths)) byMonths.set(s.dueMonths, s);
  }
  return FOLLOW_UP_MONTHS.map((m) => byMonths.get(m)).filter((f): f is FollowUp => f !== undefined);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
