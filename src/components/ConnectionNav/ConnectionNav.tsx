'use client';
/**
 * ConnectionNav: the left-hand menu of the connection's sections, as WAI-ARIA vertical
 * tabs (Radix Tabs): arrow keys move between sections, Home/End jump, Tab leaves the list.
 * Tickets and Invoices carry a badge (awaiting your reply; open) whose count is part of the
 * tab's accessible name; Submit Ticket leaves the menu when ticket submission is off.
 */
import * as Tabs from '@radix-ui/react-tabs';
import { forwardRef, useRef, type ComponentPropsWithoutRef } from 'react';
import type { ConnectionSection } from '../../model/sections';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { useInheritedDirection } from '../ui/useInheritedDirection';
import { useConnectionNav, useConnectionNavItems } from '../../hooks/connectionNav';
import { enUSNav } from '../../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// ConnectionNavList: the tab list, inside a Tabs.Root that someone else owns
// -------------------------------------------------------------------------------------------------

/** Props of {@link ConnectionNavList}. */
export interface ConnectionNavListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dir'> {
  /** Sections to leave out of the menu. */
  hiddenSections?: readonly ConnectionSection[] | undefined;
  /**
   * The id of the panel each tab controls (`aria-controls`). Without it, Radix's own ids
   * are kept when `radixPanels` is set, and no `aria-controls` is set otherwise.
   */
  getPanelId?: ((section: ConnectionSection) => string) | undefined;
  /** The enclosing Tabs.Root renders Radix `Tabs.Content` panels, so its `aria-controls` are right. */
  radixPanels?: boolean | undefined;
  className?: string | undefined;
}

/**
 * The menu's tab list alone, for an enclosing Radix `Tabs.Root` that owns the value: the
 * portal renders it beside its panels. Hosts use {@link ConnectionNav}.
 * @internal
 */
export const ConnectionNavList = /*#__PURE__*/ forwardRef<HTMLDivElement, ConnectionNavListProps>(
  function ConnectionNavList(
    { hiddenSections = [], getPanelId, radixPanels = false, className, ...rest },
    ref,
  ) {
    const { t } = useRevampd();
    const m = useSectionMessages('nav', enUSNav);
    const items = useConnectionNavItems(hiddenSections, null);
    const widgetClass = useElementClass('widget');
    const tabClass = joinClassNames('rvp-ConnectionNav-item', useElementClass('navTab'));
    return (
      <Tabs.List
        ref={ref}
        className={joinClassNames('rvp-ConnectionNav', 'rvp-widget', widgetClass, className)}
        aria-label={t(m.label)}
        // Radix's roving focus group renders `style="outline:none"` on the list; server-
        // rendered, that attribute is a violation on a page whose CSP forbids inline styles
        // (faults.md 26). Unsetting it drops the attribute (React skips undefined values);
        // ConnectionNav.css removes the outline instead.
        style={{ outline: undefined }}
        {...rest}
      >
        {items.map(({ section, label, badge }) => (
          <Tabs.Trigger
            key={section}
            value={section}
            className={tabClass}
            data-section={section}
            {...(radixPanels ? {} : { 'aria-controls': getPanelId?.(section) })}
          >
            {/* Seen as a count, heard as words: the name is "Tickets, 3 awaiting your reply"
                (the words sit inside the label's box, so no space comes before the comma),
                and it starts with the visible label, so speech users can still say "Tickets". */}
            <span className="rvp-ConnectionNav-label">
              {label}
              {badge && <span className="rvp-visually-hidden">, {badge.label}</span>}
            </span>
            {badge && (
              <span className="rvp-ConnectionNav-badge" aria-hidden="true">
                {badge.countText}
              </span>
            )}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    );
  },
);

// -------------------------------------------------------------------------------------------------
// ConnectionNav
// -------------------------------------------------------------------------------------------------

/**
 * Props of {@link ConnectionNav}. Other attributes (`id`, `aria-*`, `data-*`…) go to the
 * tab list (the element with `rvp-ConnectionNav`), which the ref points at too.
 */
export interface ConnectionNavProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'dir'> {
  /** The active section (controlled). */
  section?: ConnectionSection | undefined;
  /** The section active at first (uncontrolled). @default "plan" */
  defaultSection?: ConnectionSection | undefined;
  /** Called with the section a person picks, controlled or not. */
  onSectionChange?: ((section: ConnectionSection) => void) | undefined;
  /** Sections to leave out of the menu, e.g. when a host shows them elsewhere. */
  hiddenSections?: readonly ConnectionSection[] | undefined;
  /**
   * The id of the host's panel that each tab controls (`aria-controls`). Without it no
   * `aria-controls` is set, rather than one pointing at nothing.
   */
  getPanelId?: ((section: ConnectionSection) => string) | undefined;
  /** Classes added to the tab list, after its own `rvp-ConnectionNav rvp-widget`. */
  className?: string | undefined;
}

/**
 * The connection's menu: a controlled or uncontrolled tab list whose `onSectionChange` a
 * host uses to show its own panel (give that panel `role="tabpanel"`). ConnectionPortal
 * renders the same menu beside its own panels.
 */
export const ConnectionNav = /*#__PURE__*/ forwardRef<HTMLDivElement, ConnectionNavProps>(
  function ConnectionNav({ section, defaultSection, onSectionChange, ...listProps }, ref) {
    const { active, select } = useConnectionNav({ section, defaultSection, onSectionChange });
    const rootRef = useRef<HTMLDivElement>(null);
    const dir = useInheritedDirection(rootRef, undefined);
    return (
      <Tabs.Root
        ref={rootRef}
        orientation="vertical"
        dir={dir}
        value={active}
        onValueChange={select}
        className="rvp-ConnectionNav-root"
      >
        <ConnectionNavList ref={ref} {...listProps} />
      </Tabs.Root>
    );
  },
);
