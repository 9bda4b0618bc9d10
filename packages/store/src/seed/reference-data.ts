/**
 * The reference facts of the review (DESIGN.md "Reference data"), as the England seed loads them.
 * Keys are stable: seeded ids are derived from them (`naturalId`), so every instance agrees.
 */

export const REGIONS = [
  { key: 'north', name: 'North' },
  { key: 'midlands-and-east', name: 'Midlands and East' },
  { key: 'london', name: 'London' },
  { key: 'south', name: 'South' },
] as const;

/** The 12 clinical senate / strategic clinical network geographies and their region. */
export const GEOGRAPHIES = [
  { key: 'cheshire-merseyside', name: 'Cheshire and Merseyside', region: 'north' },
  {
    key: 'greater-manchester-lancashire-south-cumbria',
    name: 'Greater Manchester, Lancashire and South Cumbria',
    region: 'north',
  },
  { key: 'northern-england', name: 'Northern England', region: 'north' },
  { key: 'yorkshire-humber', name: 'Yorkshire and the Humber', region: 'north' },
  { key: 'east-midlands', name: 'East Midlands', region: 'midlands-and-east' },
  { key: 'west-midlands', name: 'West Midlands', region: 'midlands-and-east' },
  { key: 'east-of-england', name: 'East of England', region: 'midlands-and-east' },
  { key: 'london', name: 'London', region: 'london' },
  { key: 'south-west', name: 'South West', region: 'south' },
  { key: 'wessex', name: 'Wessex', region: 'south' },
  { key: 'thames-valley', name: 'Thames Valley', region: 'south' },
  { key: 'south-east-coast', name: 'South East Coast', region: 'south' },
] as const;

/** The 15 AHSNs of 2015 (rec 7). */
export const AHSNS = [
  { key: 'eastern', name: 'Eastern AHSN' },
  { key: 'east-midlands', name: 'East Midlands AHSN' },
  { key: 'greater-manchester', name: 'Greater Manchester AHSN' },
  { key: 'imperial-college-health-partners', name: 'Imperial College Health Partners' },
  { key: 'kent-surrey-sussex', name: 'Kent Surrey Sussex AHSN' },
  { key: 'north-east-north-cumbria', name: 'North East and North Cumbria AHSN' },
  { key: 'north-west-coast', name: 'North West Coast AHSN' },
  { key: 'oxford', name: 'Oxford AHSN' },
  { key: 'health-innovation-network', name: 'Health Innovation Network (South London)' },
  { key: 'south-west', name: 'South West AHSN' },
  { key: 'uclpartners', name: 'UCLPartners' },
  { key: 'wessex', name: 'Wessex AHSN' },
  { key: 'west-midlands', name: 'West Midlands AHSN' },
  { key: 'west-of-england', name: 'West of England AHSN' },
  { key: 'yorkshire-humber', name: 'Yorkshire and Humber AHSN' },
] as const;

/** The 10 Local Delivery Partners of the NHS Leadership Academy (rec 14.ii). */
export const LDPS = [
  { key: 'north-east', name: 'North East' },
  { key: 'north-west', name: 'North West' },
  { key: 'yorkshire-humber', name: 'Yorkshire and the Humber' },
  { key: 'east-midlands', name: 'East Midlands' },
  { key: 'west-midlands', name: 'West Midlands' },
  { key: 'east-of-england', name: 'East of England' },
  { key: 'london', name: 'London' },
  { key: 'kent-surrey-sussex', name: 'Kent, Surrey and Sussex' },
  { key: 'thames-valley-wessex', name: 'Thames Valley and Wessex' },
  { key: 'south-west', name: 'South West' },
] as const;

/** The four national priority areas of the (strategic) clinical networks. */
export const PRIORITY_AREAS = [
  { key: 'cancer', name: 'Cancer' },
  { key: 'cardiovascular', name: 'Cardiovascular (including stroke, diabetes and renal)' },
  { key: 'maternity_children', name: 'Maternity, children and young people' },
  {
    key: 'mental_health_dementia_neurology',
    name: 'Mental health, dementia and neurological conditions',
  },
] as const;

export const NATIONAL_BODIES = [
  { key: 'nhs-england', name: 'NHS England', shortName: 'NHS England', kind: 'national_body' },
  {
    key: 'nhs-tda',
    name: 'NHS Trust Development Authority',
    shortName: 'NHS TDA',
    kind: 'national_body',
  },
  { key: 'monitor', name: 'Monitor', shortName: 'Monitor', kind: 'national_body' },
  { key: 'hee', name: 'Health Education England', shortName: 'HEE', kind: 'national_body' },
  { key: 'phe', name: 'Public Health England', shortName: 'PHE', kind: 'national_body' },
  { key: 'cqc', name: 'Care Quality Commission', shortName: 'CQC', kind: 'national_body' },
  { key: 'dh', name: 'Department of Health', shortName: 'DH', kind: 'system_sponsor' },
  {
    key: 'lga',
    name: 'Local Government Association',
    shortName: 'LGA',
    kind: 'frontline_representative',
  },
  {
    key: 'nhs-confederation',
    name: 'NHS Confederation',
    shortName: 'NHS Confederation',
    kind: 'frontline_representative',
  },
  {
    key: 'nhs-leadership-academy',
    name: 'NHS Leadership Academy',
    shortName: 'Leadership Academy',
    kind: 'national_programme',
  },
  { key: 'nhs-iq', name: 'NHS Improving Quality', shortName: 'NHS IQ', kind: 'national_programme' },
] as const;

