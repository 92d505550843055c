import type { StatusTone } from '../../model/statusTones';
import { joinClassNames, useElementClass } from './elementClass';

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  /** The colour family, set as `data-tone`; it only repeats what the text says. */
  tone: StatusTone;
  /** The status in words, e.g. "Overdue": the text carries the meaning. */
  children: string;
}

/** A status as a labelled pill; the text carries the meaning, the colour only repeats it. */
export function StatusBadge({ tone, children }: StatusBadgeProps) {
  const hostClass = useElementClass('statusBadge');
  return (
    <span className={joinClassNames('rvp-StatusBadge', hostClass)} data-tone={tone}>
      {children}
    </span>
  );
}
