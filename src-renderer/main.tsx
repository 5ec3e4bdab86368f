import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { CssBaseline, ThemeProvider } from '@mui/material';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { theme } from './components/theme';
import { FournisseurNotifications } from './components/Notifications';
import { initialiserTransport } from './api/transport';
import { App } from './App';

initialiserTransport();

const client = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: true, staleTime: 5_000 },
    mutations: { retry: false },
  },
});

const racine = document.getElementById('racine');
if (racine) {
  createRoot(racine).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <FournisseurNotifications>
            <App />
          </FournisseurNotifications>
        </ThemeProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
