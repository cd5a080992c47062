/**
 * Type-ahead for the header's search box, with JavaScript: people and titles
 * as you type, following the ARIA combobox pattern (arrow keys move through
 * the list, Enter opens the one chosen, Escape closes it). Without it, or if a
 * suggestion is not chosen, the form searches as normal.
 */
interface Suggestion {
  kind: string;
  title: string;
  detail: string;
  url: string;
  /** Set where the suggestion is not in the page's language. */
  lang: string | null;
}

const waitMs = 150;
// As the server's (suggestFrom in search.service.ts): it suggests nothing for less.
const minimumLength = 3;

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const listId = `${input.id}-suggestions`;
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'guildhall-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.dataset.suggestionsLabel ?? '');
  list.hidden = true;
  const status = document.createElement('div');
  status.className = 'govuk-visually-hidden';
  status.setAttribute('role', 'status');
  form.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');

  let suggestions: Suggestion[] = [];
  /** What was typed when they came: closed with Escape, they open again for the same text. */
  let suggestedFor = '';
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];

  function close(): void {
    list.hidden = true;
    input?.setAttribute('aria-expanded', 'false');
    input?.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open(): void {
    list.hidden = false;
    input?.setAttribute('aria-expanded', 'true');
  }

  function choose(index: number): void {
    active = index;
    options().forEach((option, each) => option.setAttribute('aria-selected', String(each === index)));
    const chosen = options()[index];
    if (chosen) input?.setAttribute('aria-activedescendant', chosen.id);
    else input?.removeAttribute('aria-activedescendant');
  }

  function show(found: Suggestion[], typed: string): void {
    suggestions = found;
    suggestedFor = typed;
    list.replaceChildren(
      ...found.map((suggestion, index) => {
        const option = document.createElement('li');
        option.id = `${listId}-${index}`;
        option.className = 'guildhall-suggestions__option';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = suggestion.title;
        if (suggestion.lang) option.lang = suggestion.lang;
        if (suggestion.detail) {
          const detail = document.createElement('span');
          detail.className = 'guildhall-suggestions__detail';
          detail.textContent = suggestion.detail;
          option.append(detail);
        }
        // Before the input loses focus, so that the click lands.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => window.location.assign(suggestion.url));
        return option;
      }),
    );
    // "Suggestions: 1" reads right in English and Welsh alike, for every count, where "1 Suggestions" did not.
    status.textContent = found.length ? `${form.dataset.suggestionsLabel ?? ''}: ${found.length}` : '';
    active = -1;
    if (found.length) open();
    else close();
  }

  async function fetchFor(typed: string): Promise<void> {
    inFlight?.abort();
    inFlight = new AbortController();
    try {
      const response = await fetch(`/search/suggest?q=${encodeURIComponent(typed)}`, {
        signal: inFlight.signal,
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) return close();
      const body = (await response.json()) as { suggestions: Suggestion[] };
      if (input?.value.trim() === typed) show(body.suggestions, typed);
    } catch {
      // Aborted by the next keystroke, or offline: the form still searches.
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < minimumLength) return close();
    timer = setTimeout(() => void fetchFor(typed), waitMs);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) {
      // As a combobox does: Down opens the list closed with Escape (or by leaving the box) at its first option.
      if (event.key === 'ArrowDown' && suggestions.length && input.value.trim() === suggestedFor) {
        event.preventDefault();
        open();
        choose(0);
      }
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Past either end, back to the box itself (-1).
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      choose(next >= suggestions.length ? -1 : next < -1 ? suggestions.length - 1 : next);
    } else if (event.key === 'Escape') {
      // Closes the list only: a search box would otherwise also clear what was typed.
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      const chosen = suggestions[active];
      if (!chosen) return;
      event.preventDefault();
      window.location.assign(chosen.url);
    }
  });
  input.addEventListener('blur', close);
}

export function enhanceSearchSuggestions(): void {
  document.querySelectorAll<HTMLFormElement>('form[data-module="guildhall-suggest"]').forEach(enhance);
}
