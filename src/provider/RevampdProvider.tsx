'use client';
/**
 * RevampdProvider: the one provider every widget and hook needs. It binds a client to the
 * scope (org + connection), owns a QueryClient unless the host passes one, and carries
 * locale, time zone, week start, messages and appearance.
 */
import { QueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  createTransport,
  REVAMPD_CONNECTION_ID,
  type AccessTokenGetter,
  type RetryPolicy,
  type Transport,
} from '../api/transport';
import type { RevampdError } from '../api/errors';
import type { QueryScope, ScopedClient } from '../api/queries';
import { resolveFeatures, type Features } from '../model/features';
import { createIntentStore, type IntentStore } from '../model/intents';
import { weekStartForLocale, type WeekDay } from '../format/periods';
import {
  enUSShared,
  type Messages,
  type MessageSection,
  type MessagesOverride,
  type ProvidedMessages,
} from '../i18n/en-US';
import { formatMessage, mergeOver, type MessageValues } from '../i18n/messages';
import { formatCount } from '../format/numbers';
import {
  appearanceToCustomProperties,
  resolveAppearanceElements,
  type Appearance,
  type AppearanceElements,
} from '../theme/appearance';
import { useIsomorphicLayoutEffect } from './isomorphicLayoutEffect';

// -------------------------------------------------------------------------------------------------
// Props
// -------------------------------------------------------------------------------------------------

/** Props of {@link RevampdProvider}. */
export interface RevampdProviderProps {
  /** The API origin, e.g. `https://api.revampd.example`. */
  baseUrl: string;
  /** The Sub-Org whose connection is shown. */
  orgId: string;
  /** The connection shown. @default "revampd" */
  connectionId?: string;
  /** Returns the bearer token; sync or async; called on every request, never cached. */
  getAccessToken: AccessTokenGetter;
  /**
   * Who the token belongs to, when the host knows it. Changing it starts an empty cache,
   * so one user's data never shows to the next on a shared screen.
   */
  userId?: string;
  /** BCP 47 locale for texts, numbers, money and dates. @default the browser's, else "en-US" */
  locale?: string;
  /** IANA zone that dates and MTD / week totals follow. @default the browser's */
  timeZone?: string;
  /** First day of the week, 1 = Monday … 7 = Sunday. @default from `locale` */
  weekStartsOn?: WeekDay;
  /** Colour scheme and design tokens. @default { colorScheme: 'light' } */
  appearance?: Appearance;
  /** Partial override of any visible text, over `baseMessages`. */
  messages?: MessagesOverride;
  /**
   * A full locale to start from (e.g. the French messages). @default en-US: the shared
   * strings here, and each widget's own section from the widget, so a bundle carries
   * only the English of the widgets it uses
   */
  baseMessages?: Messages;
  /**
   * Actions to switch off, e.g. `{ payInvoices: false }` for a billing-only view or every
   * one off for a read-only Partner portal. Off means not rendered, and the hook refuses
   * to send. @default every action on
   */
  features?: Partial<Features> | undefined;
  /** Use the host's QueryClient instead of the provider's own. */
  queryClient?: QueryClient;
  /** Told of every error a request ends with: codes and messages, never payloads or tokens. */
  onError?: (error: RevampdError) => void;
  /** Retry policy of transient failures. */
  retry?: RetryPolicy;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Text direction of the widgets. @default inherited from the page */
  dir?: 'ltr' | 'rtl';
  /** The widgets and hooks that read this provider; anything else renders as usual. */
  children?: ReactNode;
}

// -------------------------------------------------------------------------------------------------
// Context
// -------------------------------------------------------------------------------------------------

