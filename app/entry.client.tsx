import { RemixBrowser } from '@remix-run/react';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18nConfig, i18nFor } from './i18n';

function hydrate() {
  // The root layout picks each page's language instance itself (root.tsx); this one serves until it does.
  const i18next = i18nFor(document.documentElement.lang || i18nConfig.fallbackLng);
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

hydrate();
