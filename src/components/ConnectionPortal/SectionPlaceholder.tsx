import { useRevampd } from '../../provider/RevampdProvider';
import type { ConnectionSection } from '../ConnectionNav/sections';

/** A section whose widget has not shipped yet: says so plainly instead of faking it. */
export function SectionPlaceholder({ section }: { section: ConnectionSection }) {
  const { messages } = useRevampd();
  return (
    <section className="rvp-widget rvp-SectionPlaceholder" data-section={section}>
      <h2 className="rvp-Section-heading">{messages.nav[section]}</h2>
      <p className="rvp-Section-intro">{messages.common.notYet}</p>
    </section>
  );
}
