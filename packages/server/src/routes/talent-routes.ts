import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  DomainError,
  PROTECTED_CHARACTERISTICS,
  ValidationError,
  assessSuccessionRisk,
  costPerOutcome,
  diversityTable,
  dueFollowUps,
  ethnicGroupOf,
  greedyMatch,
  matchMentees,
  parseBenchmarkCsv,
  parseOrThrow,
  representation,
  type DiversityTable,
  type ProtectedCharacteristic,
} from '@tessera/core';
import type { Store, StoredRecord } from '@tessera/store';
import type { AppEnv } from '../context.js';
import { requireRole, writerOf } from '../auth/auth.js';
import { router } from './router.js';
import { readAll, today } from './read-helpers.js';
import { cacheKey } from './entity-routes.js';
import { Loose, errorResponses } from './schemas.js';

const DiversityQuery = z.object({
  population: z.enum(['participants', 'pool_members']).default('participants'),
  characteristic: z.enum(PROTECTED_CHARACTERISTICS),
  by: z.enum(['programme', 'ldp', 'organisation', 'pool']).default('ldp'),
  threshold: z.coerce.number().int().min(2).max(100).optional().meta({
    description:
      'Counts of 1 to threshold-1 are suppressed (default 10 for protected characteristics)',
  }),
  broadGroups: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Ethnicity in the 5 broad ONS groups (default true)' }),
});
type DiversityQuery = z.infer<typeof DiversityQuery>;

/** The people counted and the group each counts in (a person counts once per group). */
async function diversityRecords(
  store: Store,
  q: DiversityQuery,
): Promise<{ group: string; person: StoredRecord }[]> {
  const participants = new Map((await readAll(store, 'participant')).map((p) => [p.id, p]));
  const out: { group: string; person: StoredRecord }[] = [];
  const seen = new Set<string>();
  const add = (group: string | undefined, person: StoredRecord | undefined) => {
    if (!group || !person || seen.has(`${group}\u0000${person.id}`)) return;
    seen.add(`${group}\u0000${person.id}`);
    out.push({ group, person });
  };
  if (q.population === 'participants') {
    if (q.by === 'pool')
      throw new ValidationError('Participants are grouped by programme, ldp or organisation', [
        { path: ['by'], message: 'not for participants' },
      ]);
    if (q.by === 'organisation') {
      for (const p of participants.values()) add(p['organisationId'] as string, p);
      return out;
    }
    const cohorts = new Map((await readAll(store, 'cohort')).map((c) => [c.id, c]));
    for (const e of await readAll(store, 'enrolment')) {
      if (e['status'] === 'offered') continue;
      const cohort = cohorts.get(e['cohortId'] as string);
      add(
        cohort?.[q.by === 'programme' ? 'programmeId' : 'ldpId'] as string | undefined,
        participants.get(e['participantId'] as string),
      );
    }
    return out;
  }
  const pools = new Map((await readAll(store, 'talent-pool')).map((p) => [p.id, p]));
  for (const m of await readAll(store, 'talent-pool-member')) {
    const pool = pools.get(m['poolId'] as string);
    const person = participants.get(m['participantId'] as string);
    const group =
      q.by === 'pool'
        ? pool?.id
        : q.by === 'organisation'
          ? (person?.['organisationId'] as string | undefined)
          : q.by === 'ldp'
            ? (pool?.['networkId'] as string | undefined)
            : undefined;
    if (q.by === 'programme')
      throw new ValidationError('Pool members are grouped by pool, ldp or organisation', [
        { path: ['by'], message: 'not for pool members' },
      ]);
    add(group, person);
  }
  return out;
}

/** The suppressed table of a diversity query: nothing below the threshold, nothing recoverable by differencing. */
export async function suppressedDiversity(
  store: Store,
  q: DiversityQuery,
): Promise<DiversityTable> {
  const records = await diversityRecords(store, q);
  const characteristic = q.characteristic as ProtectedCharacteristic;
  const broad = characteristic === 'ethnicity' && q.broadGroups !== 'false';
  return diversityTable(records, {
    characteristic,
    groupOf: (r) => r.group,
    categoryOf: (r) => r.person[characteristic] as string | undefined,
    ...(broad ? { recode: (c: string) => ethnicGroupOf(c as never) } : {}),
    ...(q.threshold ? { threshold: q.threshold } : {}),
  });
}

