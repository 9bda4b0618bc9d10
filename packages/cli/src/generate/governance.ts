import {
  addDays,
  applyAssuranceTransition,
  type AssuranceAction,
  type AssuranceStatus,
  type AssuranceStep,
  type Rag,
} from '@tessera/core';
import { workingTime } from './dates.js';
import { COMMENTARY, deliverablesFor } from './deliverables.js';
import type { EntityGenerator } from './generation-state.js';
import type { Prng } from '@tessera/core';

/**
 * Quarterly assurance returns of the instance's network (annex G 62.d), taken through the
 * workflow with core's `applyAssuranceTransition`: older quarters signed off, the last ones
 * submitted or still in draft, a few returned for changes on the way.
 */
const QUARTERS = [
  '2015-Q1',
  '2015-Q2',
  '2015-Q3',
  '2015-Q4',
  '2016-Q1',
  '2016-Q2',
  '2016-Q3',
  '2016-Q4',
] as const;
const QUARTER_END: Record<string, string> = { Q1: '03-31', Q2: '06-30', Q3: '09-30', Q4: '12-31' };

const RAG: readonly (readonly [Rag, number])[] = [
  ['green', 55],
  ['amber', 35],
  ['red', 10],
];
const worst = (rags: Rag[]): Rag =>
  rags.includes('red') ? 'red' : rags.includes('amber') ? 'amber' : 'green';

interface ReturnState {
  status: AssuranceStatus;
  history: AssuranceStep[];
  deliverables: { title: string; rag: Rag; commentary?: string }[];
}

/** The workflow steps a return of this quarter has been through by the end of 2016. */
function stepsFor(
  rng: Prng,
  quarterIndex: number,
): { action: AssuranceAction; by: string; days: [number, number]; comment?: string }[] {
  const submit = {
    action: 'submit' as const,
    by: 'network programme director',
    days: [8, 20] as [number, number],
  };
  const review = {
    action: 'review' as const,
    by: 'NHS England assurance team',
    days: [4, 15] as [number, number],
  };
  const signOff = {
    action: 'sign_off' as const,
    by: 'NHS England regional director',
    days: [2, 10] as [number, number],
  };
  const sendBack = {
    action: 'return' as const,
    by: 'NHS England assurance team',
    days: [3, 10] as [number, number],
    comment:
      'Please add the metrics for the quarter and a recovery plan for the red-rated deliverables.',
  };
  if (quarterIndex === QUARTERS.length - 1) return []; // the quarter that ends with 2016: still a draft
  if (quarterIndex === QUARTERS.length - 2)
    return [[submit], [submit, review], []][
      rng.weighted([
        [0, 50],
        [1, 35],
        [2, 15],
      ])
    ]!;
  const path = rng.chance(0.12)
    ? [submit, sendBack, submit, review, signOff]
    : [submit, review, signOff];
  return rng.chance(0.94) ? path : path.slice(0, -1);
}

const assuranceReturn: EntityGenerator = function* (s, count) {
  const rng = s.rng('assurance-return');
  const { world } = s;
  const templates = deliverablesFor(world.home.type);
  for (let i = 0; i < count; i++) {
    const q = i % QUARTERS.length;
    const period = QUARTERS[q]!;
    const deliverables = rng.sample(templates, rng.int(3, 6)).map((t) => {
      const rag = rng.weighted(RAG);
      return {
        title: t.title,
        rag,
        ...(rag !== 'green' || rng.chance(0.4) ? { commentary: rng.pick(COMMENTARY[rag]) } : {}),
      };
    });
    const metrics = rng.sample(templates, rng.int(2, 4)).map((t) => {
      const quarterTarget = t.unit === '%' ? t.target : Math.max(1, Math.round(t.target / 4));
      const value =
        t.unit === '%'
          ? Math.min(100, Math.round(rng.normal(t.target * 0.92, t.target * 0.08)))
          : Math.max(0, Math.round(rng.normal(quarterTarget * 0.95, quarterTarget * 0.3)));
      const rag: Rag =
        value >= quarterTarget ? 'green' : value >= quarterTarget * 0.8 ? 'amber' : 'red';
      return { name: t.metric, value, target: quarterTarget, unit: t.unit, rag };
    });
    let record: ReturnState = { status: 'draft', history: [], deliverables };
    let day = `${period.slice(0, 4)}-${QUARTER_END[period.slice(5)]!}`;
    for (const step of stepsFor(rng, q)) {
      day = addDays(day, rng.int(step.days[0], step.days[1]));
      record = applyAssuranceTransition(record, step.action, {
        by: step.by,
        at: workingTime(rng, day),
        ...(step.comment ? { comment: step.comment } : {}),
      });
    }
    yield {
      entity: 'assurance-return',
      id: s.newId(),
      fields: {
        networkId: world.home.id,
        period,
        overallRag: worst(deliverables.map((d) => d.rag)),
        deliverables,
        metrics,
        status: record.status,
        history: record.history,
      },
    };
  }
};

export const governanceGenerators: Readonly<Record<string, EntityGenerator>> = {
  'assurance-return': assuranceReturn,
};
