import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { naturalId } from '@tessera/core';
import {
  AHSNS,
  ANNEX_H,
  BOARDS,
  GEOGRAPHIES,
  LDPS,
  NATIONAL_BODIES,
  PRIORITY_AREAS,
  REGIONAL_TEAMS,
  SAVINGS_TARGETS,
} from './reference-data.js';
import { gid, networkKey, nid, regionKey, type Put, type Retire } from './seed-keys.js';

const bid = (key: string) => naturalId('national-body', key);
const boardId = (key: string) => naturalId('governing-board', key);

interface SeedRecommendation {
  number: number;
  paragraph: string;
  title: string;
  text: string;
  points: { label?: string; text: string; level: number }[];
}

/** The recommendations as shipped: word for word from paras 112-116 (see recommendations.test.ts). */
export function loadRecommendations(dataDir: string): SeedRecommendation[] {
  return JSON.parse(
    readFileSync(join(dataDir, 'recommendations.json'), 'utf8'),
  ) as SeedRecommendation[];
}

/**
 * The governance facts of the review: national bodies and NHS England's regional teams, the two
 * Governing Boards and the four senate governing bodies, the recommendations, the lines of
 * accountability as the review draws them, annex H and the savings targets of para 121.
 */
export function putGovernance(put: Put, retire: Retire, dataDir: string): void {
  for (const b of NATIONAL_BODIES)
    put('national-body', bid(b.key), {
      key: b.key,
      name: b.name,
      shortName: b.shortName,
      kind: b.kind,
    });
  for (const t of REGIONAL_TEAMS)
    put('national-body', bid(t.key), {
      key: t.key,
      name: t.name,
      shortName: t.shortName,
      kind: 'regional_team',
      regionId: gid(regionKey(t.region)),
    });
  for (const b of BOARDS)
    put('governing-board', boardId(b.key), {
      key: b.key,
      name: b.name,
      kind: b.kind,
      ...(b.chair ? { chairBodyId: bid(b.chair) } : {}),
    });
  for (const t of REGIONAL_TEAMS)
    put('governing-board', boardId(t.senateBoard.key), {
      key: t.senateBoard.key,
      name: t.senateBoard.name,
      kind: 'senate',
      regionId: gid(regionKey(t.region)),
    });
  for (const r of loadRecommendations(dataDir))
    put('recommendation', naturalId('recommendation', r.number), {
      number: r.number,
      title: r.title,
      text: r.text,
      points: r.points,
      paragraph: r.paragraph,
      status: 'not_started',
      evidence: [],
    });
  putLines(put, retire);
  putFinance(put);
}

type Kind = 'national_body' | 'governing_board' | 'network';

type Line = (
  fromKind: Kind,
  fromId: string,
  toKind: Kind,
  toId: string,
  nature: string,
  reference: string,
) => void;

const lineId = (fromId: string, toId: string, nature: string) =>
  naturalId('accountability-line', fromId, toId, nature);

/** Lines of accountability (rec 11, rec 12, rec 14, annex G). */
function putLines(put: Put, retire: Retire): void {
  const line: Line = (fromKind, fromId, toKind, toId, nature, reference) =>
    put('accountability-line', lineId(fromId, toId, nature), {
      fromKind,
      fromId,
      toKind,
      toId,
      nature,
      reference,
    });
  putBoardLines(line, retire);
  putAhsnLines(line);
  putRegionalLines(line, retire);
  for (const l of LDPS)
    line(
      'network',
      nid(networkKey.ldp(l.key)),
      'national_body',
      bid('nhs-leadership-academy'),
      'accounts_to',
      'rec 14.ii',
    );
}

/** The national leadership Governing Board's lines (rec 12, rec 14). */
function putBoardLines(line: Line, retire: Retire): void {
  const leadership = boardId('leadership-board');
  line(
    'national_body',
    bid('nhs-leadership-academy'),
    'governing_board',
    leadership,
    'governed_by',
    'rec 14.i',
  );
  // Rec 12 (116.a): "HEE chair the new national leadership Governing Board" — the Board does not account to HEE
  line(
    'governing_board',
    leadership,
    'national_body',
    bid('hee'),
    'chaired_by',
    'rec 12 (para 116.a)',
  );
  retire('accountability-line', lineId(leadership, bid('hee'), 'accounts_to'));
}

