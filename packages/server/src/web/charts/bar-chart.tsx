import { DataTable } from '../components/data-table.js';
import { renderSvg } from './render-svg.js';
import { SvgFigure } from './svg-figure.js';

export interface Bar {
  label: string;
  value: number;
  /** A second value drawn beside it (a target, a baseline). */
  compare?: number;
}

/** Renders horizontal bars (with an optional comparison bar) as SVG, for small multiples and tables. */
export function barSvg(
  bars: Bar[],
  options: {
    width: number;
    height: number;
    percent?: boolean;
    compareName?: string;
    valueName?: string;
  },
): string {
  const format = (v: number) =>
    options.percent ? `${Math.round(v * 100)}%` : String(Math.round(v * 10) / 10);
  const hasCompare = bars.some((b) => b.compare !== undefined);
  return renderSvg(
    {
      grid: { left: 8, right: 40, top: hasCompare ? 24 : 8, bottom: 8, containLabel: true },
      legend: hasCompare ? { top: 0, textStyle: { color: '#212b32' } } : { show: false },
      xAxis: {
        type: 'value',
        ...(options.percent ? { max: 1 } : {}),
        axisLabel: { color: '#212b32', formatter: (v: number) => format(v) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => b.label),
        axisLabel: { color: '#212b32', width: 160, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: options.valueName ?? 'Value',
          data: bars.map((b) => b.value),
          itemStyle: { color: '#005eb8' },
          label: {
            show: true,
            position: 'right',
            color: '#212b32',
            formatter: (p: { value: unknown }) => format(Number(p.value)),
          },
        },
        ...(hasCompare
          ? [
              {
                type: 'bar' as const,
                name: options.compareName ?? 'Target',
                data: bars.map((b) => b.compare ?? null),
                itemStyle: { color: '#aeb7bd' },
              },
            ]
          : []),
      ],
    },
    options.width,
    options.height,
  );
}

/** A bar chart as a figure with its text alternative and table. */
export function BarChart(props: {
  id: string;
  caption: string;
  bars: Bar[];
  percent?: boolean;
  compareName?: string;
  valueName?: string;
  summary?: string;
}) {
  const { bars } = props;
  if (bars.length === 0) return <p class="nhsuk-body">Nothing to chart yet.</p>;
  const fmt = (v: number | undefined) =>
    v === undefined
      ? ''
      : props.percent
        ? `${(v * 100).toFixed(1)}%`
        : String(Math.round(v * 10) / 10);
  const svg = barSvg(bars, {
    width: 720,
    height: Math.max(
      120,
      28 * bars.length * (bars.some((b) => b.compare !== undefined) ? 1.6 : 1) + 40,
    ),
    ...props,
  });
  const top = [...bars].sort((a, b) => b.value - a.value)[0]!;
  return (
    <SvgFigure
      id={props.id}
      svg={svg}
      caption={props.caption}
      summary={
        props.summary ?? `${bars.length} bars; the highest is ${top.label} at ${fmt(top.value)}.`
      }
      table={
        <DataTable
          caption={props.caption}
          rows={bars}
          columns={[
            { header: 'Item', cell: (b) => b.label },
            { header: props.valueName ?? 'Value', cell: (b) => fmt(b.value), numeric: true },
            ...(bars.some((b) => b.compare !== undefined)
              ? [
                  {
                    header: props.compareName ?? 'Target',
                    cell: (b: Bar) => fmt(b.compare),
                    numeric: true,
                  },
                ]
              : []),
          ]}
        />
      }
    />
  );
}
