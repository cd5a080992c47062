import { enhanceMarkdownEditors } from './markdown-editor.ts';
import { keepSearchInAddress } from './search-address.ts';
import { enhanceSearchSuggestions } from './search-suggest.ts';
import { createAll, ErrorSummary, NotificationBanner, PasswordInput, ServiceNavigation, SkipLink } from 'govuk-frontend';

// Set here rather than by an inline script, which the CSP forbids.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
for (const component of [ErrorSummary, NotificationBanner, PasswordInput, ServiceNavigation, SkipLink]) {
  createAll(component);
}

enhanceMarkdownEditors();
enhanceSearchSuggestions();
keepSearchInAddress();
