import type {
  AgeBand,
  Disability,
  Ethnicity,
  Religion,
  Sex,
  SexualOrientation,
} from '@tessera/core';
import type { Prng } from '@tessera/core';

/**
 * Shares of protected characteristics for generated people, close to published figures: ethnicity
 * and religion from the ONS 2011 census (England: 85.4% white, of which 79.8% White British;
 * London: 59.8% white), sex and age from the NHS workforce (about 77% female), disability and
 * sexual orientation from NHS staff surveys. A few per cent are `not_stated`, as in real returns.
 */
type Shares<K extends string> = readonly (readonly [K, number])[];

export interface PopulationProfile {
  name: 'england' | 'london';
  sex: Shares<Sex>;
  ageBand: Shares<AgeBand>;
  ethnicity: Shares<Ethnicity>;
  disability: Shares<Disability>;
  sexualOrientation: Shares<SexualOrientation>;
  religion: Shares<Religion>;
}

const SEX: Shares<Sex> = [
  ['female', 76],
  ['male', 22.5],
  ['not_stated', 1.5],
];
const AGE: Shares<AgeBand> = [
  ['under_25', 4],
  ['25_34', 21],
  ['35_44', 27],
  ['45_54', 30],
  ['55_64', 15],
  ['65_plus', 1.5],
  ['not_stated', 1.5],
];
const DISABILITY: Shares<Disability> = [
  ['no', 84],
  ['yes', 5],
  ['not_stated', 11],
];
const ORIENTATION: Shares<SexualOrientation> = [
  ['heterosexual', 87],
  ['gay_or_lesbian', 1.6],
  ['bisexual', 0.8],
  ['other', 0.3],
  ['not_stated', 10.3],
];

/** ONS 2011, England (per cent of residents), with 3% not stated added. */
const ETHNICITY_ENGLAND: Shares<Ethnicity> = [
  ['white_british', 79.8],
  ['white_irish', 1.0],
  ['white_gypsy_or_irish_traveller', 0.1],
  ['white_other', 4.6],
  ['mixed_white_and_black_caribbean', 0.8],
  ['mixed_white_and_black_african', 0.3],
  ['mixed_white_and_asian', 0.6],
  ['mixed_other', 0.5],
  ['asian_indian', 2.6],
  ['asian_pakistani', 2.1],
  ['asian_bangladeshi', 0.8],
  ['asian_chinese', 0.7],
  ['asian_other', 1.5],
  ['black_african', 1.8],
  ['black_caribbean', 1.1],
  ['black_other', 0.5],
  ['other_arab', 0.4],
  ['other_any', 0.6],
  ['not_stated', 3],
];

/** ONS 2011, London. */
const ETHNICITY_LONDON: Shares<Ethnicity> = [
  ['white_british', 44.9],
  ['white_irish', 2.2],
  ['white_gypsy_or_irish_traveller', 0.1],
  ['white_other', 12.6],
  ['mixed_white_and_black_caribbean', 1.5],
  ['mixed_white_and_black_african', 0.8],
  ['mixed_white_and_asian', 1.2],
  ['mixed_other', 1.5],
  ['asian_indian', 6.6],
  ['asian_pakistani', 2.7],
  ['asian_bangladeshi', 2.7],
  ['asian_chinese', 1.5],
  ['asian_other', 4.9],
  ['black_african', 7.0],
  ['black_caribbean', 4.2],
  ['black_other', 2.1],
  ['other_arab', 1.3],
  ['other_any', 2.1],
  ['not_stated', 3],
];

const RELIGION_ENGLAND: Shares<Religion> = [
  ['christian', 59.4],
  ['no_religion', 24.7],
  ['muslim', 5.0],
  ['hindu', 1.5],
  ['sikh', 0.8],
  ['jewish', 0.5],
  ['buddhist', 0.5],
  ['other', 0.4],
  ['not_stated', 7.2],
];
const RELIGION_LONDON: Shares<Religion> = [
  ['christian', 48.4],
  ['no_religion', 20.7],
  ['muslim', 12.4],
  ['hindu', 5.0],
  ['jewish', 1.8],
  ['sikh', 1.5],
  ['buddhist', 1.0],
  ['other', 0.6],
  ['not_stated', 8.5],
];

export const ENGLAND: PopulationProfile = {
  name: 'england',
  sex: SEX,
  ageBand: AGE,
  ethnicity: ETHNICITY_ENGLAND,
  disability: DISABILITY,
  sexualOrientation: ORIENTATION,
  religion: RELIGION_ENGLAND,
};
export const LONDON: PopulationProfile = {
  name: 'london',
  sex: SEX,
  ageBand: AGE,
  ethnicity: ETHNICITY_LONDON,
  disability: DISABILITY,
  sexualOrientation: ORIENTATION,
  religion: RELIGION_LONDON,
};

export interface ProtectedCharacteristics {
  sex: Sex;
  ageBand: AgeBand;
  ethnicity: Ethnicity;
  disability: Disability;
  sexualOrientation: SexualOrientation;
  religion: Religion;
}

/** One person's protected characteristics drawn from a profile (each independently). */
export function drawCharacteristics(
  rng: Prng,
  profile: PopulationProfile,
): ProtectedCharacteristics {
  return {
    sex: rng.weighted(profile.sex),
    ageBand: rng.weighted(profile.ageBand),
    ethnicity: rng.weighted(profile.ethnicity),
    disability: rng.weighted(profile.disability),
    sexualOrientation: rng.weighted(profile.sexualOrientation),
    religion: rng.weighted(profile.religion),
  };
}

/** Staff groups of leadership participants (NHS workforce shares, weighted to who attends). */
export const PROFESSIONS: Shares<string> = [
  ['nursing', 34],
  ['medical', 12],
  ['allied_health', 12],
  ['midwifery', 4],
  ['healthcare_science', 4],
  ['pharmacy', 3],
  ['ambulance', 3],
  ['psychology', 2],
  ['management', 16],
  ['admin_clerical', 8],
  ['estates', 1],
  ['finance', 1],
];

/** Agenda for Change bands (and grades for doctors and senior managers), by profession. */
export function bandFor(rng: Prng, profession: string): string {
  if (profession === 'medical')
    return rng.weighted([
      ['foundation', 5],
      ['specialty_registrar', 25],
      ['specialty_doctor', 15],
      ['consultant', 55],
    ]);
  if (profession === 'management')
    return rng.weighted([
      ['7', 15],
      ['8a', 25],
      ['8b', 22],
      ['8c', 15],
      ['8d', 9],
      ['9', 4],
      ['VSM', 10],
    ]);
  if (profession === 'admin_clerical')
    return rng.weighted([
      ['3', 10],
      ['4', 25],
      ['5', 30],
      ['6', 20],
      ['7', 15],
    ]);
  return rng.weighted([
    ['5', 12],
    ['6', 32],
    ['7', 32],
    ['8a', 15],
    ['8b', 6],
    ['8c', 3],
  ]);
}

/** Areas of coaching expertise and development needs, matched by the coaching register. */
export const EXPERTISE = [
  'leading change',
  'quality improvement',
  'system leadership',
  'clinical leadership',
  'finance for non-finance managers',
  'board development',
  'inclusive leadership',
  'resilience',
  'first-time management',
  'strategy',
  'commissioning',
  'operational management',
  'career progression',
  'managing performance',
  'team development',
  'coaching skills',
] as const;