/** Each AHSN's lines: to NHS England and to the improvement Governing Board (rec 11). */
function putAhsnLines(line: Line): void {
  const improvement = boardId('improvement-board');
  for (const a of AHSNS) {
    const ahsn = nid(networkKey.ahsn(a.key));
    // NHS England holds each AHSN to account under its licence (annex G 28) ...
    line('network', ahsn, 'national_body', bid('nhs-england'), 'accounts_to', 'rec 11; annex G 28');
    // ... and its improvement work answers to the improvement Governing Board (rec 11, rec 7.v)
    line(
      'network',
      ahsn,
      'governing_board',
      improvement,
      'accounts_to',
      'rec 11; rec 7.v (improvement work)',
    );
  }
}

/** Each regional team's lines, and its senates' and clinical networks' (annex G 55, 58). */
function putRegionalLines(line: Line, retire: Retire): void {
  for (const t of REGIONAL_TEAMS) {
    const team = bid(t.key);
    const senateBoard = boardId(t.senateBoard.key);
    line(
      'national_body',
      team,
      'national_body',
      bid('nhs-england'),
      'hosted_by',
      'rec 11 (114.g v)',
    );
    // "one overarching senate governing body per region ... accountable to the Regional Medical Director"
    line('governing_board', senateBoard, 'national_body', team, 'accounts_to', 'annex G 55.b');
    for (const g of GEOGRAPHIES.filter((x) => x.region === t.region)) {
      const senate = nid(networkKey.senate(g.key));
      line('network', senate, 'governing_board', senateBoard, 'governed_by', 'annex G 55.b');
      retire('accountability-line', lineId(senate, bid('nhs-england'), 'hosted_by'));
      // the regional Medical Team signs off and assures the networks' business plans (annex G 58.e)
      for (const p of PRIORITY_AREAS)
        line(
          'network',
          nid(networkKey.clinicalNetwork(g.key, p.key)),
          'national_body',
          team,
          'accounts_to',
          'annex G 58.e',
        );
    }
  }
}

/** Annex H's figures with its notes, and the two savings targets of para 121 as the review sets them. */
function putFinance(put: Put): void {
  for (const a of ANNEX_H) {
    const extra = a as {
      idKey?: string;
      wtePlanned1415?: number;
      wteActual1415?: number;
      wtePlanned1516?: number;
      sharedBy?: readonly string[];
      splitUndecided?: boolean;
      note?: string;
    };
    const common = {
      bodyKey: a.bodyKey,
      bodyName: a.bodyName,
      category: a.category,
      source: 'annex H',
      ...(extra.note ? { note: extra.note } : {}),
      ...(extra.sharedBy ? { sharedBy: [...extra.sharedBy] } : {}),
      ...(extra.splitUndecided ? { splitUndecided: true } : {}),
    };
    const id = (year: string) =>
      naturalId('finance-allocation', extra.idKey ?? a.bodyKey, a.category, year);
    put('finance-allocation', id('2014/15'), {
      ...common,
      year: '2014/15',
      amountGbpThousands: a.y1415,
      ...(extra.wtePlanned1415 !== undefined
        ? { wtePlanned: extra.wtePlanned1415, wteActual: extra.wteActual1415 }
        : {}),
    });
    put('finance-allocation', id('2015/16'), {
      ...common,
      year: '2015/16',
      amountGbpThousands: a.y1516,
      ...(extra.wtePlanned1516 !== undefined ? { wtePlanned: extra.wtePlanned1516 } : {}),
    });
  }
  for (const s of SAVINGS_TARGETS)
    put('savings-target', naturalId('savings-target', s.key), {
      scope: s.scope,
      bodyKeys: [...s.bodyKeys],
      baselineYear: '2014/15',
      targetYear: '2015/16',
      ...('minimumPercent' in s ? { minimumPercent: s.minimumPercent } : {}),
      ...('amountGbpThousands' in s ? { amountGbpThousands: s.amountGbpThousands } : {}),
      reference: s.reference,
    });
}
