import type { Context } from 'hono';
import { getApi, listAll } from '../api-client.js';
import { DataTable } from '../components/data-table.js';
import { renderPage } from '../render-page.js';
import type { WebEnv } from '../web-env.js';

type Rec = Record<string, unknown> & { id: string };
interface Due {
  goalId: string;
  enrolmentId: string;
  dueMonths: number;
  dueOn: string;
  status: string;
  daysOverdue: number;
}

/** `/workspace/cohorts`: cohorts with their enrolments, and the evaluation follow-ups due (annex F 29). */
export async function cohortsPage(c: Context<WebEnv>) {
  const [cohorts, enrolments, programmes, due] = await Promise.all([
    listAll<Rec>(c, 'cohorts'),
    listAll<Rec>(c, 'enrolments', {}, 20_000),
    listAll<Rec>(c, 'programmes'),
    getApi<{ due: Due[] }>(c, '/follow-ups/due'),
  ]);
  const programme = new Map(programmes.map((p) => [p.id, String(p['name'])]));
  const byCohort = new Map<string, Rec[]>();
  for (const e of enrolments) {
    const list = byCohort.get(String(e['cohortId'])) ?? [];
    list.push(e);
    byCohort.set(String(e['cohortId']), list);
  }
  return renderPage(
    c,
    'Cohorts and follow-ups',
    <>
      <h1>Cohorts, enrolments and follow-ups</h1>
      <DataTable
        caption="Follow-ups due"
        rows={due.due}
        columns={[
          { header: 'Due on', cell: (d) => d.dueOn },
          { header: 'Follow-up', cell: (d) => `${d.dueMonths} months` },
          {
            header: 'Status',
            cell: (d) => (d.status === 'overdue' ? `overdue by ${d.daysOverdue} days` : 'due'),
          },
          { header: 'Enrolment', cell: (d) => d.enrolmentId },
        ]}
        empty="No follow-ups are due."
      />
      <DataTable
        caption="Cohorts"
        rows={cohorts.sort((a, b) => String(b['startDate']).localeCompare(String(a['startDate'])))}
        columns={[
          {
            header: 'Programme',
            cell: (ch) => programme.get(String(ch['programmeId'])) ?? String(ch['programmeId']),
          },
          { header: 'Starts', cell: (ch) => String(ch['startDate']) },
          { header: 'Ends', cell: (ch) => String(ch['endDate']) },
          { header: 'Delivered by', cell: (ch) => String(ch['deliveryPartner']) },
          { header: 'Places', cell: (ch) => String(ch['places']), numeric: true },
          { header: 'Enrolled', cell: (ch) => byCohort.get(ch.id)?.length ?? 0, numeric: true },
          {
            header: 'Completed',
            cell: (ch) =>
              (byCohort.get(ch.id) ?? []).filter((e) => e['status'] === 'completed').length,
            numeric: true,
          },
        ]}
      />
    </>,
  );
}
