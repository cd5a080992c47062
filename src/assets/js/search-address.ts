/**
 * A search's first page puts the search's token (`s`) in its address. Pages
 * are not cached, so Back to the results asks for them again: with the token,
 * that carries the search on rather than counting it as another search.
 */
export function keepSearchInAddress(): void {
  const token = document.querySelector<HTMLFormElement>('form[data-search-token]')?.dataset.searchToken;
  if (!token) return;
  const address = new URL(window.location.href);
  if (address.searchParams.get('s') === token) return;
  address.searchParams.set('s', token);
  window.history.replaceState(window.history.state, '', address);
}
