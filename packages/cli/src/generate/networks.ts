import { addDays } from '@tessera/core';
import { dayBetween, FIRST_DAY, LAST_DAY, minDate } from './dates.js';
import { deliverablesFor } from './deliverables.js';
import type { EntityGenerator } from './generation-state.js';

/**
 * Memberships of the footprint's organisations in the instance's networks (with tier and
 * subscription: recs 7.viii, 15), and the networks' annual business plans with deliverables.
 */
const membership: EntityGenerator = function* (s, count) {
  const rng = s.rng('membership');
  const { world } = s;
  for (let i = 0; i < count; i++) {
    const network = rng.pick(world.membershipNetworks);
    const organisation = rng.pick(world.organisations);
    const tier = rng.weighted([
      ['core', 50],
      ['associate', 35],
      ['partner', 15],
    ] as const);
    const subscriptionGbp =
      tier === 'core'
        ? rng.int(10, 100) * 500
        : tier === 'associate'
          ? rng.int(4, 40) * 250
          : rng.int(0, 8) * 250;
    const since = dayBetween(rng, FIRST_DAY, '2016-09-30');
    const fields: Record<string, unknown> = {
      organisationId: organisation.id,
      networkId: network.id,
      tier,
      subscriptionGbp,
      since,
    };
    if (rng.chance(0.08)) fields['until'] = dayBetween(rng, addDays(since, 90), LAST_DAY);
    yield { entity: 'membership', id: s.newId(), fields };
  }
};

const YEARS = [
  {
    year: '2015/16',
    from: '2015-04-01',
    to: '2016-03-31',
    status: [
      ['closed', 60],
      ['agreed', 40],
    ] as const,
    done: [
      ['delivered', 60],
      ['at_risk', 10],
      ['dropped', 8],
      ['in_progress', 22],
    ] as const,
  },
  {
    year: '2016/17',
    from: '2016-04-01',
    to: '2017-03-31',
    status: [
      ['agreed', 75],
      ['draft', 25],
    ] as const,
    done: [
      ['in_progress', 50],
      ['planned', 25],
      ['delivered', 15],
      ['at_risk', 10],
    ] as const,
  },
];

const businessPlan: EntityGenerator = function* (s, count) {
  const rng = s.rng('business-plan');
  const { world } = s;
  const templates = deliverablesFor(world.home.type);
  for (let i = 0; i < count; i++) {
    const y = YEARS[i % YEARS.length]!;
    const network = i % 5 === 4 ? rng.pick(world.membershipNetworks) : world.home;
    const deliverables = rng.sample(templates, rng.int(3, 8)).map((t) => {
      const scale = rng.int(8, 15) / 10;
      return {
        title: t.title,
        due: dayBetween(rng, y.from, minDate(y.to, LAST_DAY)),
        status: rng.weighted(y.done),
        metric: t.metric,
        target: t.unit === '%' ? t.target : Math.round(t.target * scale),
      };
    });
    const cycle = Math.floor(i / YEARS.length);
    const title = `${network.name} business plan ${y.year}${cycle > 0 ? ` (revision ${cycle + 1})` : ''}`;
    yield {
      entity: 'business-plan',
      id: s.newId(),
      fields: {
        networkId: network.id,
        year: y.year,
        title,
        status: rng.weighted(y.status),
        deliverables,
      },
    };
  }
};

export const networkGenerators: Readonly<Record<string, EntityGenerator>> = {
  membership,
  'business-plan': businessPlan,
};
