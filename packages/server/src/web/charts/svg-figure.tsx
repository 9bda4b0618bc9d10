import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

/**
 * A chart as a figure: the server-rendered SVG (hidden from assistive technology, which reads the
 * text alternative instead), its caption, and the data as a table in a details element.
 */
export function SvgFigure(props: {
  id: string;
  svg: string;
  caption: string;
  /** What the chart shows, in words. */
  summary: string;
  table: Child;
}) {
  // the SVG is echarts' output over numbers and escaped labels; it never carries a script
  const svg = props.svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
  return (
    <figure class="tessera-chart" id={props.id} aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>
        <strong>{props.caption}</strong>
      </figcaption>
      <p class="nhsuk-body-s" id={`${props.id}-summary`}>
        {props.summary}
      </p>
      {raw(svg)}
      <details class="nhsuk-details">
        <summary class="nhsuk-details__summary">
          <span class="nhsuk-details__summary-text">The data of this chart as a table</span>
        </summary>
        <div class="nhsuk-details__text">{props.table}</div>
      </details>
    </figure>
  );
}
