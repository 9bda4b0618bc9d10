import { funnelLimits } from '@tessera/core';
import { DataTable } from '../components/data-table.js';
import { renderSvg } from './render-svg.js';
import { SvgFigure } from './svg-figure.js';

export interface FunnelPoint {
  name: string;
  numerator: number;
  denominator: number;
  proportion: number;
  flag: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type LimitKey = 'lower95' | 'upper95' | 'lower998' | 'upper998';

/** A 95% (dashed) or 99.8% (solid) limit of the funnel, drawn through 60 unit sizes. */
function limitSeries(key: LimitKey, pooled: number, maxN: number) {
  const ns = Array.from({ length: 60 }, (_, i) => Math.max(1, Math.round(((i + 1) / 60) * maxN)));
  return {
    type: 'line' as const,
    data: ns.map((n) => [n, funnelLimits(pooled, n)[key]]),
    symbol: 'none',
    smooth: true,
    lineStyle: {
      color: key.endsWith('95') ? '#4c6272' : '#212b32',
      type: key.endsWith('95') ? ('dashed' as const) : ('solid' as const),
      width: 1,
    },
  };
}

const colour = (flag: string) =>
  flag === 'inside' ? '#005eb8' : flag === 'outside95' ? '#ed8b00' : '#d5281b';

/** The funnel plot as SVG: the limits, the pooled share and each unit coloured by its flag. */
function funnelSvg(units: FunnelPoint[], pooled: number): string {
  const maxN = Math.max(...units.map((u) => u.denominator));
  const limit = (key: LimitKey) => limitSeries(key, pooled, maxN);
  return renderSvg(
    {
      grid: { left: 64, right: 24, top: 24, bottom: 48 },
      xAxis: {
        type: 'value',
        name: 'Staff in the group',
        nameLocation: 'middle',
        nameGap: 28,
        axisLabel: { color: '#212b32' },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        axisLabel: { color: '#212b32', formatter: (v: number) => `${Math.round(v * 100)}%` },
      },
      series: [
        limit('lower95'),
        limit('upper95'),
        limit('lower998'),
        limit('upper998'),
        {
          type: 'line',
          data: [
            [0, pooled],
            [maxN, pooled],
          ],
          symbol: 'none',
          lineStyle: { color: '#212b32', width: 2 },
        },
        {
          type: 'scatter',
          data: units.map((u) => ({
            value: [u.denominator, u.proportion],
            itemStyle: { color: colour(u.flag) },
          })),
          symbolSize: 8,
        },
      ],
    },
    720,
    360,
  );
}

/** A funnel plot: each unit's share against its size, inside the 95% and 99.8% limits around the pooled share. */
export function FunnelChart(props: {
  id: string;
  caption: string;
  pooled: number | null;
  units: FunnelPoint[];
}) {
  const { units, pooled } = props;
  if (pooled === null || units.length === 0)
    return <p class="nhsuk-body">No assessments to plot yet.</p>;
  const svg = funnelSvg(units, pooled);
  const outside = units.filter((u) => u.flag !== 'inside');
  return (
    <SvgFigure
      id={props.id}
      svg={svg}
      caption={props.caption}
      summary={`${units.length} units; pooled share trained ${pct(pooled)}. ${outside.length} outside the 95% limits${
        outside.length
          ? `: ${outside
              .slice(0, 5)
              .map((u) => u.name)
              .join(', ')}${outside.length > 5 ? ' and others' : ''}`
          : ''
      }.`}
      table={
        <DataTable
          caption={`${props.caption}: units`}
          rows={units}
          columns={[
            { header: 'Unit', cell: (u) => u.name },
            { header: 'Trained', cell: (u) => u.numerator, numeric: true },
            { header: 'Staff', cell: (u) => u.denominator, numeric: true },
            { header: 'Share', cell: (u) => pct(u.proportion), numeric: true },
            {
              header: 'Against the funnel',
              cell: (u) =>
                u.flag.replace('outside95', 'outside 95%').replace('outside998', 'outside 99.8%'),
            },
          ]}
        />
      }
    />
  );
}
