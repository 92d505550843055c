import type { ReactNode } from 'react';
import type { RevampdError } from '../../api/errors';
import { useRevampd } from '../../provider/RevampdProvider';
import { formatDate } from '../../format/dates';
import { Button } from './Button';
import { errorMessage } from '../../i18n/errorMessage';
import type { ResourceView } from '../../model/resourceView';

/** Props of {@link LoadingState}. */
export interface LoadingStateProps {
  /** Accessible label of the busy region. */
  label?: string | undefined;
  /** How many skeleton lines to draw. @default 3 */
  lines?: number | undefined;
}

/** A busy placeholder: `aria-busy` for assistive tech, skeleton lines for eyes. */
export function LoadingState({ label, lines = 3 }: LoadingStateProps) {
  const { messages } = useRevampd();
  return (
    <div className="rvp-LoadingState" role="status" aria-busy="true" aria-live="polite">
      <span className="rvp-visually-hidden">{label ?? messages.common.loading}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="rvp-Skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  /** The failure, worded for the person from its `kind` and `code`; `null` gives a generic message. */
  error: RevampdError | null;
  /** Sends the failed request again; no Retry is offered when the person is signed out. */
  onRetry: () => void;
  /** The retry is in flight. */
  retrying?: boolean;
}

/** A failed load: what happened in plain words and a Retry button. Only this widget shows it. */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const { messages, t, locale, timeZone } = useRevampd();
  const text = errorMessage(error, { messages, t, locale, timeZone });
  return (
    <div className="rvp-ErrorState" role="alert" data-error-code={error?.code}>
      <p className="rvp-ErrorState-title">{messages.common.errorTitle}</p>
      <p className="rvp-ErrorState-message">{text}</p>
      {error?.kind !== 'signed_out' && (
        <Button onClick={onRetry} busy={retrying}>
          {retrying ? messages.common.retrying : messages.common.retry}
        </Button>
      )}
    </div>
  );
}

/** 403: this org has no access to the section. The other widgets still render. */
export function NoAccessState() {
  const { messages, t } = useRevampd();
  return (
    <div className="rvp-NoAccessState" role="note">
      <p className="rvp-NoAccessState-title">{messages.common.noAccessTitle}</p>
      <p>{t(messages.common.noAccess)}</p>
    </div>
  );
}

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** What to say, e.g. "You have no add-ons yet." */
  children: ReactNode;
}

/** Nothing to show yet. */
export function EmptyState({ children }: EmptyStateProps) {
  return <div className="rvp-EmptyState">{children}</div>;
}

/** Props of {@link StaleNotice}. */
export interface StaleNoticeProps {
  /** The failed refresh; its `code` is set as `data-error-code`, the wording does not depend on it. */
  error: RevampdError | null;
  /** When the shown data was fetched (epoch ms). */
  updatedAt: number;
  /** Sends the failed refresh again. */
  onRetry: () => void;
  /** The retry is in flight: Retry shows it is working. @default false */
  retrying?: boolean;
}

/** Data is shown but the last refresh failed: say so, keep the rows (faults.md 1). */
export function StaleNotice({ error, updatedAt, onRetry, retrying = false }: StaleNoticeProps) {
  const { messages, t, locale, timeZone } = useRevampd();
  return (
    <div className="rvp-StaleNotice" role="status" data-error-code={error?.code}>
      <span>
        {t(messages.common.staleData, {
          time: formatDate(new Date(updatedAt), locale, timeZone, 'dateTime'),
        })}
      </span>
      <Button variant="ghost" onClick={onRetry} busy={retrying}>
        {retrying ? messages.common.retrying : messages.common.retry}
      </Button>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------
// ResourceStates
// -------------------------------------------------------------------------------------------------

/** Props of {@link ResourceStates}. */
export interface ResourceStatesProps {
  /** From `resourceView` (or a hook's `view`). */
  view: ResourceView;
  /** Sends the resource's requests again (Retry on the error and stale states). */
  onRetry: () => void;
  /** A request is in flight: Retry shows it is working. */
  retrying: boolean;
  /** When the shown data was fetched (epoch ms), for the stale note. */
  updatedAt: number;
  /** Accessible label of the loading state. @default messages.common.loading */
  loadingLabel?: string | undefined;
  /** Skeleton lines while loading. @default 3 */
  loadingLines?: number | undefined;
  /** Shown when the resource is empty; without it, `children` renders for empty too. */
  empty?: ReactNode;
  /** The content, once there is data (after the stale note when the last refresh failed). */
  children: ReactNode;
}

/**
 * The one place that turns a view state into what a person sees: a busy skeleton, "no
 * access", an error with Retry, the empty message, or the content with a "may be out of
 * date" note above it when a refresh failed (faults.md 1, 5). Every widget renders its
 * states through this, so they look and read the same everywhere.
 */
export function ResourceStates(props: ResourceStatesProps) {
  const { view, onRetry, retrying, updatedAt } = props;
  switch (view.kind) {
    case 'loading':
      return <LoadingState label={props.loadingLabel} lines={props.loadingLines} />;
    case 'no-access':
      return <NoAccessState />;
    case 'error':
      return <ErrorState error={view.error} onRetry={onRetry} retrying={retrying} />;
    case 'empty':
      if (props.empty !== undefined) return <EmptyState>{props.empty}</EmptyState>;
      return <>{props.children}</>;
    case 'ready':
      return (
        <>
          {view.error && (
            <StaleNotice error={view.error} updatedAt={updatedAt} onRetry={onRetry} retrying={retrying} />
          )}
          {props.children}
        </>
      );
  }
}
