/**
 * The page and news editor, with JavaScript: a toolbar that inserts the
 * formatting marks, and a preview that follows the writing. Without it the
 * textarea and the Preview button do the same job.
 */
interface Labels {
  toolbar: string;
  preview: string;
  [button: string]: string;
}

type Edit = { before: string; after?: string; placeholder: string; block?: boolean };

const edits: Record<string, Edit> = {
  heading: { before: '## ', placeholder: 'Heading', block: true },
  bold: { before: '**', after: '**', placeholder: 'bold text' },
  bullets: { before: '* ', placeholder: 'Item', block: true },
  numbers: { before: '1. ', placeholder: 'Item', block: true },
  link: { before: '[', after: '](https://)', placeholder: 'link text' },
  table: { before: '| Heading | Heading |\n|---|---|\n| ', after: ' | |', placeholder: 'Cell', block: true },
  warning: { before: ':::warning\n', after: '\n:::', placeholder: 'Warning text', block: true },
  inset: { before: ':::inset\n', after: '\n:::', placeholder: 'Text', block: true },
};

function insert(textarea: HTMLTextAreaElement, edit: Edit): void {
  const { selectionStart: start, selectionEnd: end, value } = textarea;
  const selected = value.slice(start, end) || edit.placeholder;
  const newLine = edit.block && start > 0 && value[start - 1] !== '\n' ? '\n\n' : '';
  const text = `${newLine}${edit.before}${selected}${edit.after ?? ''}`;
  textarea.setRangeText(text, start, end, 'end');
  const selectFrom = start + newLine.length + edit.before.length;
  textarea.setSelectionRange(selectFrom, selectFrom + selected.length);
  textarea.focus();
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

function toolbar(textarea: HTMLTextAreaElement, labels: Labels): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'guildhall-editor__toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', labels.toolbar);
  bar.setAttribute('aria-controls', textarea.id);
  for (const [name, edit] of Object.entries(edits)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0';
    button.textContent = labels[name] ?? name;
    button.addEventListener('click', () => insert(textarea, edit));
    bar.append(button);
  }
  return bar;
}

function livePreview(textarea: HTMLTextAreaElement, root: HTMLElement, labels: Labels): void {
  const form = textarea.form;
  const csrf = form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value;
  const url = root.dataset.previewUrl;
  if (!form || !csrf || !url) return;
  const section = document.createElement('section');
  section.className = 'guildhall-editor__live';
  const heading = document.createElement('h2');
  heading.className = 'govuk-heading-s';
  heading.textContent = labels.preview;
  const body = document.createElement('div');
  body.className = 'guildhall-content';
  section.append(heading, body);
  root.after(section);
  let timer: number | undefined;
  let latest = 0;
  const refresh = async () => {
    const asked = ++latest;
    const language = form.querySelector<HTMLInputElement>('input[name="language"]:checked')?.value ?? 'en';
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': csrf },
      body: new URLSearchParams({ body: textarea.value, language }),
      credentials: 'same-origin',
    });
    // The server renders and sanitises it exactly as it will be published.
    if (response.ok && asked === latest) body.innerHTML = await response.text();
  };
  textarea.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void refresh().catch(() => undefined), 400);
  });
  void refresh().catch(() => undefined);
}

export function enhanceMarkdownEditors(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-module="guildhall-markdown-editor"]')) {
    const textarea = root.querySelector('textarea');
    if (!textarea) continue;
    const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
    textarea.before(toolbar(textarea, labels));
    livePreview(textarea, root, labels);
  }
}
