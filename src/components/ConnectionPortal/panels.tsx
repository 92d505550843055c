/**
 * What each section's panel renders inside ConnectionPortal. Plan, the section a portal opens
 * on, is part of the portal's own code, so server rendering shows it and its first paint
 * needs nothing more. Every other section is a module of its own (./sections/), loaded on
 * demand: the ESM build keeps each as a chunk a host's bundler splits off, and the load
 * starts as soon as a person hovers or focuses the section's tab (`preloadSection`), so it
 * has usually arrived by the time they click. While it arrives the panel shows the loading
 * state every section shows; if it cannot be loaded (a deploy replaced the chunks, the
 * network dropped), the panel's error offers "Try again", which loads it afresh.
 */
import { Component, lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { ConnectionSection } from '../../model/sections';
import { RevampdError } from '../../api/errors';
import { PlanManagedNotice } from '../PlanManagedNotice/PlanManagedNotice';
import { ErrorState, LoadingState } from '../ui/ResourceState';
import type { SectionPanelProps } from './sectionPanel';

type PanelModule = { default: ComponentType<SectionPanelProps> };
type LazySection = Exclude<ConnectionSection, 'plan'>;

/** Each on-demand section's module. Literal `import()`s, so bundlers see and split them. */
const IMPORTERS: Record<LazySection, () => Promise<PanelModule>> = {
  addOns: () => import('./sections/addOns'),
  tickets: () => import('./sections/tickets'),
  submitTicket: () => import('./sections/submitTicket'),
  invoices: () => import('./sections/invoices'),
  wallet: () => import('./sections/wallet'),
  payouts: () => import('./sections/payouts'),
};

/** One load per section at a time; a failed load is forgotten, so the next try starts afresh. */
const loads = new Map<LazySection, Promise<PanelModule>>();
/** The sections whose code has arrived: rendered at once, without suspending again. */
const loaded = new Map<LazySection, PanelModule>();

function loadSection(section: LazySection): Promise<PanelModule> {
  let load = loads.get(section);
  if (!load) {
    load = IMPORTERS[section]().then(
      (module) => {
        loaded.set(section, module);
        return module;
      },
      (error: unknown) => {
        loads.delete(section);
        throw error;
      },
    );
    loads.set(section, load);
  }
  return load;
}

/**
 * Starts loading the code of `section` (a tab hovered or focused), so it is ready or on its
 * way by the time it is picked. Nothing for Plan, which is always there, or an unknown value.
 */
export function preloadSection(section: string | null | undefined): void {
  if (section && section !== 'plan' && section in IMPORTERS) {
    // A failed preload is retried when the section is shown; nothing to report here.
    loadSection(section as LazySection).catch(() => undefined);
  }
}

/** Worded to a person as what it is: the connection failed ("Check your connection"). */
const sectionNotLoaded = () =>
  new RevampdError({
    kind: 'network',
    code: 'section_not_loaded',
    message: 'The code of this section could not be loaded.',
  });

/**
 * The load failed: the panel says so, the rest of the portal keeps working. A render error
 * inside a loaded section never reaches here: each widget has its own boundary.
 */
class SectionLoadBoundary extends Component<
  { onRetry: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const retry = () => {
      this.setState({ failed: false });
      this.props.onRetry();
    };
    return <ErrorState error={sectionNotLoaded()} onRetry={retry} />;
  }
}

/** A section loaded on demand, with the loading state while it arrives. */
function LazyPanel({ section, portal }: { section: LazySection } & SectionPanelProps) {
  // A new lazy component per attempt: React keeps a failed lazy component failed.
  const [attempt, setAttempt] = useState(0);
  // Code that has arrived renders at once. Chosen once per attempt: switching from the lazy
  // wrapper to the module's own component later would remount the section and lose its state.
  const Panel = useMemo(
    () => loaded.get(section)?.default ?? lazy(() => loadSection(section)),
    [section, attempt],
  );
  return (
    <SectionLoadBoundary onRetry={() => setAttempt((count) => count + 1)}>
      <Suspense fallback={<LoadingState />}>
        <Panel portal={portal} />
      </Suspense>
    </SectionLoadBoundary>
  );
}

/** The panel of `section`, given the portal's navigation. */
export function SectionPanel({ section, portal }: { section: ConnectionSection } & SectionPanelProps) {
  return section === 'plan' ? <PlanManagedNotice /> : <LazyPanel section={section} portal={portal} />;
}
