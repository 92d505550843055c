/**
 * First paint, the library's side: a host page that renders the Plan notice in its
 * provider, from the package's public entry and stylesheet, against the in-memory API.
 */
import { createRoot } from 'react-dom/client';
import { PlanManagedNotice, RevampdProvider } from '../../../src/index';
import '../../../src/styles.css';
import { BASE_URL, ORG_ID, memoryFetch } from '../api';
import { measureFirstPaint } from '../measure';

// Before React renders anything.
measureFirstPaint();

createRoot(document.getElementById('stage') as HTMLElement).render(
  <RevampdProvider
    baseUrl={BASE_URL}
    orgId={ORG_ID}
    getAccessToken={() => 'first-paint'}
    locale="en-US"
    timeZone="America/New_York"
    fetch={memoryFetch}
  >
    <PlanManagedNotice />
  </RevampdProvider>,
);
