import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { PartnerHeadsProvider } from './lib/partner-heads.tsx';
import { SessionProvider } from './lib/session.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <SessionProvider>
          <PartnerHeadsProvider>
            <App />
          </PartnerHeadsProvider>
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
