import { useState } from 'react';
import { Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { appeler, type Entree, type ErreurApi, type Sortie } from '../../api/client';
import { useSession } from '../../api/session';
import { BoutonEnvoi, ErreurFormulaire, Formulaire, type Erreurs } from '../../components/formulaires';
import { CadreSession } from '../session/Cadre';
import {
  administrateurVide,
  ChampsAdministrateur,
  saisieAdministrateur,
  verifierAdministrateur,
  type AdministrateurForm,
} from './ChampsAdministrateur';

/**
 * Rescue step: the structure is installed but no administrator can sign in (a database from
 * before accounts existed). The one created here then signs in like everyone.
 */
export function DefinirAdministrateur({
  structure,
  onDefini,
}: {
  structure: string | null;
  onDefini: (identifiant: string) => void;
}) {
  const session = useSession();
  const [admin, setAdmin] = useState<AdministrateurForm>(administrateurVide);
  const [erreurs, setErreurs] = useState<Erreurs>({});
  const [montrer, setMontrer] = useState(false);
  const definir = useMutation<
    Sortie<'installation.definirAdministrateur'>,
    ErreurApi,
    Entree<'installation.definirAdministrateur'>
  >({ mutationFn: (entree) => appeler('installation.definirAdministrateur', entree) });

  return (
    <CadreSession
      titre="Définir l'administrateur"
      sousTitre="Aucun administrateur ne peut se connecter à cette structure : créez le compte qui gérera les accès, les comptes et les réglages."
      structure={structure}
      largeur={720}
    >
      <Formulaire
        onEnvoyer={() => {
          setMontrer(true);
          const trouvees = verifierAdministrateur(admin, 'administrateur');
          setErreurs(trouvees);
          if (Object.keys(trouvees).length > 0) return;
          definir.mutate(
            { administrateur: saisieAdministrateur(admin) },
            {
              onSuccess: () => {
                onDefini(admin.identifiant.trim().toLowerCase());
                void session.relire();
              },
              onError: (err) => setErreurs(Object.fromEntries(err.champs.map((c) => [c.champ, c.message]))),
            },
          );
        }}
      >
        <Stack spacing={2}>
          <ChampsAdministrateur
            valeur={admin}
            onChange={(a) => {
              setAdmin(a);
              setErreurs({});
            }}
            erreur={(c) => erreurs[`administrateur.${c}`]}
            montrerErreurs={montrer}
          />
          <ErreurFormulaire erreur={definir.error} horsChamps />
          <BoutonEnvoi enCours={definir.isPending} sx={{ alignSelf: 'flex-end' }}>
            Créer l'administrateur
          </BoutonEnvoi>
        </Stack>
      </Formulaire>
    </CadreSession>
  );
}
