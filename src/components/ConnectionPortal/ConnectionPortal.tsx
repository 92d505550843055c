'use client';
/**
 * ConnectionPortal: the whole page of the Sub-Org's direct connection — what needs
 * attention (ConnectionAlerts) above ConnectionNav beside the active section's panel. Only
 * the active panel is mounted, so leaving a section aborts its requests (faults.md 2).
 * Submit Ticket is left out when the host switched ticket submission off.
 */
import * as Tabs from '@radix-ui/react-tabs';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import {
  PortalNavigationContext,
  useConnectionPortal,
  type UseConnectionPortalOptions,
} from '../../hooks/connectionPortal';
import { useComposedRefs } from '../../hooks/useComposedRefs';
import { ConnectionAlerts } from '../ConnectionAlerts/ConnectionAlerts';
import { ConnectionNavList } from '../ConnectionNav/ConnectionNav';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { useInheritedDirection } from '../ui/useInheritedDirection';
import { preloadSection, SectionPanel } from './panels';

/** The section of the menu tab an event happened on, if any. */
function sectionOfTab(target: EventTarget): string | null {
  return target instanceof Element
    ? (target.closest('[role="tab"]')?.getAttribute('data-section') ?? null)
    : null;
}

/**
 * Props of {@link ConnectionPortal}. Other attributes (`id`, `aria-*`, `data-*`…) go to the
 * root element, which the ref points at too.
 */
export interface ConnectionPortalProps
  extends UseConnectionPortalOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dir' | 'defaultValue'> {
  /**
   * Text direction. Pass it when the page is right-to-left and rendered on the server, so
   * the first paint is already mirrored. @default the direction of the page around the portal
   */
  dir?: 'ltr' | 'rtl' | undefined;
  /** Classes added to the root element, after its own `rvp-ConnectionPortal rvp-widget`. */
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
      location,
      defaultLocation,
      onLocationChange,
      section,
      defaultSection,
      onSectionChange,
      hiddenSections,
      dir: dirProp,
      className,
      onPointerOver,
      onFocus,
      ...rest
    },
    forwardedRef,
  ) {
    const rootRef = useRef<HTMLDivElement>(null);
    const composedRef = useComposedRefs(forwardedRef, rootRef);
    // The location and section triads and the hidden sections are the hook's options as they are.
    const portal = useConnectionPortal({
      location,
      defaultLocation,
      onLocationChange,
      section,
      defaultSection,
      onSectionChange,
      hiddenSections,
    });
    const { navigation } = portal;
    const dir = useInheritedDirection(rootRef, dirProp);
    const widgetClass = useElementClass('widget');
    return (
      <PortalNavigationContext.Provider value={navigation}>
        <Tabs.Root
          ref={composedRef}
          orientation="vertical"
          dir={dir}
          value={portal.location.section}
          onValueChange={portal.select}
          className={joinClassNames('rvp-ConnectionPortal', 'rvp-widget', widgetClass, className)}
          data-section={portal.location.section}
          // A section's code starts loading when its tab is hovered or focused (panels.tsx).
          onPointerOver={(event) => {
            preloadSection(sectionOfTab(event.target));
            onPointerOver?.(event);
          }}
          onFocus={(event) => {
            preloadSection(sectionOfTab(event.target));
            onFocus?.(event);
          }}
          {...rest}
        >
          {/* First in reading order, above the menu and panels; nothing when all is well. */}
          <ConnectionAlerts onNavigate={(section) => navigation.navigate(section)} />
          <ConnectionNavList hiddenSections={hiddenSections} radixPanels />
          {portal.sections.map((section) => (
            // Radix gives the first-shown panel `style="animation-duration:0s"`; server-
            // rendered, that inline style is a violation under a strict CSP (faults.md 26).
            // With asChild our element's `style` is merged last and unsets it (React then
            // writes no attribute); forceMount keeps every panel element, so `hidden` and the
            // children are decided here as Radix would (only the active panel is mounted).
            <Tabs.Content key={section} value={section} forceMount asChild>
              <div
                {...portal.getPanelProps(section)}
                className="rvp-ConnectionPortal-panel"
                style={{ animationDuration: undefined }}
              >
                {section === portal.location.section ? (
                  <SectionPanel section={section} portal={navigation} />
                ) : null}
              </div>
            </Tabs.Content>
          ))}
        </Tabs.Root>
      </PortalNavigationContext.Provider>
    );
  },
);
