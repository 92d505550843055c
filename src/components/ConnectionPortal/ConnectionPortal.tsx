'use client';
/**
 * ConnectionPortal: the whole page of the Sub-Org's direct connection — ConnectionNav
 * beside the active section's panel. Only the active panel is mounted, so leaving a
 * section aborts its requests (faults.md 2).
 */
import * as Tabs from '@radix-ui/react-tabs';
import { ConnectionNav } from '../ConnectionNav/ConnectionNav';
import { InsidePortalContext } from '../ConnectionNav/ConnectionNav';
import { CONNECTION_SECTIONS, type ConnectionSection } from '../ConnectionNav/sections';
import { useSectionState } from '../ConnectionNav/useSectionState';
import { SECTION_PANELS } from './panels';

/** Props of {@link ConnectionPortal}. */
export interface ConnectionPortalProps {
  /** The active section (controlled), e.g. from a host's router. */
  section?: ConnectionSection | undefined;
  /** The section shown first (uncontrolled). @default "plan" */
  defaultSection?: ConnectionSection | undefined;
  /** Called with the section a person picks. */
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
  /** Sections to leave out. */
  hiddenSections?: readonly ConnectionSection[] | undefined;
  className?: string | undefined;
}

/** The connection's page: menu and the active section. */
export function ConnectionPortal(props: ConnectionPortalProps) {
  const [active, select] = useSectionState(props);
  const hidden = props.hiddenSections ?? [];
  return (
    <InsidePortalContext.Provider value={true}>
      <Tabs.Root
        orientation="vertical"
        value={active}
        onValueChange={select}
        className={['rvp-ConnectionPortal', 'rvp-widget', props.className].filter(Boolean).join(' ')}
        data-section={active}
      >
        <ConnectionNav hiddenSections={hidden} />
        {CONNECTION_SECTIONS.filter((section) => !hidden.includes(section)).map((section) => (
          <Tabs.Content key={section} value={section} className="rvp-ConnectionPortal-panel">
            {SECTION_PANELS[section]()}
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </InsidePortalContext.Provider>
  );
}
