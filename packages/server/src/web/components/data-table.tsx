import type { Child } from 'hono/jsx';

export interface Column<T> {
  header: string;
  cell: (row: T) => Child;
  numeric?: boolean;
}

/** An NHS.UK table with a caption; `csvHref` adds a link to the same rows as CSV. */
export function DataTable<T>(props: {
  caption: string;
  rows: readonly T[];
  columns: Column<T>[];
  csvHref?: string;
  id?: string;
  empty?: string;
}) {
  if (props.rows.length === 0)
    return (
      <p class="nhsuk-body">
        {props.empty ?? `Nothing to show for ${props.caption.toLowerCase()}.`}
      </p>
    );
  return (
    <div class="tessera-table-wrapper">
      <table class="nhsuk-table" id={props.id}>
        <caption class="nhsuk-table__caption nhsuk-table__caption--m">{props.caption}</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            {props.columns.map((col) => (
              <th
                scope="col"
                class={`nhsuk-table__header${col.numeric ? ' nhsuk-table__header--numeric' : ''}`}
              >
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {props.rows.map((row) => (
            <tr class="nhsuk-table__row">
              {props.columns.map((col) => (
                <td class={`nhsuk-table__cell${col.numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
                  {col.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {props.csvHref ? (
        <p class="nhsuk-body-s">
          <a href={props.csvHref} download>
            Download {props.caption.toLowerCase()} as CSV
          </a>
        </p>
      ) : null}
    </div>
  );
}
