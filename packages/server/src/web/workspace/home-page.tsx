import type { Context } from 'hono';
import { callApi, listAll } from '../api-client.js';
import { renderPage } from '../render-page.js';
import type { WebEnv } from '../web-env.js';
import { thisQuarter } from './assurance-pages.js';

type Rec = Record<string, unknown> & { id: string };

interface CardProps {
  href: string;
  heading: string;
  text: string;
  id: string;
}

const Card = (props: CardProps) => (
  <li class="nhsuk-grid-column-one-half nhsuk-card-group__item">
    <div class="nhsuk-card nhsuk-card--clickable">
      <div class="nhsuk-card__content">
        <h2 class="nhsuk-card__heading nhsuk-heading-m">
          <a class="nhsuk-card__link" href={props.href}>
            {props.heading}
          </a>
        </h2>
        <p class="nhsuk-card__description" id={props.id}>
          {props.text}
        </p>
      </div>
    </div>
  </li>
);

/** What needs attention today, one card each: enquiries, follow-ups, this quarter's return, sync. */
async function attention(c: Context<WebEnv>): Promise<CardProps[]> {
  const [sla, followUps, returns, sync] = await Promise.all([
    callApi<{ enquiries: { firstResponse: string; answer: string }[] }>(c, 'GET', '/enquiry-sla'),
    callApi<{ due: { status: string }[] }>(c, 'GET', '/follow-ups/due'),
    listAll<Rec>(c, 'assurance-returns', { period: thisQuarter() }),
    callApi<{ backlog?: number; lastSuccessAt?: string | null; lastError?: string | null }>(
      c,
      'GET',
      '/sync/status',
    ),
  ]);
  const atRisk = (level: string) => ['at_risk', 'breached'].includes(level);
  const risky = sla.ok
    ? sla.data.enquiries.filter((e) => atRisk(e.firstResponse) || atRisk(e.answer)).length
    : 0;
  const due = followUps.ok ? followUps.data.due : [];
  const overdue = due.filter((d) => d.status === 'overdue').length;
  const ret = returns[0];
  return [
    {
      id: 'attention-enquiries',
      href: '/workspace/enquiries',
      heading: 'Enquiries',
      text: `${risky} enquiries are near or past their service level.`,
    },
    {
      id: 'attention-follow-ups',
      href: '/workspace/cohorts',
      heading: 'Follow-ups due',
      text: `${due.length} evaluation follow-ups are due (${overdue} overdue).`,
    },
    {
      id: 'attention-return',
      href: ret ? `/workspace/assurance/${encodeURIComponent(ret.id)}` : '/workspace/assurance',
      heading: `Assurance return ${thisQuarter()}`,
      text: ret
        ? `This quarter's return is ${String(ret['status']).replaceAll('_', ' ')}.`
        : `This quarter's return has not been started.`,
    },
    {
      id: 'attention-sync',
      href: '/workspace/sync',
      heading: 'Sync with the hub',
      text: sync.ok
        ? `${sync.data.backlog ?? 0} changes waiting; last synced ${sync.data.lastSuccessAt ?? 'never'}${sync.data.lastError ? `; last error: ${sync.data.lastError}` : ''}.`
        : 'Sync status unavailable.',
    },
  ];
}

const AREAS = [
  ['/workspace/members', 'Members'],
  ['/workspace/projects', 'Improvement projects and measures'],
  ['/workspace/capability', 'Improvement capability baseline'],
  ['/workspace/enquiries', 'Enquiries'],
  ['/workspace/cohorts', 'Cohorts, enrolments and follow-ups'],
  ['/workspace/assurance', 'Assurance returns'],
  ['/workspace/sync', 'Sync status'],
] as const;

/** `/workspace`: what needs attention today: enquiries near their SLA, follow-ups, the return, sync. */
export async function homePage(c: Context<WebEnv>) {
  const cards = await attention(c);
  return renderPage(
    c,
    'Workspace',
    <>
      <h1>What needs attention</h1>
      <ul class="nhsuk-grid-row nhsuk-card-group">
        {cards.map((card) => (
          <Card {...card} />
        ))}
      </ul>
      <h2>Your workspace</h2>
      <ul class="nhsuk-list">
        {AREAS.map(([href, text]) => (
          <li>
            <a href={href}>{text}</a>
          </li>
        ))}
      </ul>
    </>,
  );
}
