import { ConnectionPortal, RevampdProvider } from '@revampd/connection-ui';

/** The Partner's brand: its name replaces "Revampd" in every text, its colours the theme. */
const acmeVoice = {
  messages: { brandName: 'Acme Voice' },
  appearance: {
    colorScheme: 'light',
    variables: {
      colorPrimary: '#0f766e',
      colorPrimaryText: '#ffffff',
      colorText: '#12263a',
      colorBorder: '#c9d6df',
      borderRadius: '10px',
      fontFamily: '"Trebuchet MS", "Segoe UI", system-ui, sans-serif',
    },
  },
};

export function App() {
  return (
    <RevampdProvider
      // Same origin as the page: a strict CSP's connect-src 'self' allows it, and the mock
      // handlers answer any origin. A real host passes its Revampd API origin here.
      baseUrl={window.location.origin}
      orgId="org_acme_demo"
      getAccessToken={() => 'demo-token'}
      locale="en-GB"
      timeZone="Europe/London"
      messages={acmeVoice.messages}
      appearance={acmeVoice.appearance}
    >
      <ConnectionPortal />
    </RevampdProvider>
  );
}
