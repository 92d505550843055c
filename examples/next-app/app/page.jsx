/**
 * The page: a server component. It renders `ConnectionPortal` straight from the package
 * (the package's `"use client"` boundary makes it a client reference), inside the host's
 * provider component. Only serialisable props cross from here to client components: the
 * provider's functions (`getAccessToken`, `fetch`) live in ./providers.jsx, a client file.
 */
import { ConnectionPortal } from '@revampd/connection-ui';
import { HostProviders } from './providers';

export default function Page() {
  return (
    <>
      <header className="host-header">
        <span className="host-logo">Northwind Telecom</span>
        <span>Partner portal</span>
      </header>
      <main className="host-main">
        <HostProviders>
          <ConnectionPortal />
        </HostProviders>
      </main>
    </>
  );
}
