import { DataTable } from './data-table.js';

/** A deliverable of an assurance return, as the API answers it. */
export interface Deliverable {
  title: string;
  rag: string;
  commentary?: string;
}

/** A return's deliverables with their ratings: the same table at the region and at the hub. */
export function DeliverablesTable(props: { deliverables: readonly Deliverable[] }) {
  return (
    <DataTable
      caption="Deliverables"
      rows={props.deliverables}
      columns={[
        { header: 'Deliverable', cell: (d) => d.title },
        { header: 'Rating', cell: (d) => d.rag },
        { header: 'Commentary', cell: (d) => d.commentary ?? '' },
      ]}
    />
  );
}
