// govuk-frontend ships JavaScript without type declarations; this covers what we use.
declare module 'govuk-frontend' {
  type ComponentClass = new (root: Element) => unknown;
  export function createAll(component: ComponentClass): unknown[];
  export const ErrorSummary: ComponentClass;
  export const NotificationBanner: ComponentClass;
  export const PasswordInput: ComponentClass;
  export const ServiceNavigation: ComponentClass;
  export const SkipLink: ComponentClass;
}
