import { useState, type RefObject } from 'react';
import { useRevampd } from '../../provider/RevampdProvider';
import { useIsomorphicLayoutEffect } from '../../provider/isomorphicLayoutEffect';

/**
 * The direction Radix Tabs should use. Radix writes `dir="ltr"` on its root unless told
 * otherwise, which would turn an RTL page's tabs back to LTR; so the direction is, in
 * order: the component's `dir` prop, the provider's `dir`, or the page's direction read
 * from the element's parent before paint.
 */
export function useInheritedDirection(
  root: RefObject<HTMLElement | null>,
  explicit: 'ltr' | 'rtl' | undefined,
): 'ltr' | 'rtl' | undefined {
  const { dir: providerDir } = useRevampd();
  const chosen = explicit ?? providerDir;
  const [inherited, setInherited] = useState<'ltr' | 'rtl' | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    if (chosen) return;
    const parent = root.current?.parentElement;
    if (!parent) return;
    setInherited(getComputedStyle(parent).direction === 'rtl' ? 'rtl' : 'ltr');
  }, [chosen, root]);
  return chosen ?? inherited;
}
