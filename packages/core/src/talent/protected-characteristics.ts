import { z } from 'zod';

/**
 * Protected characteristics recorded for diversity monitoring (para 103: leaders should reflect the
 * population served). Values never leave a local instance except inside suppressed aggregates.
 * Every list ends with `not_stated` (declined or not recorded).
 */

export const SEX_CATEGORIES = ['female', 'male', 'not_stated'] as const;
export const Sex = z.enum(SEX_CATEGORIES);
export type Sex = z.infer<typeof Sex>;

export const AGE_BANDS = [
  'under_25',
  '25_34',
  '35_44',
  '45_54',
  '55_64',
  '65_plus',
  'not_stated',
] as const;
export const AgeBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBand>;

/** The 18 ethnic categories of the ONS 2011 census for England, plus `not_stated`. */
export const ETHNICITY_CATEGORIES = [
  'white_british',
  'white_irish',
  'white_gypsy_or_irish_traveller',
  'white_other',
  'mixed_white_and_black_caribbean',
  'mixed_white_and_black_african',
  'mixed_white_and_asian',
  'mixed_other',
  'asian_indian',
  'asian_pakistani',
  'asian_bangladeshi',
  'asian_chinese',
  'asian_other',
  'black_african',
  'black_caribbean',
  'black_other',
  'other_arab',
  'other_any',
  'not_stated',
] as const;
export const Ethnicity = z.enum(ETHNICITY_CATEGORIES);
export type Ethnicity = z.infer<typeof Ethnicity>;

/** The five broad ONS 2011 ethnic groups, plus `not_stated`. */
export const ETHNIC_GROUPS = ['white', 'mixed', 'asian', 'black', 'other', 'not_stated'] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

export const DISABILITY_CATEGORIES = ['yes', 'no', 'not_stated'] as const;
export const Disability = z.enum(DISABILITY_CATEGORIES);
export type Disability = z.infer<typeof Disability>;

export const SEXUAL_ORIENTATION_CATEGORIES = [
  'heterosexual',
  'gay_or_lesbian',
  'bisexual',
  'other',
  'not_stated',
] as const;
export const SexualOrientation = z.enum(SEXUAL_ORIENTATION_CATEGORIES);
export type SexualOrientation = z.infer<typeof SexualOrientation>;

/** Religion or belief, as asked in the 2011 census. */
export const RELIGION_CATEGORIES = [
  'no_religion',
  'christian',
  'buddhist',
  'hindu',
  'jewish',
  'muslim',
  'sikh',
  'other',
  'not_stated',
] as const;
export const Religion = z.enum(RELIGION_CATEGORIES);
export type Religion = z.infer<typeof Religion>;

export const PROTECTED_CHARACTERISTICS = [
  'sex',
  'ageBand',
  'ethnicity',
  'disability',
  'sexualOrientation',
  'religion',
] as const;
export type ProtectedCharacteristic = (typeof PROTECTED_CHARACTERISTICS)[number];

/** The categories of each characteristic, in publication order. */
export const CHARACTERISTIC_CATEGORIES: Readonly<
  Record<ProtectedCharacteristic, readonly string[]>
> = Object.freeze({
  sex: SEX_CATEGORIES,
  ageBand: AGE_BANDS,
  ethnicity: ETHNICITY_CATEGORIES,
  disability: DISABILITY_CATEGORIES,
  sexualOrientation: SEXUAL_ORIENTATION_CATEGORIES,
  religion: RELIGION_CATEGORIES,
});

/** The broad ONS 2011 group of an ethnic category (`asian_indian` -> `asian`); unknown values -> `not_stated`. */
export function ethnicGroupOf(category: string): EthnicGroup {
  if (category === 'not_stated') return 'not_stated';
  const prefix = category.slice(0, category.indexOf('_'));
  return (ETHNIC_GROUPS as readonly string[]).includes(prefix) &&
    (ETHNICITY_CATEGORIES as readonly string[]).includes(category)
    ? (prefix as EthnicGroup)
    : 'not_stated';
}

/** True when a recorded value says something (not missing and not `not_stated`). */
export function isStated(value: string | undefined): value is string {
  return value !== undefined && value !== '' && value !== 'not_stated';
}
