/**
 * The `appearance` prop: semantic tokens a host or Partner sets, mapped to the `--rvp-*`
 * custom properties that every widget's CSS reads. Hosts can equally set the custom
 * properties in their own stylesheet; this is the typed, documented way.
 */

/** Semantic design tokens. Every value is a CSS value, e.g. `#0a7cff`, `8px`, `Inter, sans-serif`. */
export interface AppearanceVariables {
  /** Buttons, links, focus accents. → `--rvp-color-primary` */
  colorPrimary?: string;
  /** Text on `colorPrimary`. → `--rvp-color-primary-text` */
  colorPrimaryText?: string;
  /** Widget background. → `--rvp-color-background` */
  colorBackground?: string;
  /** Raised surfaces (cards, table headers, dialogs). → `--rvp-color-surface` */
  colorSurface?: string;
  /** Body text. → `--rvp-color-text` */
  colorText?: string;
  /** Secondary text. → `--rvp-color-text-muted` */
  colorTextMuted?: string;
  /** Borders and dividers. → `--rvp-color-border` */
  colorBorder?: string;
  /** Errors and destructive actions. → `--rvp-color-danger` */
  colorDanger?: string;
  /** Positive states (paid, active). → `--rvp-color-success` */
  colorSuccess?: string;
  /** Cautionary states (pending, past due). → `--rvp-color-warning` */
  colorWarning?: string;
  /** Focus ring. → `--rvp-color-focus` */
  colorFocus?: string;
  /** Corner radius of controls and cards. → `--rvp-border-radius` */
  borderRadius?: string;
  /** → `--rvp-font-family` */
  fontFamily?: string;
  /** Base font size; other sizes scale from it. → `--rvp-font-size-base` */
  fontSizeBase?: string;
  /** The spacing step; paddings and gaps are multiples of it. → `--rvp-spacing-unit` */
  spacingUnit?: string;
}

/** Colour scheme: fixed light or dark, or follow the user's system setting. */
export type ColorScheme = 'light' | 'dark' | 'system';

/**
 * Extra class names a host adds to the widgets' parts, e.g. Tailwind utilities:
 * `{ button: 'rounded-full', table: 'text-sm' }`. Each key names a part with a stable
 * `rvp-*` class (listed beside it); the host's classes come after the library's, which
 * stay on. They are added, never replacing anything, so what wins is decided by the CSS:
 * the library's rules sit in `@layer rvp`, below any unlayered rule or later layer (see
 * the README's "Stable class names"). These names are public API: renaming one is a
 * breaking change.
 */
export interface AppearanceElements {
  /**
   * The root of every widget (and of the portal, and of each section inside it).
   * → `.rvp-widget`, with the widget's own `.rvp-<Widget>`
   */
  widget?: string;
  /** Each section's heading (its `<h2>`). → `.rvp-Section-heading` */
  sectionHeading?: string;
  /** Every button, of any variant. → `.rvp-Button` */
  button?: string;
  /** Primary buttons (the main action), after `button`'s. → `.rvp-Button[data-variant="primary"]` */
  primaryButton?: string;
  /** Secondary buttons, after `button`'s. → `.rvp-Button[data-variant="secondary"]` */
  secondaryButton?: string;
  /** Destructive buttons (cancel a subscription), after `button`'s. → `.rvp-Button[data-variant="danger"]` */
  dangerButton?: string;
  /** Borderless link-like buttons (paging, "View invoices"), after `button`'s. → `.rvp-Button[data-variant="ghost"]` */
  ghostButton?: string;
  /**
   * Text, search and date fields, selects and text areas (not radios or checkboxes).
   * → `.rvp-Filters-control`, `.rvp-Field-input`, `.rvp-Field-select`, `.rvp-Field-textarea`,
   * `.rvp-DataTable-pageSize select`
   */
  input?: string;
  /** The `<table>` of every list section. → `.rvp-DataTable-table` */
  table?: string;
  /** Each body row of those tables, wide or stacked. → `.rvp-DataTable-row` */
  tableRow?: string;
  /**
   * Each row while the table is drawn as stacked cards (a narrow container), after
   * `tableRow`'s. → `.rvp-DataTable[data-stacked] .rvp-DataTable-row`
   */
  tableCard?: string;
  /** Every modal dialog (confirmations, the add-on purchase). → `dialog.rvp-ConfirmDialog`, `dialog.rvp-AddOnPurchase-dialog` */
  dialog?: string;
  /** Status pills (Paid, Open, Active…). → `.rvp-StatusBadge` (its tone in `data-tone`) */
  statusBadge?: string;
  /** Each tab of the menu (the active one has `data-state="active"`). → `.rvp-ConnectionNav-item` */
  navTab?: string;
  /** Each item of the attention banner (its tone in `data-tone`). → `.rvp-ConnectionAlerts-item` */
  alert?: string;
}

/** The name of a part a host can add classes to: a key of {@link AppearanceElements}. */
export type AppearanceElement = keyof AppearanceElements;

/** The provider's `appearance` prop. */
export interface Appearance {
  /** @default "light" */
  colorScheme?: ColorScheme;
  /**
   * Semantic design tokens (colours, radius, font, spacing), set as `--rvp-*` custom properties.
   * @default {}
   */
  variables?: AppearanceVariables;
  /** Extra class names by part, e.g. Tailwind utilities. @default {} */
  elements?: AppearanceElements;
}

/** `colorPrimary` → `--rvp-color-primary`. */
export function tokenToCustomProperty(token: keyof AppearanceVariables): string {
  return `--rvp-${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The custom properties an appearance sets. Values that could break out of a declaration
 * (`;`, `{`, `}`) are dropped: a Partner's theme config is data, not CSS to inject.
 */
export function appearanceToCustomProperties(
  variables: AppearanceVariables | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [token, value] of Object.entries(variables ?? {})) {
    if (typeof value !== 'string' || value.trim() === '' || /[;{}]/.test(value)) continue;
    out[tokenToCustomProperty(token as keyof AppearanceVariables)] = value.trim();
  }
  return out;
}

// Every part, so a key the library does not know (a typo, a removed part) is dropped. A
// Record, so adding a part to the interface without listing it here is a type error.
const ELEMENT_PARTS: Readonly<Record<AppearanceElement, true>> = {
  widget: true,
  sectionHeading: true,
  button: true,
  primaryButton: true,
  secondaryButton: true,
  dangerButton: true,
  ghostButton: true,
  input: true,
  table: true,
  tableRow: true,
  tableCard: true,
  dialog: true,
  statusBadge: true,
  navTab: true,
  alert: true,
};

/**
 * A host's `elements`, cleaned: known parts only, string values only, whitespace
 * collapsed, empty ones dropped. A Partner's theme config is data; a value that is not a
 * string adds nothing rather than `"undefined"` or `"[object Object]"`.
 */
export function resolveAppearanceElements(
  elements: AppearanceElements | undefined,
): Readonly<AppearanceElements> {
  const out: AppearanceElements = {};
  for (const [part, value] of Object.entries(elements ?? {})) {
    if (!Object.hasOwn(ELEMENT_PARTS, part) || typeof value !== 'string') continue;
    const classes = value.trim().split(/\s+/).join(' ');
    if (classes !== '') out[part as AppearanceElement] = classes;
  }
  return out;
}
