// The web app's one script (an ES module): starts the NHS.UK components and adds suggestions to
// the navigator's search box. Every page works without it.
import { initAll } from '/assets/nhsuk-frontend.js';

initAll();

/** Suggestions as you type: a list of links under the search box, from /search/suggest. */
function suggest(input) {
  const list = document.getElementById(input.getAttribute('aria-controls'));
  if (!list) return;
  let timer;
  let last = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q === last) return;
      last = q;
      if (q.length < 2) {
        list.replaceChildren();
        return;
      }
      const res = await fetch(`/search/suggest?q=${encodeURIComponent(q)}`, {
        headers: { accept: 'application/json' },
      });
      if (!res.ok) return;
      const { items } = await res.json();
      list.replaceChildren(
        ...items.map((item) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `/organisations/${encodeURIComponent(item.odsCode)}`;
          a.textContent = `${item.name} (${item.odsCode})`;
          li.append(a);
          return li;
        }),
      );
    }, 150);
  });
}

for (const input of document.querySelectorAll('[data-suggest]')) suggest(input);
