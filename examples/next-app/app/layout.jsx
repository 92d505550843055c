/**
 * Root layout (a server component): the one place the widgets' stylesheet is imported, so
 * every page that renders a widget has it, and Next.js links it in the server HTML.
 */
import '@revampd/connection-ui/styles.css';
import './host.css';

export const metadata = {
  title: 'Northwind Telecom · Revampd connection',
  description: 'A Next.js App Router host embedding @revampd/connection-ui.',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en-US">
      <body>{children}</body>
    </html>
  );
}
