import { useEffect, useState } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useUtilisateur } from '../../api/droits';
import { naviguer } from '../../components/navigation';
import { AFaire, type PorteeAFaire } from './AFaire';
import { FicheEntreprise } from './FicheEntreprise';
import { FicheOffre } from './FicheOffre';
import {
  filtresParDefaut,
  routeEntreprises,
  VUE_LIBELLES,
  VUES,
  type FiltresEntreprises,
  type VueEntreprises,
} from './logique';
import { Offres } from './Offres';
import { PortefeuilleEntreprises } from './Portefeuille';

function allerA(vue: VueEntreprises): void {
  naviguer('entreprises', vue === 'portefeuille' ? undefined : { vue });
}

/**
 * The employer portfolio: « Mon portefeuille », « À faire », « Offres » as tabs (Alt+1 to Alt+3),
 * a firm's page (`?entreprise=ID`) and an offer's page (`?offre=ID`). The lists' filters are kept
 * while a firm or an offer is open, so that « Précédent » finds them as they were.
 */
export function Entreprises({ params }: { params: URLSearchParams }) {
  const utilisateur = useUtilisateur();
  const route = routeEntreprises(params);
  const [filtres, setFiltres] = useState<FiltresEntreprises>(() => filtresParDefaut(utilisateur.id));
  const [portee, setPortee] = useState<PorteeAFaire>('ml');

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
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100%' }} data-testid="entreprises">
      <Tabs
        value={route.ecran === 'vue' ? route.vue : false}
        onChange={(_, v: VueEntreprises) => allerA(v)}
        aria-label="Listes des entreprises"
        sx={{ px: 2, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        {VUES.map((v, i) => (
          <Tab
            key={v}
            value={v}
            label={VUE_LIBELLES[v]}
            title={`Alt+${i + 1}`}
            id={`onglet-entreprises-${v}`}
            aria-controls="panneau-entreprises"
            data-testid={`onglet-${v}`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id="panneau-entreprises"
        aria-labelledby={route.ecran === 'vue' ? `onglet-entreprises-${route.vue}` : undefined}
        sx={{ flex: 1, minHeight: 0 }}
      >
        {route.ecran === 'vue' && route.vue === 'portefeuille' ? (
          <PortefeuilleEntreprises filtres={filtres} onFiltres={setFiltres} />
        ) : null}
        {route.ecran === 'vue' && route.vue === 'afaire' ? <AFaire portee={portee} onPortee={setPortee} /> : null}
        {route.ecran === 'vue' && route.vue === 'offres' ? <Offres /> : null}
        {route.ecran === 'entreprise' ? <FicheEntreprise key={route.id} id={route.id} /> : null}
        {route.ecran === 'offre' ? <FicheOffre key={route.id} id={route.id} /> : null}
      </Box>
    </Box>
  );
}
