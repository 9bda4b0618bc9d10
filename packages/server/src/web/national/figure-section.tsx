import type { Child } from 'hono/jsx';
import { DataTable } from '../components/data-table.js';
import type { FigureRows } from './national-figures.js';

/** A table of a figure's rows (the first `max`), with links to all of them and to their CSV. */
export function FigureTable(props: {
  figure: string;
  rows: FigureRows;
  max?: number;
  caption?: string;
}) {
  const max = props.max ?? 20;
  const shown = props.rows.rows.slice(0, max);
  return (
    <>
      <DataTable
        caption={props.caption ?? props.rows.title}
        rows={shown}
        columns={props.rows.header.map((h, i) => ({
          header: h,
          cell: (r: FigureRows['rows'][number]) =>
            r[i] === null || r[i] === undefined ? '–' : String(r[i]),
          numeric: typeof shown[0]?.[i] === 'number',
        }))}
        empty={`No rows yet for ${props.rows.title.toLowerCase()}.`}
      />
      <p class="nhsuk-body-s">
        <a href={`/national/${props.figure}`}>
          All {props.rows.rows.length} rows of {props.rows.title.toLowerCase()}
        </a>
        {' · '}
        <a href={`/national/${props.figure}.csv`}>Download as CSV</a>
      </p>
    </>
  );
}

/** A section of the national picture: a heading, what it shows, its chart and its rows. */
export const FigureSection = (props: {
  id: string;
  heading: string;
  lede: string;
  children: Child;
}) => (
  <section aria-labelledby={`${props.id}-heading`} class="nhsuk-u-margin-bottom-7">
    <h2 id={`${props.id}-heading`}>{props.heading}</h2>
    <p class="nhsuk-body">{props.lede}</p>
    {props.children}
  </section>
);
