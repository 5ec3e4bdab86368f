import { useState } from 'react';
import { Button, Divider, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import type { UtilisateurSession } from '../../../src-main/contract';
import { useSession } from '../../api/session';
import { CadreSession } from './Cadre';
import { FormulaireConnexion } from './FormulaireConnexion';

/** Nobody is signed in on this workstation. */
export function Connexion({ structure, identifiant }: { structure: string | null; identifiant?: string }) {
  return (
    <CadreSession titre="Connexion" sousTitre="Identifiez-vous pour ouvrir votre session." structure={structure}>
      <FormulaireConnexion libelleBouton="Se connecter" identifiantInitial={identifiant ?? ''} />
    </CadreSession>
  );
}

/**
 * The locked screen shows nothing of the work behind it: the name of whoever locked it, their
 * password to resume, or another person's sign-in (shared accueil desk), or signing out.
 */
export function Verrouillage({
  structure,
  utilisateur,
}: {
  structure: string | null;
  utilisateur: UtilisateurSession;
}) {
  const session = useSession();
  const [autre, setAutre] = useState(false);
  const deconnexion = (
    <Button onClick={() => void session.fermer()} color="inherit">
      Se déconnecter
    </Button>
  );
  if (autre) {
    return (
      <CadreSession
        titre="Changer d'utilisateur"
        sousTitre={`La session de ${utilisateur.prenom} ${utilisateur.nom} sera fermée.`}
        structure={structure}
      >
        <FormulaireConnexion
          libelleBouton="Se connecter"
          onEchap={() => setAutre(false)}
          apresBouton={
            <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
              <Button onClick={() => setAutre(false)}>Retour</Button>
              {deconnexion}
            </Stack>
          }
        />
      </CadreSession>
    );
  }
  return (
    <CadreSession
      titre={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} component="span">
          <LockIcon color="primary" />
          <span>Session verrouillée</span>
        </Stack>
      }
      structure={structure}
    >
      <Typography sx={{ mb: 2 }} data-testid="session-verrouillee-nom">
        {utilisateur.prenom} {utilisateur.nom}
      </Typography>
      <FormulaireConnexion
        identifiantFixe={utilisateur.identifiant}
        libelleBouton="Reprendre ma session"
        apresBouton={
          <>
            <Divider />
            <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
              <Button onClick={() => setAutre(true)}>Changer d'utilisateur</Button>
              {deconnexion}
            </Stack>
          </>
        }
      />
    </CadreSession>
  );
}
