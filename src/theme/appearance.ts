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

/** The provider's `appearance` prop. */
export interface Appearance {
  /** @default "light" */
  colorScheme?: ColorScheme;
  variables?: AppearanceVariables;
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
