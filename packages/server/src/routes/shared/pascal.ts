/** `kebab-case` to `PascalCase`: `assurance-return` -> `AssuranceReturn`. */
export const pascal = (kebab: string) =>
  kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** `kebab-case` to `camelCase`: `assurance-return` -> `assuranceReturn`. */
export const camel = (kebab: string) => {
  const p = pascal(kebab);
  return p.charAt(0).toLowerCase() + p.slice(1);
};
