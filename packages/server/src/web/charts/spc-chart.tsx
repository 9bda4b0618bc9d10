import type { EChartsOption } from 'echarts';
import { DataTable } from '../components/data-table.js';
import { renderSvg } from './render-svg.js';
import { SvgFigure } from './svg-figure.js';

/** The analysis the API answers for a series (`POST /spc`, `GET /measures/{id}/spc`). */
export interface SpcAnalysis {
  points: {
    date: string;
    value: number | null;
    mean: number | null;
    lpl: number | null;
    upl: number | null;
    specialCauseType: string;
    pointType: string;
    rebaseGroup: number;
  }[];
  warnings: string[];
  variationIcon: string;
  assuranceIcon: string | null;
}

/** Making Data Count's colours: grey common cause, blue improvement, orange concern, purple neutral. */
export const POINT_COLOURS: Record<string, string> = {
  common_cause: '#768692',
  special_cause_improvement: '#005eb8',
  special_cause_concern: '#ed8b00',
  special_cause_neutral_high: '#330072',
  special_cause_neutral_low: '#330072',
};

const POINT_NAMES: Record<string, string> = {
  common_cause: 'common cause',
  special_cause_improvement: 'special cause: improvement',
  special_cause_concern: 'special cause: concern',
  special_cause_neutral_high: 'special cause: neutral (high)',
  special_cause_neutral_low: 'special cause: neutral (low)',
};

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(2);

/** The echarts option of an XmR chart: values, mean, process limits, target, rebase lines. */
export function spcOption(a: SpcAnalysis, unit: string, target: number | undefined): EChartsOption {
  const dates = a.points.map((p) => p.date);
  const groups = [...new Set(a.points.map((p) => p.rebaseGroup))];
  const limitSeries = groups.flatMap((g) =>
    (['mean', 'lpl', 'upl'] as const).map((key) => ({
      type: 'line' as const,
      name: key === 'mean' ? 'Mean' : 'Process limits',
      data: a.points.map((p) => (p.rebaseGroup === g ? p[key] : null)),
      symbol: 'none',
      lineStyle: {
        color: key === 'mean' ? '#212b32' : '#4c6272',
        type: key === 'mean' ? ('solid' as const) : ('dashed' as const),
        width: key === 'mean' ? 2 : 1.5,
      },
      connectNulls: false,
    })),
  );
  const rebaseDates = a.points
    .filter((p, i) => i > 0 && p.rebaseGroup !== a.points[i - 1]!.rebaseGroup)
    .map((p) => p.date);
  return {
    grid: { left: 64, right: 64, top: 32, bottom: 56 },
    legend: { show: false },
    xAxis: { type: 'category', data: dates, axisLabel: { color: '#212b32', hideOverlap: true } },
    yAxis: { type: 'value', scale: true, name: unit, axisLabel: { color: '#212b32' } },
    series: [
      ...limitSeries,
      {
        type: 'line',
        name: 'Value',
        data: a.points.map((p) => ({
          value: p.value,
          itemStyle: { color: POINT_COLOURS[p.pointType] ?? '#768692' },
        })),
        symbol: 'circle',
        symbolSize: a.points.length > 120 ? 4 : 7,
        lineStyle: { color: '#aeb7bd', width: 1.5 },
        markLine: {
          symbol: 'none',
          silent: true,
          data: [
            ...(target === undefined
              ? []
              : [
                  {
                    yAxis: target,
                    name: 'Target',
                    lineStyle: { color: '#d5281b', type: 'dotted' as const, width: 2 },
                    label: { formatter: 'Target', color: '#d5281b' },
                  },
                ]),
            ...rebaseDates.map((d) => ({
              xAxis: d,
              lineStyle: { color: '#4c6272', type: 'solid' as const },
              label: { formatter: 'Rebased', color: '#4c6272' },
            })),
          ],
        },
      },
    ],
  };
}

/** A sentence for screen readers and a summary for everyone. */
export function spcSummary(a: SpcAnalysis, name: string, target: number | undefined): string {
  const last = a.points[a.points.length - 1];
  const special = a.points.filter((p) => p.pointType !== 'common_cause').length;
  const groups = new Set(a.points.map((p) => p.rebaseGroup)).size;
  return `${name}: ${a.points.length} points from ${a.points[0]?.date} to ${last?.date}. Mean ${fmt(last?.mean)}, process limits ${fmt(last?.lpl)} to ${fmt(last?.upl)}${target === undefined ? '' : `, target ${fmt(target)}`}${groups > 1 ? `, in ${groups} periods (rebased)` : ''}. ${special} points show special cause variation. Variation: ${a.variationIcon.replaceAll('_', ' ')}${a.assuranceIcon ? `; assurance: ${a.assuranceIcon}` : ''}.`;
}

/** The SPC chart as a figure, with its text alternative and the data table. */
export function SpcChart(props: {
  analysis: SpcAnalysis;
  name: string;
  unit: string;
  target?: number | undefined;
  width?: number;
}) {
  const a = props.analysis;
  const svg = renderSvg(spcOption(a, props.unit, props.target), props.width ?? 760, 380);
  return (
    <SvgFigure
      id="spc-chart"
      svg={svg}
      caption={`${props.name} – statistical process control chart`}
      summary={spcSummary(a, props.name, props.target)}
      table={
        <DataTable
          caption={`${props.name}: values and limits`}
          rows={a.points}
          columns={[
            { header: 'Date', cell: (p) => p.date },
            { header: 'Value', cell: (p) => fmt(p.value), numeric: true },
            { header: 'Mean', cell: (p) => fmt(p.mean), numeric: true },
            { header: 'Lower limit', cell: (p) => fmt(p.lpl), numeric: true },
            { header: 'Upper limit', cell: (p) => fmt(p.upl), numeric: true },
            { header: 'Variation', cell: (p) => POINT_NAMES[p.pointType] ?? p.pointType },
            {
              header: 'Rule',
              cell: (p) => (p.specialCauseType === 'Common Cause' ? '' : p.specialCauseType),
            },
          ]}
        />
      }
    />
  );
}
