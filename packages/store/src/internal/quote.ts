/** A SQL identifier (table or column name), double-quoted with inner quotes doubled. */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