/** What hooks read from the provider. */
export interface RevampdContextValue extends ScopedClient {
  /** The transport bound to this scope; pass it to the endpoint functions. */
  readonly api: Transport;
  /** Whose data it is (API, org, connection, user); every cache key starts with it. */
  readonly scope: QueryScope;
  /** The host's `queryClient` prop, else the provider's own. */
  readonly queryClient: QueryClient;
  /** The `locale` prop, else the browser's, else `en-US`. */
  readonly locale: string;
  /** The `timeZone` prop (IANA), else the browser's, else `UTC`. */
  readonly timeZone: string;
  /** The `weekStartsOn` prop, else the locale's first day of the week. */
  readonly weekStartsOn: WeekDay;
  /**
   * The brand and shared strings, and every section `baseMessages` has, with the `messages`
   * override merged in. A widget's own section comes from {@link sectionMessages}.
   */
  readonly messages: ProvidedMessages;
  /**
   * One section's strings: `baseMessages`' section, else `english` (the widget's own copy of
   * the English, so the provider need not carry every section), with the override merged in.
   * Cached per section for as long as the messages do not change.
   */
  readonly sectionMessages: <K extends MessageSection>(section: K, english: Messages[K]) => Messages[K];
  /** The `dir` prop, when the host set one. */
  readonly dir: 'ltr' | 'rtl' | undefined;
  /**
   * Fills a message's placeholders; `{brandName}` is always supplied. Number values are
   * written in the locale's format ("5,000", Arabic-Indic digits in `ar`), as money and
   * dates are; pass an identifier such as a ticket number as a string so it is not grouped.
   */
  readonly t: (template: string, values?: MessageValues) => string;
  /**
   * The Idempotency-Keys of pending intents (payments, cancels, …), kept here rather than
   * in a widget so a remounted widget reuses them (faults.md 37).
   */
  readonly intents: IntentStore;
  /** Which actions are on (all, unless the host switched some off). */
  readonly features: Readonly<Features>;
  /** Tells the host's `onError` of a failure the transport did not see (a widget's render error). */
  readonly reportError: (error: RevampdError) => void;
  /** The host's extra class names by part (`appearance.elements`), cleaned; `{}` when none. */
  readonly elements: Readonly<AppearanceElements>;
}

const RevampdContext = /*#__PURE__*/ createContext<RevampdContextValue | null>(null);

/** The provider's values. Throws a clear error outside a {@link RevampdProvider}. */
export function useRevampd(): RevampdContextValue {
  const value = useContext(RevampdContext);
  if (!value) {
    throw new Error(
      '@revampd/connection-ui: this component or hook must be rendered inside <RevampdProvider>.',
    );
  }
  return value;
}

/**
 * One section's strings in the provider's language, with the host's overrides: pass the
 * section's English (e.g. `useSectionMessages('plan', enUSPlan)`), used only when
 * `baseMessages` lacks the section, so a bundle carries only the sections it shows.
 */
export function useSectionMessages<K extends MessageSection>(section: K, english: Messages[K]): Messages[K] {
  return useRevampd().sectionMessages(section, english);
}

// -------------------------------------------------------------------------------------------------
// Defaults
// -------------------------------------------------------------------------------------------------

function defaultLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function createOwnQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The client retries transient failures itself (faults.md 1–6).
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

// -------------------------------------------------------------------------------------------------
// RevampdProvider
// -------------------------------------------------------------------------------------------------

/** `values` with every number written in `locale`'s format; the rest as given. */
function localizeNumbers(values: MessageValues | undefined, locale: string): MessageValues | undefined {
  if (!values) return values;
  let out: Record<string, string | number> | undefined;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'number') continue;
    out ??= { ...values };
    out[name] = formatCount(value, locale);
  }
  return out ?? values;
}

/**
 * Provides the client, cache, locale and theme to every widget and hook below it.
 * Renders one `div.rvp-root` (`display: contents`) that carries the theme.
 */
