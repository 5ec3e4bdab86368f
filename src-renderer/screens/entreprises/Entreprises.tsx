import { useState } from 'react';
import { useUtilisateur } from '../../api/droits';
import { SousVues } from '../../components/SousVues';
import { AFaire, type PorteeAFaire } from './AFaire';
import { FicheEntreprise } from './FicheEntreprise';
import { FicheOffre } from './FicheOffre';
import { filtresParDefaut, routeEntreprises, VUE_LIBELLES, VUES, type FiltresEntreprises } from './logique';
import { Offres } from './Offres';
import { PortefeuilleEntreprises } from './Portefeuille';

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

  return (
    <SousVues
      ecran="entreprises"
      libelle="Listes des entreprises"
      vues={VUES}
      libelles={VUE_LIBELLES}
      vue={route.ecran === 'vue' ? route.vue : null}
      testIdOnglet={(v) => `onglet-${v}`}
    >
      {route.ecran === 'vue' && route.vue === 'portefeuille' ? (
        <PortefeuilleEntreprises filtres={filtres} onFiltres={setFiltres} />
      ) : null}
      {route.ecran === 'vue' && route.vue === 'afaire' ? <AFaire portee={portee} onPortee={setPortee} /> : null}
      {route.ecran === 'vue' && route.vue === 'offres' ? <Offres /> : null}
      {route.ecran === 'entreprise' ? <FicheEntreprise key={route.id} id={route.id} /> : null}
      {route.ecran === 'offre' ? <FicheOffre key={route.id} id={route.id} /> : null}
    </SousVues>
  );
}
