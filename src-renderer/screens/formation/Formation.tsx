import { SousVues } from '../../components/SousVues';
import { Actions } from './Actions';
import { Besoins } from './Besoins';
import { FicheAction } from './FicheAction';
import { routeFormation, VUE_LIBELLES, VUES } from './logique';
import { TableauDeBord } from './TableauDeBord';

/**
 * The training actions: « Actions » (the lookup), « Tableau de bord », « Besoins non satisfaits »
 * as tabs (Alt+1 to Alt+3), and an action's page (`?action=ID`). The lookup's filters are kept
 * while an action is open, so that « Précédent » finds them as they were.
 */
export function Formation({ params }: { params: URLSearchParams }) {
  const route = routeFormation(params);

  return (
    <SousVues
      ecran="formation"
      libelle="Formation"
      vues={VUES}
      libelles={VUE_LIBELLES}
      vue={route.ecran === 'vue' ? route.vue : null}
      testIdOnglet={(v) => `onglet-formation-${v}`}
    >
      {route.ecran === 'vue' && route.vue === 'actions' ? <Actions /> : null}
      {route.ecran === 'vue' && route.vue === 'tableau' ? <TableauDeBord /> : null}
      {route.ecran === 'vue' && route.vue === 'besoins' ? <Besoins /> : null}
      {route.ecran === 'action' ? <FicheAction key={route.id} id={route.id} /> : null}
    </SousVues>
  );
}
