/** The design system's breadcrumb: the pages above this one, each a link. */
export function Breadcrumb(props: { items: readonly { href: string; text: string }[] }) {
  return (
    <nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol class="nhsuk-breadcrumb__list">
        {props.items.map((item) => (
          <li class="nhsuk-breadcrumb__list-item">
            <a class="nhsuk-breadcrumb__link" href={item.href}>
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
