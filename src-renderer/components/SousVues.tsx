import { useEffect, type ReactNode } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { naviguer } from './navigation';

/** To the sub-view `v` of the screen `ecran`, whose first one is addressed without `vue`. */
function allerA<V extends string>(ecran: string, vues: readonly V[], v: V): void {
  naviguer(ecran, v === vues[0] ? undefined : { vue: v });
}

/**
 * A screen made of sub-views (`#/ecran?vue=…`, the first one without): their tabs, reached by
 * Alt+1, Alt+2… (not under an open dialog: it would take the page away from what is being typed),
 * then the panel (`children`) of what is shown: the sub-view `vue`, or null for a page opened
 * from one of them (a firm's, an action's). `testIdOnglet`: a tab's `data-testid`.
 */
export function SousVues<V extends string>({
  ecran,
  libelle,
  vues,
  libelles,
  vue,
  testIdOnglet,
  children,
}: {
  ecran: string;
  /** The tabs' accessible name. */
  libelle: string;
  vues: readonly V[];
  libelles: Record<V, string>;
  vue: V | null;
  testIdOnglet: (v: V) => string;
  children: ReactNode;
}) {
  useEffect(() => {
    const raccourci = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (document.querySelector('[role="dialog"]')) return;
      const rang = /^Digit([1-9])$/.exec(e.code)?.[1];
      const cible = rang ? vues[Number(rang) - 1] : undefined;
      if (cible) {
        e.preventDefault();
        allerA(ecran, vues, cible);
      }
    };
    window.addEventListener('keydown', raccourci);
    return () => window.removeEventListener('keydown', raccourci);
  }, [ecran, vues]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100%' }} data-testid={ecran}>
      <Tabs
        value={vue ?? false}
        onChange={(_, v: V) => allerA(ecran, vues, v)}
        aria-label={libelle}
        sx={{ px: 2, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        {vues.map((v, i) => (
          <Tab
            key={v}
            value={v}
            label={libelles[v]}
            title={`Alt+${i + 1}`}
            id={`onglet-${ecran}-${v}`}
            aria-controls={`panneau-${ecran}`}
            data-testid={testIdOnglet(v)}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`panneau-${ecran}`}
        aria-labelledby={vue === null ? undefined : `onglet-${ecran}-${vue}`}
        sx={{ flex: 1, minHeight: 0 }}
      >
        {children}
      </Box>
    </Box>
  );
}
