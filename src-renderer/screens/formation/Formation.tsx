import { useEffect } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { naviguer } from '../../components/navigation';
import { Actions } from './Actions';
import { Besoins } from './Besoins';
import { FicheAction } from './FicheAction';
import { routeFormation, VUE_LIBELLES, VUES, type VueFormation } from './logique';
import { TableauDeBord } from './TableauDeBord';

function allerA(vue: VueFormation): void {
  naviguer('formation', vue === 'actions' ? undefined : { vue });
}

/**
 * The training actions: « Actions » (the lookup), « Tableau de bord », « Besoins non satisfaits »
 * as tabs (Alt+1 to Alt+3), and an action's page (`?action=ID`). The lookup's filters are kept
 * while an action is open, so that « Précédent » finds them as they were.
 */
export function Formation({ params }: { params: URLSearchParams }) {
  const route = routeFormation(params);

  useEffect(() => {
    const raccourci = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      // No shortcut under an open dialog: it would take the page away from what is being typed.
      if (document.querySelector('[role="dialog"]')) return;
      const rang = /^Digit([1-3])$/.exec(e.code)?.[1];
      const vue = rang ? VUES[Number(rang) - 1] : undefined;
      if (vue) {
        e.preventDefault();
        allerA(vue);
      }
    };
    window.addEventListener('keydown', raccourci);
    return () => window.removeEventListener('keydown', raccourci);
  }, []);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100%' }} data-testid="formation">
      <Tabs
        value={route.ecran === 'vue' ? route.vue : false}
        onChange={(_, v: VueFormation) => allerA(v)}
        aria-label="Formation"
        sx={{ px: 2, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        {VUES.map((v, i) => (
          <Tab
            key={v}
            value={v}
            label={VUE_LIBELLES[v]}
            title={`Alt+${i + 1}`}
            id={`onglet-formation-${v}`}
            aria-controls="panneau-formation"
            data-testid={`onglet-formation-${v}`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id="panneau-formation"
        aria-labelledby={route.ecran === 'vue' ? `onglet-formation-${route.vue}` : undefined}
        sx={{ flex: 1, minHeight: 0 }}
      >
        {route.ecran === 'vue' && route.vue === 'actions' ? <Actions /> : null}
        {route.ecran === 'vue' && route.vue === 'tableau' ? <TableauDeBord /> : null}
        {route.ecran === 'vue' && route.vue === 'besoins' ? <Besoins /> : null}
        {route.ecran === 'action' ? <FicheAction key={route.id} id={route.id} /> : null}
      </Box>
    </Box>
  );
}
