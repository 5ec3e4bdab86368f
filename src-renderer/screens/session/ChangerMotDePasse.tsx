import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { UtilisateurSession } from '../../../src-main/contract';
import { appeler, champErreur, type Entree, type ErreurApi, type Sortie } from '../../api/client';
import { useSession } from '../../api/session';
import { BoutonEnvoi, ErreurFormulaire, Formulaire } from '../../components/formulaires';
import { ChampMotDePasse, ChampsNouveauMotDePasse, defautNouveauMotDePasse } from '../../components/motDePasse';
import { useNotifier } from '../../components/Notifications';
import { CadreSession } from './Cadre';

/** Current password, new one and its confirmation; the policy is said while typing. */
function FormulaireMotDePasse({
  identifiant,
  libelleActuel,
  onFait,
  pied,
}: {
  identifiant: string;
  libelleActuel: string;
  onFait?: () => void;
  pied: (bouton: ReactNode) => ReactNode;
}) {
  const session = useSession();
  const [actuel, setActuel] = useState('');
  const [nouveau, setNouveau] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [montrer, setMontrer] = useState(false);
  const changer = useMutation<Sortie<'session.changerMotDePasse'>, ErreurApi, Entree<'session.changerMotDePasse'>>({
    mutationFn: (entree) => appeler('session.changerMotDePasse', entree),
    onSuccess: (etat) => {
      session.appliquer(etat);
      onFait?.();
    },
  });
  const erreurActuel = champErreur(changer.error, 'actuel');
  const erreurNouveau = champErreur(changer.error, 'nouveau');
  return (
    <Formulaire
      onEnvoyer={() => {
        setMontrer(true);
        if (actuel === '' || defautNouveauMotDePasse(nouveau, confirmation, identifiant)) return;
        changer.mutate({ actuel, nouveau });
      }}
    >
      <Stack spacing={2}>
        <ChampMotDePasse
          label={libelleActuel}
          required
          autoFocus
          value={actuel}
          onChange={(e) => setActuel(e.target.value)}
          error={Boolean(erreurActuel) || (montrer && actuel === '')}
          helperText={erreurActuel ?? (montrer && actuel === '' ? 'Saisissez le mot de passe actuel.' : undefined)}
        />
        <ChampsNouveauMotDePasse
          motDePasse={nouveau}
          onMotDePasse={setNouveau}
          confirmation={confirmation}
          onConfirmation={setConfirmation}
          identifiant={identifiant}
          erreur={erreurNouveau}
          montrerErreurs={montrer}
        />
        <ErreurFormulaire erreur={changer.error} horsChamps />
        {pied(
          <BoutonEnvoi enCours={changer.isPending} key="envoi">
            Changer le mot de passe
          </BoutonEnvoi>,
        )}
      </Stack>
    </Formulaire>
  );
}

/** After an administrator created or reset the account: nothing else until a new password is chosen. */
export function MotDePasseAChanger({
  structure,
  utilisateur,
}: {
  structure: string | null;
  utilisateur: UtilisateurSession;
}) {
  const session = useSession();
  return (
    <CadreSession
      titre="Choisissez votre mot de passe"
      sousTitre={`${utilisateur.prenom} ${utilisateur.nom}, votre mot de passe est provisoire (donné par un administrateur) : choisissez-en un que vous seul(e) connaissez.`}
      structure={structure}
      largeur={520}
    >
      <FormulaireMotDePasse
        identifiant={utilisateur.identifiant}
        libelleActuel="Mot de passe provisoire"
        pied={(bouton) => (
          <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
            <Button onClick={() => void session.fermer()}>Se déconnecter</Button>
            {bouton}
          </Stack>
        )}
      />
    </CadreSession>
  );
}

/** The same change, asked for by the person from the workstation's menu. */
export function DialogueMotDePasse({
  utilisateur,
  onFermer,
}: {
  utilisateur: UtilisateurSession;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  return (
    <Dialog open onClose={onFermer} maxWidth="xs" fullWidth aria-labelledby="titre-mot-de-passe">
      <DialogTitle id="titre-mot-de-passe">Changer mon mot de passe</DialogTitle>
      <DialogContent>
        <Stack sx={{ pt: 1 }}>
          <FormulaireMotDePasse
            identifiant={utilisateur.identifiant}
            libelleActuel="Mot de passe actuel"
            onFait={() => {
              notifier('Mot de passe changé.');
              onFermer();
            }}
            pied={(bouton) => (
              <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                <Button onClick={onFermer}>Annuler</Button>
                {bouton}
              </Stack>
            )}
          />
        </Stack>
      </DialogContent>
    </Dialog>
  );
}
