/**
 * What every section's panel gets from the portal: its navigation. The widgets know nothing
 * of the portal; each panel turns what the portal's location decides (the open ticket, the
 * row a link is about) into the widgets' own props and callbacks, the way a host would wire
 * them to its own router.
 */
import type { PortalNavigationContextValue } from '../../hooks/connectionPortal';
import type { ConnectionSection } from '../../model/sections';

/** Props of a section's panel. */
export interface SectionPanelProps {
  /** The portal's navigation. */
  portal: PortalNavigationContextValue;
}

/** The row a link asked `section` to show, or `null`. */
export function rowTargetIn(portal: PortalNavigationContextValue, section: ConnectionSection): string | null {
  return portal.rowTarget?.section === section ? portal.rowTarget.rowId : null;
}
