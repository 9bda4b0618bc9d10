/**
 * Wessex's NHS trusts: the rows of the ODS "etr" file (NHS trusts, about 2015-2017, Open
 * Government Licence) whose NHS England local office is Q70 (Wessex), copied here so the plugin
 * seeds its member list offline. Columns kept: code, name, town, postcode, open date.
 */
export const WESSEX_LOCAL_OFFICE = 'Q70';

export const WESSEX_TRUSTS_ODS = `R1C,SOLENT NHS TRUST,SOUTHAMPTON,SO19 8BR,20110401
R1F,ISLE OF WIGHT NHS TRUST,NEWPORT,PO30 5TG,20120401
RBD,DORSET COUNTY HOSPITAL NHS FOUNDATION TRUST,DORCHESTER,DT1 2JY,19910401
RD3,POOLE HOSPITAL NHS FOUNDATION TRUST,POOLE,BH15 2JB,19920401
RDY,DORSET HEALTHCARE UNIVERSITY NHS FOUNDATION TRUST,POOLE,BH17 0RB,19920401
RDZ,THE ROYAL BOURNEMOUTH AND CHRISTCHURCH HOSPITALS NHS FOUNDATION TRUST,BOURNEMOUTH,BH7 7DW,19920401
RHM,UNIVERSITY HOSPITAL SOUTHAMPTON NHS FOUNDATION TRUST,SOUTHAMPTON,SO16 6YD,19930401
RHU,PORTSMOUTH HOSPITALS NHS TRUST,PORTSMOUTH,PO6 3LY,19930401
RN5,HAMPSHIRE HOSPITALS NHS FOUNDATION TRUST,BASINGSTOKE,RG24 9NA,19940401
RW1,SOUTHERN HEALTH NHS FOUNDATION TRUST,SOUTHAMPTON,SO40 2RZ,20010401`;

const SMALL = new Set(['and', 'of', 'the']);

/** `ISLE OF WIGHT NHS TRUST` -> `Isle of Wight NHS Trust`. */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) =>
      w === 'nhs' ? 'NHS' : i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}

export interface WessexTrust {
  odsCode: string;
  name: string;
  town: string;
  postcode: string;
  openedOn: string;
}

/** The trusts, parsed. */
export function wessexTrusts(): WessexTrust[] {
  return WESSEX_TRUSTS_ODS.split('\n').map((line) => {
    const [odsCode, name, town, postcode, opened] = line.split(',') as [
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      odsCode,
      name: titleCase(name),
      town: titleCase(town),
      postcode,
      openedOn: `${opened.slice(0, 4)}-${opened.slice(4, 6)}-${opened.slice(6, 8)}`,
    };
  });
}
