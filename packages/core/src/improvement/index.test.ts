import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as improvement from './index.js';
import * as spc from './spc/index.js';
import * as capabilityAssessment from './capability-assessment.js';
import * as capabilityFunnel from './capability-funnel.js';
import * as capabilityRollup from './capability-rollup.js';
import * as enquiry from './enquiry.js';
import * as enquirySla from './enquiry-sla.js';
import * as enquiryWorkflow from './enquiry-workflow.js';
import * as expert from './expert.js';
import * as improvementProject from './improvement-project.js';
import * as improvementResource from './improvement-resource.js';
import * as intervention from './intervention.js';
import * as measure from './measure.js';
import * as measureSpc from './measure-spc.js';
import * as measureValue from './measure-value.js';
import * as pdsaCycle from './pdsa-cycle.js';
import * as repeatedInterventions from './repeated-interventions.js';
import * as resourceSearch from './resource-search.js';
import * as routeEnquiry from './route-enquiry.js';

const modules = {
  capabilityAssessment,
  capabilityFunnel,
  capabilityRollup,
  enquiry,
  enquirySla,
  enquiryWorkflow,
  expert,
  improvementProject,
  improvementResource,
  intervention,
  measure,
  measureSpc,
  measureValue,
  pdsaCycle,
  repeatedInterventions,
  resourceSearch,
  routeEnquiry,
};

describe('improvement/index', () => {
  it('re-exports every public value of the folder and of ./spc, by name', () => {
    const exported = improvement as Record<string, unknown>;
    for (const [file, mod] of Object.entries({ ...modules, spc })) {
      for (const [name, value] of Object.entries(mod))
        expect(exported[name], `${file}.${name}`).toBe(value);
    }
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/export \*/);
  });

  it('lists every improvement entity once, in dependency order', () => {
    const { improvementEntities } = improvement;
    const names = improvementEntities.map((e) => e.name);
    expect(names).toEqual([
      'improvement-project',
      'pdsa-cycle',
      'measure',
      'measure-value',
      'capability-assessment',
      'intervention',
      'improvement-resource',
      'expert',
      'shared-expert',
      'enquiry',
    ]);
    expect(new Set(improvementEntities.map((e) => e.collection)).size).toBe(names.length);
    for (const e of improvementEntities) expect(e.domain).toBe('improvement');
    const entityValues = Object.values(improvement).filter(
      (v) => typeof v === 'object' && v !== null && 'collection' in v && 'schema' in v,
    );
    expect(entityValues).toHaveLength(improvementEntities.length);
    // references inside the folder point backwards
    const refs: Record<string, string> = { projectId: 'improvement-project', measureId: 'measure' };
    improvementEntities.forEach((e, i) => {
      for (const field of Object.keys(e.schema.shape)) {
        const target = refs[field];
        if (target) expect(names.indexOf(target), `${e.name}.${field}`).toBeLessThan(i);
      }
      for (const f of e.filters) expect(Object.keys(e.schema.shape)).toContain(f);
    });
  });
});
