import type { z } from 'zod';

/** The SQLite storage class a zod field maps to. */
export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'json';

export interface ColumnShape {
  kind: ColumnKind;
  /** The field may be absent: the column is nullable. */
  optional: boolean;
}

interface ZodLike {
  _zod: { def: { type: string; innerType?: ZodLike; in?: ZodLike; out?: ZodLike } };
  isInt?: boolean;
  format?: string | null;
}

/** Reads a zod 4 field schema and says how to store it (unwrapping optional, nullable and defaults). */
export function columnShapeOf(schema: z.ZodType): ColumnShape {
  let s = schema as unknown as ZodLike;
  let optional = false;
  for (;;) {
    const t = s._zod.def.type;
    if (t === 'optional' || t === 'nullable') {
      optional = true;
      s = s._zod.def.innerType!;
    } else if (t === 'default' || t === 'prefault' || t === 'readonly' || t === 'catch') {
      s = s._zod.def.innerType!;
    } else if (t === 'pipe') {
      s = s._zod.def.in!;
    } else break;
  }
  const t = s._zod.def.type;
  switch (t) {
    case 'string':
    case 'enum':
    case 'literal':
    case 'date':
      return { kind: 'text', optional };
    case 'number':
      return {
        kind: s.isInt || s.format === 'safeint' || s.format === 'int32' ? 'integer' : 'real',
        optional,
      };
    case 'int':
    case 'bigint':
      return { kind: 'integer', optional };
    case 'boolean':
      return { kind: 'boolean', optional };
    default:
      return { kind: 'json', optional };
  }
}

/** camelCase -> snake_case for column names. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
