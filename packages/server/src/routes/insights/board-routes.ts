import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { boardSharedMembership } from '@tessera/core';
import { boardMemberEntity, governingBoardEntity } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { BoardSharedMembershipSchema } from './insight-schemas.js';
import { readAll, today } from '../shared/read-helpers.js';
import { queryInt } from '../shared/query-int.js';

/** Shared membership of the two national Governing Boards (rec 3). */
export function boardRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/board-shared-membership',
    operationId: 'getBoardSharedMembership',
    tag: 'insights',
    publicCache: true,
    summary: 'Shared membership of the two Governing Boards',
    description:
      'Who sits on both national Governing Boards (by opaque person reference, no names), and whether the shared membership is sufficient (rec 3).',
    response: BoardSharedMembershipSchema,
    query: z.object({
      asOf: z.iso.date().optional(),
      minimumShared: queryInt(0, 100).optional(),
    }),
    compute: async (s, q) =>
      boardSharedMembership({
        boards: await readAll(s, governingBoardEntity),
        members: await readAll(s, boardMemberEntity),
        asOf: q.asOf ?? today(),
        ...(q.minimumShared !== undefined ? { minimumShared: q.minimumShared } : {}),
      }),
  });
}