export function RevampdProvider(props: RevampdProviderProps) {
  const { baseUrl, orgId, connectionId = REVAMPD_CONNECTION_ID, userId, appearance, children } = props;

  // Hosts often pass inline arrow functions: keep the latest without rebuilding the client.
  const tokenRef = useRef(props.getAccessToken);
  const onErrorRef = useRef(props.onError);
  tokenRef.current = props.getAccessToken;
  onErrorRef.current = props.onError;

  const [ownQueryClient] = useState(createOwnQueryClient);
  const [intents] = useState(createIntentStore);
  const reportError = useCallback((error: RevampdError) => onErrorRef.current?.(error), []);
  const queryClient = props.queryClient ?? ownQueryClient;
  const usesOwnClient = props.queryClient === undefined;

  // The provider's own cache dies with it: cleared on unmount, its queries' garbage-
  // collection timers (minutes long) go too, so a host that mounts and unmounts the portal
  // leaves nothing running (faults.md 38). A host's own client is the host's to keep.
  // StrictMode unmounts and remounts at once, so the clear waits a turn and is skipped
  // when the provider came back.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (!usesOwnClient) return;
      setTimeout(() => {
        if (!mounted.current) ownQueryClient.clear();
      }, 0);
    };
  }, [usesOwnClient, ownQueryClient]);

  const retryKey = JSON.stringify(props.retry ?? null);
  const customFetch = props.fetch;
  const api = useMemo(
    () =>
      createTransport({
        baseUrl,
        orgId,
        connectionId,
        getAccessToken: () => tokenRef.current(),
        onError: (error) => onErrorRef.current?.(error),
        ...(props.retry ? { retry: props.retry } : {}),
        ...(customFetch ? { fetch: customFetch } : {}),
      }),
    // retryKey stands for props.retry by value, so an inline object does not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [baseUrl, orgId, connectionId, retryKey, customFetch],
  );

  const scope = useMemo<QueryScope>(
    () => ({ baseUrl, orgId, connectionId, userId: userId ?? null }),
    [baseUrl, orgId, connectionId, userId],
  );

  // By value, so a host's inline object does not rebuild the context every render.
  const featuresKey = JSON.stringify(props.features ?? null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const features = useMemo(() => resolveFeatures(props.features), [featuresKey]);

  const locale = props.locale ?? defaultLocale();
  const timeZone = props.timeZone ?? defaultTimeZone();
  const weekStartsOnProp = props.weekStartsOn;

  const messagesKey = JSON.stringify(props.messages ?? null);
  const baseMessages: ProvidedMessages = props.baseMessages ?? enUSShared;
  const messages = useMemo(
    () => mergeOver(baseMessages, props.messages),
    // messagesKey stands for props.messages by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [messagesKey, baseMessages],
  );
  const sectionMessages = useMemo(() => {
    const resolved = new Map<MessageSection, unknown>();
    const override = props.messages;
    return <K extends MessageSection>(section: K, english: Messages[K]): Messages[K] => {
      const known = messages[section];
      if (known) return known as Messages[K];
      let merged = resolved.get(section) as Messages[K] | undefined;
      if (!merged) {
        merged = mergeOver(english, override?.[section]);
        resolved.set(section, merged);
      }
      return merged;
    };
    // messages changes whenever the override (by value) or the base does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messages]);

  // By value, so a host's inline `appearance` does not rebuild the context every render.
  const elementsKey = JSON.stringify(appearance?.elements ?? null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const elements = useMemo(() => resolveAppearanceElements(appearance?.elements), [elementsKey]);

  const value = useMemo<RevampdContextValue>(() => {
    // The locale's week start is found on first read: it is often a page's first use of
    // the platform's Intl data, whose loading costs milliseconds that a widget never reading
    // it (the Plan notice) should not pay before its first paint (issue 14).
    let weekStartsOn = weekStartsOnProp;
    return {
      api,
      scope,
      queryClient,
      locale,
      timeZone,
      get weekStartsOn() {
        weekStartsOn ??= weekStartForLocale(locale);
        return weekStartsOn;
      },
      messages,
      sectionMessages,
      dir: props.dir,
      t: (template, values) =>
        formatMessage(template, { brandName: messages.brandName, ...localizeNumbers(values, locale) }),
      intents,
      reportError,
      features,
      elements,
    };
  }, [
    api,
    scope,
    queryClient,
    locale,
    timeZone,
    weekStartsOnProp,
    messages,
    sectionMessages,
    props.dir,
    intents,
    reportError,
    features,
    elements,
  ]);

  // Theme variables are set through the CSSOM, not a `style` attribute, so a page whose
  // Content-Security-Policy forbids inline styles reports no violation (faults.md 26).
  const rootRef = useRef<HTMLDivElement>(null);
  const variablesKey = JSON.stringify(appearance?.variables ?? null);
  useIsomorphicLayoutEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    const properties = appearanceToCustomProperties(appearance?.variables);
    for (const [name, cssValue] of Object.entries(properties)) element.style.setProperty(name, cssValue);
    return () => {
      for (const name of Object.keys(properties)) element.style.removeProperty(name);
    };
    // variablesKey stands for appearance.variables by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [variablesKey]);

  return (
    <RevampdContext.Provider value={value}>
      <div
        ref={rootRef}
        className="rvp-root"
        data-color-scheme={appearance?.colorScheme ?? 'light'}
        lang={props.locale}
        dir={props.dir}
      >
        {children}
      </div>
    </RevampdContext.Provider>
  );
}
