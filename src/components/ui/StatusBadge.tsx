import type { StatusTone } from '../../model/statusTones';

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  tone: StatusTone;
  children: string;
}

/** A status as a labelled pill; the text carries the meaning, the colour only repeats it. */
export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <span className="rvp-StatusBadge" data-tone={tone}>
      {children}
    </span>
  );
}
