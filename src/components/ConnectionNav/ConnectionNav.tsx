'use client';
/**
 * ConnectionNav: the left-hand menu of the connection's sections, as WAI-ARIA vertical
 * tabs (Radix Tabs): arrow keys move between sections, Home/End jump, Tab leaves the list.
 */
import * as Tabs from '@radix-ui/react-tabs';
import { createContext, useContext, useRef } from 'react';
import { useInheritedDirection } from '../ui/useInheritedDirection';
import { useRevampd } from '../../provider/RevampdProvider';
import { CONNECTION_SECTIONS, sectionLabel, type ConnectionSection } from './sections';
import { useSectionState } from './useSectionState';

// -------------------------------------------------------------------------------------------------
// Context shared with ConnectionPortal
// -------------------------------------------------------------------------------------------------

/** Set by ConnectionPortal so the nav joins its tabs instead of making its own. */
export const InsidePortalContext = /*#__PURE__*/ createContext(false);

// -------------------------------------------------------------------------------------------------
// ConnectionNav
// -------------------------------------------------------------------------------------------------

/** Props of {@link ConnectionNav}. */
export interface ConnectionNavProps {
  /** The active section (controlled). Ignored inside ConnectionPortal, which owns it. */
  section?: ConnectionSection | undefined;
  /** The section active at first (uncontrolled). @default "plan" */
  defaultSection?: ConnectionSection | undefined;
  /** Called with the section a person picks. */
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
  /** Sections to leave out of the menu, e.g. when a host shows them elsewhere. */
  hiddenSections?: readonly ConnectionSection[] | undefined;
  /**
   * On its own, the id of the host's panel that each tab controls (`aria-controls`).
   * Without it no `aria-controls` is set, rather than one pointing at nothing.
   */
  getPanelId?: ((section: ConnectionSection) => string) | undefined;
  className?: string | undefined;
}

interface NavListProps extends Pick<ConnectionNavProps, 'hiddenSections' | 'className'> {
  /** false: the portal renders the panels, so Radix's own `aria-controls` is right. */
  standalone: boolean;
  getPanelId?: ((section: ConnectionSection) => string) | undefined;
}

function NavList({ hiddenSections = [], className, standalone, getPanelId }: NavListProps) {
  const { messages, t } = useRevampd();
  return (
    <Tabs.List
      className={['rvp-ConnectionNav', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-label={t(messages.nav.label)}
      // Radix's roving focus group renders `style="outline:none"` on the list; server-
      // rendered, that attribute is a violation on a page whose CSP forbids inline styles
      // (faults.md 26). Unsetting it drops the attribute (React skips undefined values);
      // ConnectionNav.css removes the outline instead.
      style={{ outline: undefined }}
    >
      {CONNECTION_SECTIONS.filter((section) => !hiddenSections.includes(section)).map((section) => (
        <Tabs.Trigger
          key={section}
          value={section}
          className="rvp-ConnectionNav-item"
          data-section={section}
          {...(standalone ? { 'aria-controls': getPanelId?.(section) } : {})}
        >
          {sectionLabel(section, messages)}
        </Tabs.Trigger>
      ))}
    </Tabs.List>
  );
}

/**
 * The connection's menu. Inside {@link ConnectionPortal} it drives the portal's panels; on
 * its own it is a controlled or uncontrolled tab list whose `onSectionChange` a host uses
 * to show its own panel (give that panel `role="tabpanel"`).
 */
export function ConnectionNav(props: ConnectionNavProps) {
  const insidePortal = useContext(InsidePortalContext);
  const [active, select] = useSectionState(props);
  const rootRef = useRef<HTMLDivElement>(null);
  const dir = useInheritedDirection(rootRef, undefined);
  if (insidePortal) {
    return <NavList hiddenSections={props.hiddenSections} className={props.className} standalone={false} />;
  }

  return (
    <Tabs.Root
      ref={rootRef}
      orientation="vertical"
      dir={dir}
      value={active}
      onValueChange={select}
      className="rvp-ConnectionNav-root"
    >
      <NavList
        hiddenSections={props.hiddenSections}
        className={props.className}
        standalone={true}
        getPanelId={props.getPanelId}
      />
    </Tabs.Root>
  );
}
