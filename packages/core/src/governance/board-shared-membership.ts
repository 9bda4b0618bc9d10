import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { BoardMember } from './board-member.js';
import type { GoverningBoard } from './governing-board.js';

type BoardKind = GoverningBoard['kind'];
type BoardRole = BoardMember['role'];

export interface BoardSharedMembershipInput {
  boards: readonly WithId<GoverningBoard>[];
  /** Seats on any board; seats on other boards are ignored. */
  members: readonly BoardMember[];
  /** When given, seats that ended before it (or start after it) do not count. */
  asOf?: string;
  /** Shared persons needed for "sufficient shared membership" (rec 3); default 2. */
  minimumShared?: number;
  /** Which improvement board; needed when there is not exactly one. */
  improvementBoardId?: string;
  /** Which leadership board; needed when there is not exactly one. */
  leadershipBoardId?: string;
}

export interface BoardComposition {
  boardId: string;
  key: string;
  name: string;
  kind: BoardKind;
  /** Distinct persons sitting on the board. */
  members: number;
  /** Of those, how many also sit on the other board. */
  shared: number;
  /** shared / members, 0 for an empty board. */
  sharedShare: number;
  /** National bodies represented (representsBodyId), sorted. */
  bodies: string[];
  /** Organisations represented (representsOrganisationId), sorted. */
  organisations: string[];
}

export interface SharedMember {
  personRef: string;
  improvementRole: BoardRole;
  leadershipRole: BoardRole;
}

export interface BoardSharedMembership {
  improvement: BoardComposition;
  leadership: BoardComposition;
  /** Persons on both boards, by personRef (no names: they are local data). */
  sharedMembers: SharedMember[];
  shared: number;
  /** Bodies represented on both boards, sorted. */
  bodiesOnBoth: string[];
  minimumShared: number;
  /** shared >= minimumShared. */
  sufficient: boolean;
}

const ROLE_RANK: Record<BoardRole, number> = { chair: 0, member: 1, observer: 2 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function pickBoard(
  boards: readonly WithId<GoverningBoard>[],
  kind: BoardKind,
  id: string | undefined,
): WithId<GoverningBoard> {
  const field = `${kind}BoardId`;
  if (id !== undefined) {
    const b = boards.find((x) => x.id === id);
    if (!b || b.kind !== kind) {
      const message = b ? `board ${id} is the ${b.kind} board, not ${kind}` : `no board ${id}`;
      throw new ValidationError(`${field}: ${message}`, [{ path: [field], message }]);
    }
    return b;
  }
  const found = boards.filter((b) => b.kind === kind);
  const only = found[0];
  if (found.length !== 1 || !only) {
    const message = `expected exactly one ${kind} board, found ${found.length}; pass ${field}`;
    throw new ValidationError(message, [{ path: ['boards'], message }]);
  }
  return only;
}

/**
 * Shared membership of the improvement and leadership Governing Boards (rec 3: "sufficient shared
 * membership"): who sits on both, each board's share of shared members, and the bodies represented.
 * @example boardSharedMembership({ boards, members, asOf: '2015-10-01' }).sufficient
 */
export function boardSharedMembership(input: BoardSharedMembershipInput): BoardSharedMembership {
  const minimumShared = input.minimumShared ?? 2;
  if (!Number.isInteger(minimumShared) || minimumShared < 0) {
    throw new ValidationError('minimumShared must be a whole number >= 0', [
      { path: ['minimumShared'], message: 'expected an integer >= 0' },
    ]);
  }
  const imp = pickBoard(input.boards, 'improvement', input.improvementBoardId);
  const lead = pickBoard(input.boards, 'leadership', input.leadershipBoardId);
  const { asOf } = input;
  const seated = input.members.filter(
    (m) =>
      asOf === undefined ||
      ((m.endDate === undefined || m.endDate >= asOf) &&
        (m.startDate === undefined || m.startDate <= asOf)),
  );

  const seats = (board: WithId<GoverningBoard>) => {
    const roles = new Map<string, BoardRole>();
    const bodies = new Set<string>();
    const organisations = new Set<string>();
    for (const m of seated) {
      if (m.boardId !== board.id) continue;
      const role = roles.get(m.personRef);
      if (role === undefined || ROLE_RANK[m.role] < ROLE_RANK[role]) roles.set(m.personRef, m.role);
      if (m.representsBodyId !== undefined) bodies.add(m.representsBodyId);
      if (m.representsOrganisationId !== undefined) organisations.add(m.representsOrganisationId);
    }
    return { roles, bodies, organisations };
  };
  const a = seats(imp);
  const b = seats(lead);

  const sharedMembers = [...a.roles.keys()]
    .filter((p) => b.roles.has(p))
    .sort(cmp)
    .map(
      (personRef): SharedMember => ({
        personRef,
        improvementRole: a.roles.get(personRef) ?? 'member',
        leadershipRole: b.roles.get(personRef) ?? 'member',
      }),
    );
  const shared = sharedMembers.length;

  const composition = (
    board: WithId<GoverningBoard>,
    s: ReturnType<typeof seats>,
  ): BoardComposition => ({
    boardId: board.id,
    key: board.key,
    name: board.name,
    kind: board.kind,
    members: s.roles.size,
    shared,
    sharedShare: s.roles.size === 0 ? 0 : shared / s.roles.size,
    bodies: [...s.bodies].sort(cmp),
    organisations: [...s.organisations].sort(cmp),
  });

  return {
    improvement: composition(imp, a),
    leadership: composition(lead, b),
    sharedMembers,
    shared,
    bodiesOnBoth: [...a.bodies].filter((x) => b.bodies.has(x)).sort(cmp),
    minimumShared,
    sufficient: shared >= minimumShared,
  };
}
