import { useRef, useState } from 'react';
import type { ConnectionSection } from './sections';

/** Controlled-or-uncontrolled section state, shared by ConnectionNav and ConnectionPortal. */
export interface SectionStateOptions {
  section?: ConnectionSection | undefined;
  defaultSection?: ConnectionSection | undefined;
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
}

/**
 * The active section and a setter. Radix selects a tab on mouse-down and again on the
 * focus that follows; while a controlled host has not yet applied the first request, the
 * repeat would reach the host twice, so a request is reported once until `section` moves.
 */
export function useSectionState({ section, defaultSection, onSectionChange }: SectionStateOptions) {
  const [uncontrolled, setUncontrolled] = useState<ConnectionSection>(defaultSection ?? 'plan');
  const active = section ?? uncontrolled;
  const requested = useRef<{ from: ConnectionSection; to: ConnectionSection } | null>(null);

  const select = (value: string) => {
    const next = value as ConnectionSection;
    if (next === active) return;
    if (requested.current?.from === active && requested.current.to === next) return;
    requested.current = { from: active, to: next };
    if (section === undefined) setUncontrolled(next);
    onSectionChange?.(next);
  };
  return [active, select] as const;
}