/** Leadership development and talent (programmes, evaluation, mentoring, succession, diversity). */
export function talentRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  const view = (
    path: string,
    summary: string,
    description: string,
    id: string,
    query: z.ZodObject,
    access: 'public' | 'viewer',
    compute: (s: Store, q: Record<string, unknown>) => Promise<unknown>,
  ) =>
    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags: ['talent'],
        summary,
        description,
        ...(access === 'viewer' ? { security: [{ bearer: [] }] } : {}),
        request: { query },
        responses: {
          200: {
            description: summary,
            content: { 'application/json': { schema: Loose(id, description) } },
          },
          400: errorResponses[400],
          401: errorResponses[401],
        },
      }),
      async (c) => {
        if (access === 'viewer') requireRole(c, 'viewer');
        return c.var.cache.respond(c, `${access}:${cacheKey(c.req.url)}`, () =>
          compute(c.var.store, c.req.valid('query') as Record<string, unknown>),
        ) as never;
      },
    );

  view(
    '/succession-risk',
    'Succession risk of the most senior posts',
    'Per senior post: no ready-now successor, vacancy within 12 months (or incumbent likely to leave), a successor counted on for several posts; and the national risk list by severity (rec 13.ii).',
    'SuccessionRisk',
    z.object({ asOf: z.iso.date().optional() }),
    'viewer',
    async (s, q) => {
      const posts = (await readAll(s, 'senior-post')).map((p) => ({
        id: p.id,
        title: p['title'] as string,
        organisationId: p['organisationId'] as string,
        expectedVacancyDate: p['expectedVacancyDate'] as string | undefined,
        incumbentLikelyToLeave: p['incumbentLikelyToLeave'] as boolean | undefined,
      }));
      return assessSuccessionRisk(
        posts,
        (await readAll(s, 'succession-plan')) as never,
        (q['asOf'] as string | undefined) ?? today(),
      );
    },
  );

  view(
    '/follow-ups/due',
    'Evaluation follow-ups due',
    'Goals set at enrolment ("what will I commit to changing?", annex F 29) whose 3, 6 or 12-month follow-up is due or overdue.',
    'DueFollowUps',
    z.object({
      asOf: z.iso.date().optional(),
      windowDays: z.coerce.number().int().min(0).max(365).optional(),
    }),
    'viewer',
    async (s, q) => ({
      due: dueFollowUps(
        (await readAll(s, 'evaluation-goal')) as never,
        (q['asOf'] as string | undefined) ?? today(),
        (q['windowDays'] as number | undefined) ?? 14,
      ),
    }),
  );

  view(
    '/mentoring/matches',
    'Coaching and mentoring matches',
    'Matches every mentee to a coach or mentor: never from the same organisation, never beyond capacity, diversity preferences honoured, skills overlap maximised; each match explained (annex F 31). `algorithm=greedy` gives the baseline.',
    'MentoringMatches',
    z.object({ algorithm: z.enum(['optimal', 'greedy']).default('optimal') }),
    'viewer',
    async (s, q) => {
      const coaches = (await readAll(s, 'coach')) as never;
      const mentees = (await readAll(s, 'mentee')) as never;
      return q['algorithm'] === 'greedy'
        ? greedyMatch(mentees, coaches)
        : matchMentees(mentees, coaches);
    },
  );

  view(
    '/value-for-money',
    'Cost per completion and per goal attained',
    'By programme and LDP, from cost per place, enrolments and evaluated goals; with the Leadership Academy programme budget of annex H for comparison.',
    'ValueForMoney',
    z.object({
      year: z
        .string()
        .regex(/^\d{4}\/\d{2}$/)
        .optional(),
    }),
    'public',
    async (s, q) => {
      const report = costPerOutcome({
        programmes: (await readAll(s, 'programme')) as never,
        cohorts: (await readAll(s, 'cohort')) as never,
        enrolments: (await readAll(s, 'enrolment')) as never,
        goals: (await readAll(s, 'evaluation-goal')) as never,
      });
      const year = (q['year'] as string | undefined) ?? '2015/16';
      const budget = (
        await readAll(s, 'finance-allocation', {
          bodyKey: 'nhs-leadership-academy',
          year,
          category: 'programme',
        })
      )[0];
      return {
        ...report,
        budget: budget
          ? {
              year,
              programmeGbpThousands: budget['amountGbpThousands'],
              source: budget['source'] ?? null,
            }
          : null,
      };
    },
  );

  view(
    '/diversity',
    'Diversity of participants or talent-pool members, suppressed',
    'Counts by group and category of a protected characteristic, with small-number suppression (1 to threshold-1, default 10) and secondary suppression so that no hidden count can be recovered from totals; with representation against the population benchmark of each group where one is loaded (para 103).',
    'Diversity',
    DiversityQuery,
    'public',
    async (s, q) => {
      const query = DiversityQuery.parse(q);
      const table = await suppressedDiversity(s, query);
      const benchmarks = (
        await readAll(s, 'population-benchmark', { characteristic: query.characteristic })
      ).map((b) => ({
        geography: b['geography'] as string,
        characteristic: query.characteristic,
        category: b['category'] as string,
        share: b['share'] as number,
      }));
      const networks = new Map(
        (await readAll(s, 'network')).map((n) => [n.id, n['key'] as string]),
      );
      const rows = benchmarks.length
        ? representation(table, benchmarks as never, {
            geographyOf: (g) => networks.get(g) ?? g,
            overallGeography: 'england',
          })
        : [];
      return { table, representation: rows };
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/diversity/publish',
      tags: ['talent'],
      summary: 'Publish a suppressed diversity table (it reaches the hub by sync)',
      security: [{ bearer: [] }],
      description:
        'Computes the suppressed table and stores it as a diversity aggregate owned by this instance: the only form in which protected characteristics leave it.',
      request: {
        body: {
          required: true,
          content: {
            'application/json': { schema: DiversityQuery.meta({ id: 'DiversityQuery' }) },
          },
        },
      },
      responses: {
        201: {
          description: 'Published',
          content: {
            'application/json': {
              schema: Loose('DiversityAggregateRecord', 'the stored aggregate'),
            },
          },
        },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const q = c.req.valid('json');
      const t = await suppressedDiversity(c.var.store, q);
      const record = await c.var.store.repo('diversity-aggregate').create(
        {
          population: q.population,
          characteristic: q.characteristic,
          groupBy: q.by,
          threshold: t.threshold,
          computedOn: today(),
          categories: t.categories,
          rows: t.groups.map((group, i) => ({
            group,
            cells: t.cells[i]!,
            total: t.rowTotals[i]!,
          })),
          columnTotals: t.columnTotals,
          grandTotal: t.grandTotal,
        },
        writerOf(c),
      );
      return c.json(record as never, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/population-benchmarks/import',
      tags: ['talent'],
      summary: 'Import population benchmarks from CSV',
      security: [{ bearer: [] }],
      description:
        'Body `text/csv` with columns geography, characteristic, category, share (a fraction or a percentage). Replaces nothing: each row becomes a benchmark record.',
      request: {
        body: {
          required: true,
          content: {
            'text/csv': {
              schema: z.string().meta({
                example: 'geography,characteristic,category,share\nengland,sex,female,0.508',
              }),
            },
          },
        },
      },
      responses: {
        201: {
          description: 'Imported',
          content: { 'application/json': { schema: Loose('BenchmarkImport', 'imported count') } },
        },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      requireRole(c, 'admin');
      let rows: ReturnType<typeof parseBenchmarkCsv>;
      try {
        rows = parseBenchmarkCsv(await c.req.text());
      } catch (e) {
        if (e instanceof DomainError) throw e;
        throw new ValidationError(`The CSV could not be read: ${(e as Error).message}`, [
          { path: [], message: 'invalid CSV' },
        ]);
      }
      const repo = c.var.store.repo('population-benchmark');
      const who = writerOf(c);
      const created = await c.var.store.write(async (tx) => {
        let n = 0;
        for (const r of rows) {
          await repo.createIn(
            tx,
            parseOrThrow(
              repo.def.schema,
              {
                geography: r.geography,
                characteristic: r.characteristic,
                category: r.category,
                share: r.share,
                source: 'CSV import',
              },
              `CSV row ${n + 2} is not valid`,
            ) as Record<string, unknown>,
            who,
          );
          n++;
        }
        return n;
      });
      return c.json({ imported: created } as never, 201);
    },
  );
  return app;
}
