import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Alert, Snackbar, type AlertColor } from '@mui/material';

interface Notification {
  cle: number;
  message: string;
  gravite: AlertColor;
}

type Notifier = (message: string, gravite?: AlertColor) => void;

const Contexte = createContext<Notifier>(() => {});

export function FournisseurNotifications({ children }: { children: ReactNode }) {
  const [courante, setCourante] = useState<Notification | null>(null);
  const notifier = useCallback<Notifier>((message, gravite = 'success') => {
    setCourante({ cle: Date.now(), message, gravite });
  }, []);
  const valeur = useMemo(() => notifier, [notifier]);
  return (
    <Contexte.Provider value={valeur}>
      {children}
      <Snackbar
        key={courante?.cle}
        open={courante !== null}
        autoHideDuration={courante?.gravite === 'error' ? 10000 : 5000}
        onClose={(_, raison) => {
          if (raison !== 'clickaway') setCourante(null);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={courante?.gravite ?? 'info'}
          variant="filled"
          onClose={() => setCourante(null)}
          sx={{ minWidth: 360 }}
        >
          {courante?.message}
        </Alert>
      </Snackbar>
    </Contexte.Provider>
  );
}

export function useNotifier(): Notifier {
  return useContext(Contexte);
}
