import {
  addDays,
  addMonths,
  type CapabilityLevel,
  dayNumber,
  formatDay,
  StaffGroup,
} from '@tessera/core';
import { dayBetween, FIRST_DAY, LAST_DAY, minDate, monthStarts } from './dates.js';
import type { EntityGenerator, GenerationState } from './generation-state.js';
import { IMPROVEMENT_THEMES, type ImprovementTheme } from './improvement-themes.js';

/**
 * Improvement work in the AHSN's footprint: projects with driver diagrams, PDSA cycles testing
 * their change ideas, measures with monthly values (a baseline, then a shift once a change is
 * adopted), and the baseline of improvement capability per organisation x staff group x level.
 */
const ideasOf = (theme: ImprovementTheme) =>
  theme.drivers.flatMap((d) => d.secondary.flatMap((x) => x.ideas));

const improvementProject: EntityGenerator = function* (s, count) {
  const rng = s.rng('improvement-project');
  for (let i = 0; i < count; i++) {
    const themeIndex = rng.int(0, IMPROVEMENT_THEMES.length - 1);
    const theme = IMPROVEMENT_THEMES[themeIndex]!;
    const organisation = rng.pick(s.world.organisations);
    const startDate = dayBetween(rng, FIRST_DAY, '2016-10-31');
    const early = startDate < '2016-01-01';
    const status = early
      ? rng.weighted([
          ['completed', 55],
          ['active', 35],
          ['abandoned', 10],
        ] as const)
      : rng.weighted([
          ['active', 80],
          ['planned', 20],
        ] as const);
    const ends = status === 'completed' || status === 'abandoned';
    const endDate = ends ? minDate(addMonths(startDate, rng.int(6, 14)), LAST_DAY) : undefined;
    const id = s.newId();
    s.refs.projects.push({
      id,
      theme: themeIndex,
      startDate,
      endDate: endDate ?? LAST_DAY,
      cycles: 0,
      measures: 0,
    });
    yield {
      entity: 'improvement-project',
      id,
      fields: {
        title: `${theme.title}: ${organisation.name}`.slice(0, 300),
        type: theme.type,
        organisationId: organisation.id,
        networkId: s.world.ahsn.id,
        aim: theme.aim,
        status,
        startDate,
        ...(endDate ? { endDate } : {}),
        driverDiagram: {
          aim: theme.aim,
          primaryDrivers: theme.drivers.map((d) => ({
            title: d.primary,
            secondaryDrivers: d.secondary.map((x) => ({
              title: x.title,
              changeIdeas: [...x.ideas],
            })),
          })),
        },
      },
    };
  }
};

const STUDY = [
  'Run chart shows improvement in the weeks of the test; staff found the change easy to adopt.',
  'No change in the measure; staff said the new step added work at a busy time.',
  'Improvement on day shifts only; night staff were not briefed.',
  'Clear improvement; two wards asked to join the next cycle.',
];

const pdsaCycle: EntityGenerator = function* (s, count) {
  const rng = s.rng('pdsa-cycle');
  const { projects } = s.refs;
  for (let j = 0; j < count; j++) {
    const p = projects[j % projects.length]!;
    const cycleNumber = ++p.cycles;
    const ideas = ideasOf(IMPROVEMENT_THEMES[p.theme]!);
    const changeIdea = ideas[(cycleNumber - 1) % ideas.length]!;
    const span = Math.max(0, dayNumber(p.endDate) - dayNumber(p.startDate) - 14);
    const startDate = addDays(p.startDate, Math.min(span, (cycleNumber - 1) * rng.int(14, 35)));
    const fields: Record<string, unknown> = {
      projectId: p.id,
      cycleNumber,
      changeIdea,
      plan: `Test "${changeIdea}" on one ward for two weeks with ${rng.int(5, 30)} patients; the ward sister collects the data daily.`,
      prediction: `At least ${rng.int(5, 9) * 10}% of eligible patients will receive the change and the measure will move in the right direction within two weeks.`,
      startDate,
    };
    const endDate = addDays(startDate, rng.int(10, 28));
    if (endDate <= LAST_DAY && endDate <= p.endDate) {
      fields['endDate'] = endDate;
      fields['doNotes'] = rng.pick([
        'Carried out as planned.',
        'Two days lost to staff sickness; otherwise as planned.',
        'Extended to the night shift in week two.',
      ]);
      fields['study'] = rng.pick(STUDY);
      fields['act'] = rng.weighted([
        ['adopt', 40],
        ['adapt', 45],
        ['abandon', 15],
      ] as const);
    }
    yield { entity: 'pdsa-cycle', id: s.newId(), fields };
  }
};

const measure: EntityGenerator = function* (s, count) {
  const rng = s.rng('measure');
  const { projects } = s.refs;
  for (let j = 0; j < count; j++) {
    const p = projects[j % projects.length]!;
    const theme = IMPROVEMENT_THEMES[p.theme]!;
    const k = p.measures++;
    const m = theme.measures[k % theme.measures.length]!;
    const round = Math.floor(k / theme.measures.length);
    const fields: Record<string, unknown> = {
      projectId: p.id,
      name: round ? `${m.name} (ward ${round + 1})` : m.name,
      kind: m.kind,
      definition: m.definition,
      unit: m.unit,
      improvementDirection: m.direction,
      target: m.target,
      rebase: [],
    };
    if (rng.chance(0.3)) fields['fixAfterNPoints'] = rng.int(12, 20);
    const id = s.newId();
    s.refs.measures.push({
      id,
      theme: p.theme,
      measure: k % theme.measures.length,
      startDate: p.startDate,
      ideas: ideasOf(theme),
    });
    yield { entity: 'measure', id, fields };
  }
};

