import { addMonths } from '@tessera/core';
import { dayBetween, FIRST_DAY, LAST_DAY } from './dates.js';
import type { EntityGenerator } from './generation-state.js';

/** Organisations' own improvement and leadership strategies (rec 2). */
const KIND_TITLE = {
  improvement: 'Quality improvement strategy',
  leadership: 'Leadership and organisational development strategy',
  combined: 'Quality, improvement and leadership strategy',
} as const;

/** A web-address slug of an organisation's name: "King's College Hospital NHS ..." -> "kingscollegehospital". */
function slug(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(/\s+/)
    .filter((w) => w && !['nhs', 'the', 'and', 'of', 'trust', 'foundation'].includes(w));
  return (words.slice(0, 3).join('') || 'trust').slice(0, 40);
}

const organisationStrategy: EntityGenerator = function* (s, count) {
  const rng = s.rng('organisation-strategy');
  for (let i = 0; i < count; i++) {
    const organisation = rng.pick(s.world.organisations);
    const kind = rng.weighted([
      ['improvement', 45],
      ['leadership', 35],
      ['combined', 20],
    ] as const);
    const approvedOn = dayBetween(rng, FIRST_DAY, LAST_DAY);
    const years = rng.pick([3, 3, 4, 5]);
    const from = Number(approvedOn.slice(0, 4));
    const fields: Record<string, unknown> = {
      organisationId: organisation.id,
      kind,
      title: `${organisation.name}: ${KIND_TITLE[kind]} ${from}-${String((from + years) % 100).padStart(2, '0')}`,
      approvedOn,
      validUntil: addMonths(approvedOn, years * 12),
    };
    if (rng.chance(0.7))
      fields['url'] =
        `https://www.${slug(organisation.name)}.nhs.uk/about-us/${kind === 'leadership' ? 'leadership-strategy' : 'quality-improvement-strategy'}`;
    yield { entity: 'organisation-strategy', id: s.newId(), fields };
  }
};

export const strategyGenerators: Readonly<Record<string, EntityGenerator>> = {
  'organisation-strategy': organisationStrategy,
};
