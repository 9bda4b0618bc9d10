import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { BoardMember } from './board-member.js';
import type { GoverningBoard } from './governing-board.js';
import { boardSharedMembership } from './board-shared-membership.js';

const board = (id: string, kind: GoverningBoard['kind']): WithId<GoverningBoard> => ({
  id,
  key: id,
  name: `${kind} board`,
  kind,
});
const seat = (
  boardId: string,
  personRef: string,
  extra: Partial<BoardMember> = {},
): BoardMember => ({
  boardId,
  personRef,
  name: `Person ${personRef}`,
  role: 'member',
  ...extra,
});

const boards = [board('ib', 'improvement'), board('lb', 'leadership')];
const members = [
  seat('ib', 'p1', { representsBodyId: 'nhse', role: 'chair' }),
  seat('ib', 'p2', { representsBodyId: 'tda' }),
  seat('ib', 'p3', { representsBodyId: 'hee' }),
  seat('ib', 'p4', { representsBodyId: 'monitor', endDate: '2015-03-31' }),
  seat('ib', 'p5', { representsOrganisationId: 'lga' }),
  seat('lb', 'p1', { representsBodyId: 'nhse' }),
  seat('lb', 'p3', { representsBodyId: 'hee', role: 'chair' }),
  seat('lb', 'p3', { representsBodyId: 'hee', role: 'observer' }), // second seat: the highest role counts
  seat('lb', 'p4', { representsBodyId: 'monitor' }),
  seat('lb', 'p6', { representsBodyId: 'phe', startDate: '2016-01-01' }),
  seat('other', 'p2'),
];

describe('boardSharedMembership', () => {
  const r = boardSharedMembership({ boards, members, asOf: '2015-10-01' });

  it('finds persons on both boards, ignoring ended and future seats', () => {
    expect(r.sharedMembers).toEqual([
      { personRef: 'p1', improvementRole: 'chair', leadershipRole: 'member' },
      { personRef: 'p3', improvementRole: 'member', leadershipRole: 'chair' },
    ]);
    expect(r).toMatchObject({
      shared: 2,
      minimumShared: 2,
      sufficient: true,
      bodiesOnBoth: ['hee', 'nhse'],
    });
  });

  it('describes each board', () => {
    expect(r.improvement).toEqual({
      boardId: 'ib',
      key: 'ib',
      name: 'improvement board',
      kind: 'improvement',
      members: 4,
      shared: 2,
      sharedShare: 0.5,
      bodies: ['hee', 'nhse', 'tda'],
      organisations: ['lga'],
    });
    expect(r.leadership).toMatchObject({
      members: 3,
      shared: 2,
      sharedShare: 2 / 3,
      bodies: ['hee', 'monitor', 'nhse'],
    });
  });

  it('counts every seat without asOf, and takes a configurable minimum', () => {
    const all = boardSharedMembership({ boards, members });
    expect(all.sharedMembers.map((m) => m.personRef)).toEqual(['p1', 'p3', 'p4']);
    expect(
      boardSharedMembership({ boards, members, asOf: '2015-10-01', minimumShared: 3 }).sufficient,
    ).toBe(false);
  });

  it('needs one board of each kind unless ids are given, and a sane minimum', () => {
    expect(() => boardSharedMembership({ boards: [boards[0]!], members })).toThrow(ValidationError);
    const three = [...boards, board('ib2', 'improvement')];
    expect(() => boardSharedMembership({ boards: three, members })).toThrow(
      /exactly one improvement board, found 2/,
    );
    expect(
      boardSharedMembership({ boards: three, members, improvementBoardId: 'ib2' }).shared,
    ).toBe(0);
    expect(() => boardSharedMembership({ boards, members, leadershipBoardId: 'ib' })).toThrow(
      ValidationError,
    );
    expect(() => boardSharedMembership({ boards, members, minimumShared: -1 })).toThrow(
      ValidationError,
    );
  });
});

// ---- properties -------------------------------------------------------------------------------

const DATES = [undefined, '2014-12-31', '2015-10-01', '2016-06-30'] as const;
const arbSeats = fc
  .array(
    fc.record({
      board: fc.constantFrom('ib', 'lb'),
      person: fc.nat(7),
      body: fc.option(fc.constantFrom('nhse', 'hee', 'tda', 'phe'), { nil: undefined }),
      end: fc.constantFrom(...DATES),
    }),
    { maxLength: 20 },
  )
  .map((xs) =>
    xs.map((x) =>
      seat(x.board, `p${x.person}`, {
        ...(x.body ? { representsBodyId: x.body } : {}),
        ...(x.end ? { endDate: x.end } : {}),
      }),
    ),
  );

describe('boardSharedMembership properties', () => {
  it('shared is bounded by each board, shares lie in [0,1], and the boards are symmetric', () => {
    fc.assert(
      fc.property(arbSeats, fc.nat(4), (seats, min) => {
        const r = boardSharedMembership({
          boards,
          members: seats,
          asOf: '2015-10-01',
          minimumShared: min,
        });
        expect(r.shared).toBeLessThanOrEqual(Math.min(r.improvement.members, r.leadership.members));
        for (const b of [r.improvement, r.leadership]) {
          expect(b.sharedShare).toBeGreaterThanOrEqual(0);
          expect(b.sharedShare).toBeLessThanOrEqual(1);
        }
        expect(r.sufficient).toBe(r.shared >= min);
        for (const body of r.bodiesOnBoth)
          expect(r.improvement.bodies.includes(body) && r.leadership.bodies.includes(body)).toBe(
            true,
          );
        const swapped = boardSharedMembership({
          boards: [board('lb', 'improvement'), board('ib', 'leadership')],
          members: seats,
          asOf: '2015-10-01',
          minimumShared: min,
        });
        expect(swapped.shared).toBe(r.shared);
        expect(swapped.improvement.members).toBe(r.leadership.members);
        expect(swapped.bodiesOnBoth).toEqual(r.bodiesOnBoth);
      }),
    );
  });

  it('seats ended before asOf make no difference', () => {
    fc.assert(
      fc.property(arbSeats, (seats) => {
        const r = boardSharedMembership({ boards, members: seats, asOf: '2015-10-01' });
        const current = seats.filter((s) => s.endDate === undefined || s.endDate >= '2015-10-01');
        expect(boardSharedMembership({ boards, members: current, asOf: '2015-10-01' })).toEqual(r);
      }),
    );
  });
});