export const BOARDS = [
  {
    key: 'improvement-board',
    name: 'National Improvement Governing Board',
    kind: 'improvement',
    chair: undefined,
  },
  {
    key: 'leadership-board',
    name: 'National Leadership Governing Board',
    kind: 'leadership',
    chair: 'hee',
  },
] as const;

/**
 * NHS England's four regional teams, each with its Regional Medical Director, and the one
 * overarching senate governing body per region accountable to that director (annex G 55.b; rec 11).
 */
export const REGIONAL_TEAMS = REGIONS.map((r) => ({
  key: `nhs-england-${r.key}`,
  name: `NHS England ${r.name} regional team`,
  shortName: `${r.name} RMD`,
  region: r.key,
  senateBoard: { key: `senate-board-${r.key}`, name: `${r.name} Clinical Senate governing body` },
}));

/**
 * Annex H: GBP thousands, 2014/15 and 2015/16, with WTE (planned; actual at Dec 2014), and the
 * annex's own notes beside its figures. `idKey` keeps a record's id when its body key changed.
 */
export const ANNEX_H = [
  {
    bodyKey: 'nhs-iq',
    bodyName: 'NHS IQ',
    category: 'admin',
    y1415: 10205,
    y1516: 7376,
    wtePlanned1415: 96.26,
    wteActual1415: 89.0,
    wtePlanned1516: 68.82,
  },
  {
    bodyKey: 'nhs-iq',
    bodyName: 'NHS IQ',
    category: 'programme',
    y1415: 34225,
    y1516: 24439,
    wtePlanned1415: 151.7,
    wteActual1415: 123.72,
    wtePlanned1516: 170.0,
  },
  {
    // "Admin Budget" of the AHSNs, Clinical Senates and Clinical Networks block: AHSNs get none
    bodyKey: 'senates-networks',
    idKey: 'ahsns-senates-networks',
    bodyName: 'Clinical Senates and Clinical Networks',
    category: 'admin',
    y1415: 10000,
    y1516: 8500,
    sharedBy: ['Clinical Senates', 'Clinical Networks'],
    note: 'Please note that only Clinical Senates and Clinical Networks receive Admin Funding',
  },
  {
    bodyKey: 'ahsns-senates-networks',
    bodyName: 'AHSNs, Clinical Senates and Clinical Networks',
    category: 'programme',
    y1415: 85700,
    y1516: 73530,
    sharedBy: ['AHSNs', 'Clinical Senates', 'Clinical Networks'],
    splitUndecided: true,
    note: 'Please note that no decisions have yet been taken in respect of the split of programme monies between AHSNs, Clinical Senates and Clinical Networks',
  },
  {
    bodyKey: 'nhs-leadership-academy',
    bodyName: 'NHS Leadership Academy',
    category: 'admin',
    y1415: 2058,
    y1516: 2000,
    wtePlanned1415: 20.2,
    wteActual1415: 17.0,
    wtePlanned1516: 17.7,
  },
  {
    bodyKey: 'nhs-leadership-academy',
    bodyName: 'NHS Leadership Academy',
    category: 'programme',
    y1415: 70642,
    y1516: 50800,
    wtePlanned1415: 54.9,
    wteActual1415: 48.4,
    wtePlanned1516: 52.6,
  },
] as const;

/** Para 121: a minimum saving of 15% across the improvement architecture, and GBP 2m from the Academy. */
export const SAVINGS_TARGETS = [
  {
    key: 'improvement-architecture-15pc',
    scope: 'Improvement architecture (NHS IQ, AHSNs, senates and clinical networks)',
    bodyKeys: ['nhs-iq', 'senates-networks', 'ahsns-senates-networks'],
    minimumPercent: 15,
    reference: 'para 121',
  },
  {
    key: 'leadership-academy-2m',
    scope: 'NHS Leadership Academy',
    bodyKeys: ['nhs-leadership-academy'],
    amountGbpThousands: 2000,
    reference: 'para 121',
  },
] as const;

/**
 * The national leadership programmes of the 2015 catalogue: commissioned nationally and offered
 * locally through each LDP, except the Graduate Management Training Scheme, which stays with the
 * Leadership Academy and is run nationally (rec 12.ii).
 */
export const NATIONAL_PROGRAMMES = [
  { key: 'edward-jenner', name: 'Edward Jenner programme', level: 'entry' },
  { key: 'mary-seacole', name: 'Mary Seacole programme', level: 'first_line' },
  {
    key: 'elizabeth-garrett-anderson',
    name: 'Elizabeth Garrett Anderson programme',
    level: 'middle',
  },
  { key: 'nye-bevan', name: 'Nye Bevan programme', level: 'senior' },
  {
    key: 'aspiring-chief-executive',
    name: 'Aspiring Chief Executive programme',
    level: 'executive',
  },
  { key: 'top-leaders', name: 'Top Leaders programme', level: 'system' },
  { key: 'ready-now', name: 'Ready Now programme', level: 'executive' },
  {
    key: 'graduate-management-training-scheme',
    name: 'Graduate Management Training Scheme',
    level: 'entry',
    national: true,
  },
] as const;

/**
 * Trusts formed by merger after the 2015 file, with the day they opened (their predecessors close
 * that day and name them as successor): Manchester University NHS FT from Central Manchester (RW3)
 * and University Hospital of South Manchester (RM2); South Tyneside and Sunderland NHS FT from
 * South Tyneside (RE9) and City Hospitals Sunderland (RLN).
 */
export const SUCCESSIONS = [
  { odsCode: 'R0A', openedOn: '2017-10-01', predecessors: ['RW3', 'RM2'] },
  { odsCode: 'R0B', openedOn: '2019-04-01', predecessors: ['RE9', 'RLN'] },
] as const;