/** The dates of `n` values of one measure: monthly from the project's start when they fit in 2015-16, else weekly, else daily. */
function seriesDates(start: string, n: number): string[] {
  if (n <= 24) {
    const months = monthStarts(FIRST_DAY, 24);
    const at = months.indexOf(`${start.slice(0, 7)}-01`);
    const first = Math.min(Math.max(at, 0), 24 - n);
    return months.slice(first, first + n);
  }
  const step =
    n <= 104 ? 7 : Math.max(1, Math.floor((dayNumber(LAST_DAY) - dayNumber(FIRST_DAY) + 1) / n));
  const first = dayNumber('2015-01-05');
  return Array.from({ length: n }, (_, i) => formatDay(first + i * step));
}

const measureValue: EntityGenerator = function* (s, count) {
  const rng = s.rng('measure-value');
  const { measures } = s.refs;
  const M = measures.length;
  // values fill measures in turn: measure m holds values [start(m), start(m + 1))
  const startOf = (m: number) => Math.ceil((m * count) / M);
  for (let m = 0; m < M; m++) {
    const n = startOf(m + 1) - startOf(m);
    if (n === 0) continue;
    const ref = measures[m]!;
    const t = IMPROVEMENT_THEMES[ref.theme]!.measures[ref.measure]!;
    const dates = seriesDates(ref.startDate, n);
    const shiftAt = Math.floor(n * (0.4 + rng.next() * 0.2));
    const shiftBy = (t.target - t.baseline) * (0.4 + rng.next() * 0.6);
    for (let k = 0; k < n; k++) {
      const level = t.baseline + (k >= shiftAt ? shiftBy : 0);
      let value = Math.max(0, rng.normal(level, t.sd));
      if (t.max !== undefined) value = Math.min(t.max, value);
      value = t.integer ? Math.round(value) : Math.round(value * 10) / 10;
      const fields: Record<string, unknown> = { measureId: ref.id, date: dates[k]!, value };
      if (k === shiftAt && n > 3)
        fields['note'] = `Change adopted: ${rng.pick(ref.ideas)}`.slice(0, 500);
      yield { entity: 'measure-value', id: s.newId(), fields };
    }
  }
};

const STAFF_GROUPS = StaffGroup.options;
const LEVELS: readonly CapabilityLevel[] = ['awareness', 'practitioner', 'expert'];
/** Typical headcount of each staff group in a large trust. */
const HEADCOUNT: Record<string, readonly [number, number]> = {
  front_line_staff: [1500, 6000],
  clinicians: [300, 1500],
  operational_managers: [80, 400],
  organisational_leaders: [10, 40],
  local_system_leaders: [2, 12],
  national_leaders: [0, 2],
};
/** Share trained at each level: [low, high] at the first assessment; later rounds grow. */
const TRAINED: Record<CapabilityLevel, readonly [number, number]> = {
  awareness: [0.15, 0.45],
  practitioner: [0.02, 0.1],
  expert: [0, 0.02],
};
const TARGET: Record<CapabilityLevel, number> = { awareness: 0.8, practitioner: 0.2, expert: 0.05 };
const ROUNDS: readonly [string, string][] = [
  ['2015-04-01', '2015-06-30'],
  ['2016-01-04', '2016-03-31'],
  ['2016-10-03', '2016-12-16'],
];

function capabilityBlock(s: GenerationState, block: number): Record<string, unknown>[] {
  const rng = s.rng('capability-assessment');
  const orgs = s.world.organisations;
  const org = orgs[block % orgs.length]!;
  const round = Math.floor(block / orgs.length);
  const [from, to] = ROUNDS[round % ROUNDS.length]!;
  const assessedOn = dayBetween(rng, from, to);
  const scale =
    org.type === 'commissioner' || org.type === 'csu' ? 0.08 : org.type === 'ambulance' ? 0.6 : 1;
  const rows: Record<string, unknown>[] = [];
  for (const staffGroup of STAFF_GROUPS) {
    const [lo, hi] = HEADCOUNT[staffGroup]!;
    const headcount = Math.round(
      rng.int(lo, hi) *
        (staffGroup === 'front_line_staff' || staffGroup === 'clinicians' ? scale : 1),
    );
    for (const level of LEVELS) {
      const [a, b] = TRAINED[level];
      const share = Math.min(1, (a + rng.next() * (b - a)) * (1 + 0.25 * (round % ROUNDS.length)));
      const trained = Math.min(headcount, Math.round(headcount * share));
      const row: Record<string, unknown> = {
        organisationId: org.id,
        staffGroup,
        level,
        assessedOn,
        headcount,
        trained,
      };
      if (rng.chance(0.7))
        row['targetTrained'] = Math.min(headcount, Math.round(headcount * TARGET[level]));
      if (rng.chance(0.05))
        row['notes'] =
          'Self-assessment by the trust quality improvement lead; validated by the AHSN.';
      rows.push(row);
    }
  }
  return rows;
}

const capabilityAssessment: EntityGenerator = function* (s, count) {
  // one block per organisation and assessment round: every staff group x level (18 rows)
  let rows: Record<string, unknown>[] = [];
  for (let j = 0; j < count; j++) {
    const k = j % (STAFF_GROUPS.length * LEVELS.length);
    if (k === 0) rows = capabilityBlock(s, Math.floor(j / (STAFF_GROUPS.length * LEVELS.length)));
    yield { entity: 'capability-assessment', id: s.newId(), fields: rows[k]! };
  }
};

export const improvementGenerators: Readonly<Record<string, EntityGenerator>> = {
  'improvement-project': improvementProject,
  'pdsa-cycle': pdsaCycle,
  measure,
  'measure-value': measureValue,
  'capability-assessment': capabilityAssessment,
};
