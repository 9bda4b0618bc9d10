import type { DriverDiagram } from '@tessera/core';

/**
 * Reads a driver diagram written as an outline: a line per primary driver, "- " before a
 * secondary driver, "* " before a change idea.
 * @example parseDriverOutline('Reduce falls', 'Safer wards\n- Staff\n* Huddles')
 */
export function parseDriverOutline(aim: string, outline: string): DriverDiagram | undefined {
  const primaryDrivers: DriverDiagram['primaryDrivers'] = [];
  for (const raw of outline.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('* ')) {
      const primary = primaryDrivers[primaryDrivers.length - 1];
      const secondary = primary?.secondaryDrivers[primary.secondaryDrivers.length - 1];
      secondary?.changeIdeas.push(line.slice(2).trim());
    } else if (line.startsWith('- ')) {
      primaryDrivers[primaryDrivers.length - 1]?.secondaryDrivers.push({
        title: line.slice(2).trim(),
        changeIdeas: [],
      });
    } else primaryDrivers.push({ title: line, secondaryDrivers: [] });
  }
  return primaryDrivers.length ? { aim, primaryDrivers } : undefined;
}

/** The outline form of a diagram (for editing it again). */
export const driverOutline = (d: DriverDiagram | undefined): string =>
  (d?.primaryDrivers ?? [])
    .flatMap((p) => [
      p.title,
      ...p.secondaryDrivers.flatMap((s) => [`- ${s.title}`, ...s.changeIdeas.map((i) => `* ${i}`)]),
    ])
    .join('\n');

/** A driver diagram as nested lists: aim, primary drivers, secondary drivers, change ideas. */
export function DriverDiagramView(props: { diagram: DriverDiagram | undefined }) {
  const d = props.diagram;
  if (!d || d.primaryDrivers.length === 0) return <p class="nhsuk-body">No driver diagram yet.</p>;
  return (
    <div class="nhsuk-inset-text">
      <p class="nhsuk-body">
        <strong>Aim:</strong> {d.aim}
      </p>
      <ul class="nhsuk-list nhsuk-list--bullet">
        {d.primaryDrivers.map((p) => (
          <li>
            <strong>Primary driver:</strong> {p.title}
            <ul class="nhsuk-list nhsuk-list--bullet">
              {p.secondaryDrivers.map((s) => (
                <li>
                  Secondary driver: {s.title}
                  {s.changeIdeas.length ? (
                    <ul class="nhsuk-list nhsuk-list--bullet">
                      {s.changeIdeas.map((i) => (
                        <li>Change idea: {i}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
