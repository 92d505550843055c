'use client';
/**
 * ConnectionPortal: the whole page of the Sub-Org's direct connection — what needs
 * attention (ConnectionAlerts) above ConnectionNav beside the active section's panel. Only
 * the active panel is mounted, so leaving a section aborts its requests (faults.md 2).
 * Submit Ticket is left out when the host switched ticket submission off.
 */
import * as Tabs from '@radix-ui/react-tabs';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import { useComposedRefs } from '../../hooks/useComposedRefs';
import { CONNECTION_SECTIONS, type ConnectionSection } from '../../model/sections';
import { useRevampd } from '../../provider/RevampdProvider';
import type { SectionLocation } from '../../routing/location';
import { ConnectionAlerts } from '../ConnectionAlerts/ConnectionAlerts';
import { ConnectionNavList } from '../ConnectionNav/ConnectionNav';
import { useInheritedDirection } from '../ui/useInheritedDirection';
import { PortalNavigationContext } from './navigation';
import { SECTION_PANELS } from './panels';
import { usePortalLocation } from './usePortalLocation';

/**
 * Props of {@link ConnectionPortal}. Other attributes (`id`, `aria-*`, `data-*`…) go to the
 * root element, which the ref points at too.
 */
export interface ConnectionPortalProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dir' | 'defaultValue'> {
  /**
   * Where the portal is (controlled): the section and, in Tickets, the open ticket, e.g.
   * from a host's router or {@link useHashLocation}. Takes precedence over `section`.
   */
  location?: SectionLocation | undefined;
  /** Where the portal starts (uncontrolled), e.g. a deep link read once. @default { section: "plan" } */
  defaultLocation?: SectionLocation | undefined;
  /**
   * Called with every new location: a section picked, a ticket opened or left, a link
   * between sections followed. Pass a router's setter to keep the URL in step.
   */
  onLocationChange?: ((location: SectionLocation) => void) | undefined;
  /** The active section (controlled), e.g. from a host's router. */
  section?: ConnectionSection | undefined;
  /** The section shown first (uncontrolled). @default "plan" */
  defaultSection?: ConnectionSection | undefined;
  /** Called with the section a person picks or a link leads to. */
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
  /** Sections to leave out. */
  hiddenSections?: readonly ConnectionSection[] | undefined;
  /**
   * Text direction. Pass it when the page is right-to-left and rendered on the server, so
   * the first paint is already mirrored. @default the direction of the page around the portal
   */
  dir?: 'ltr' | 'rtl' | undefined;
  className?: string | undefined;
}

/**
 * The connection's page: menu and the active section. The root carries `data-section`
 * (the active section's id).
 *
 * @example
 * // Deep links such as #tickets/tkt_123 open that ticket:
 * const [location, setLocation] = useHashLocation();
 * <ConnectionPortal location={location} onLocationChange={setLocation} />
 */
export const ConnectionPortal = /*#__PURE__*/ forwardRef<HTMLDivElement, ConnectionPortalProps>(
  function ConnectionPortal(
    {
      location: locationProp,
      defaultLocation,
      onLocationChange,
      section: sectionProp,
      defaultSection,
      onSectionChange,
      hiddenSections,
      dir: dirProp,
      className,
      ...rest
    },
    forwardedRef,
  ) {
    const rootRef = useRef<HTMLDivElement>(null);
    const composedRef = useComposedRefs(forwardedRef, rootRef);
    const { location, selectTab, navigation } = usePortalLocation(
      {
        location: locationProp,
        defaultLocation,
        onLocationChange,
        section: sectionProp,
        defaultSection,
        onSectionChange,
      },
      rootRef,
    );
    const dir = useInheritedDirection(rootRef, dirProp);
    const { features } = useRevampd();
    // Ticket submission switched off: the section leaves the menu and the panels alike.
    const hidden: readonly ConnectionSection[] = features.submitTickets
      ? (hiddenSections ?? [])
      : [...(hiddenSections ?? []), 'submitTicket'];
    return (
      <PortalNavigationContext.Provider value={navigation}>
        <Tabs.Root
          ref={composedRef}
          orientation="vertical"
          dir={dir}
          value={location.section}
          onValueChange={selectTab}
          className={['rvp-ConnectionPortal', 'rvp-widget', className].filter(Boolean).join(' ')}
          data-section={location.section}
          {...rest}
        >
          {/* First in reading order, above the menu and panels; nothing when all is well. */}
          <ConnectionAlerts onNavigate={(section) => navigation.navigate(section)} />
          <ConnectionNavList hiddenSections={hidden} radixPanels />
          {CONNECTION_SECTIONS.filter((section) => !hidden.includes(section)).map((section) => (
            // Radix gives the first-shown panel `style="animation-duration:0s"`; server-
            // rendered, that inline style is a violation under a strict CSP (faults.md 26).
            // With asChild our element's `style` is merged last and unsets it (React then
            // writes no attribute); forceMount keeps every panel element, so `hidden` and the
            // children are decided here as Radix would (only the active panel is mounted).
            <Tabs.Content key={section} value={section} forceMount asChild>
              <div
                className="rvp-ConnectionPortal-panel"
                hidden={section !== location.section}
                style={{ animationDuration: undefined }}
              >
                {section === location.section ? SECTION_PANELS[section](navigation) : null}
              </div>
            </Tabs.Content>
          ))}
        </Tabs.Root>
      </PortalNavigationContext.Provider>
    );
  },
);
