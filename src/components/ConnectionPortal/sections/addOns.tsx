/** The Add-Ons section's panel, loaded on demand (see ../panels.tsx). */
import { AddOnsTable } from '../../AddOnsTable/AddOnsTable';

export default function AddOnsPanel() {
  return <AddOnsTable />;
}
