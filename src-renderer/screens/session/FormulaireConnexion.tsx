import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, AlertTitle, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { appeler, champErreur, type ErreurApi, type Sortie } from '../../api/client';
import { useSession } from '../../api/session';
import { heureDe } from '../../components/dates';
import { BoutonEnvoi, ErreurFormulaire, Formulaire } from '../../components/formulaires';
import { ChampMotDePasse } from '../../components/motDePasse';

interface Refus {
  message: string;
  /** Epoch ms before which another attempt is refused anyway. */
  finAttente: number | null;
  bloqueJusqua: string | null;
  /** Epoch ms when the refusal arrived. */
  le: number;
}

/**
 * Seconds left before `fin`, counted down on screen. `maintenant` is set by whoever sets `fin`,
 * so that the first figure shown is right before the first tick.
 */
function useCompteARebours(fin: number | null, depuis: number): number {
  const [maintenant, setMaintenant] = useState(depuis);
  const [depuisVu, setDepuisVu] = useState(depuis);
  if (depuis !== depuisVu) {
    setDepuisVu(depuis);
    setMaintenant(depuis);
  }
  useEffect(() => {
    if (fin === null) return;
    const t = setInterval(() => setMaintenant(Date.now()), 250);
    return () => clearInterval(t);
  }, [fin]);
  return fin === null ? 0 : Math.max(0, Math.ceil((fin - maintenant) / 1000));
}

/**
 * Identifiant and password, sent to `session.ouvrir`: signing in, resuming a locked session, or
 * another person taking the workstation. A refusal keeps the identifiant and clears the password;
 * a delay is counted down on the button; a locked account says until when.
 */
export function FormulaireConnexion({
  identifiantFixe,
  identifiantInitial = '',
  libelleBouton,
  apresBouton,
  onEchap,
}: {
  /** The lock screen's own person: only the password is asked. */
  identifiantFixe?: string;
  identifiantInitial?: string;
  libelleBouton: string;
  apresBouton?: ReactNode;
  /** Escape goes back (from « Changer d'utilisateur » to the lock screen). */
  onEchap?: () => void;
}) {
  const session = useSession();
  const [identifiant, setIdentifiant] = useState(identifiantFixe ?? identifiantInitial);
  const [motDePasse, setMotDePasse] = useState('');
  const [refus, setRefus] = useState<Refus | null>(null);
  const champMotDePasse = useRef<HTMLInputElement>(null);
  const restant = useCompteARebours(refus?.finAttente ?? null, refus?.le ?? 0);
  const ouvrir = useMutation<Sortie<'session.ouvrir'>, ErreurApi, { identifiant: string; motDePasse: string }>({
    mutationFn: (entree) => appeler('session.ouvrir', entree),
  });

  const envoyer = () => {
    if (ouvrir.isPending || restant > 0) return;
    setRefus(null);
    ouvrir.mutate(
      { identifiant: identifiantFixe ?? identifiant, motDePasse },
      {
        onSuccess: (r) => {
          if (r.statut === 'ouverte') {
            session.appliquer(r.session);
            void session.relire();
            return;
          }
          const le = Date.now();
          setRefus({
            message: r.message,
            finAttente: r.attendreSecondes ? le + r.attendreSecondes * 1000 : null,
            bloqueJusqua: r.bloqueJusqua,
            le,
          });
          setMotDePasse('');
          champMotDePasse.current?.focus();
        },
        onError: () => champMotDePasse.current?.focus(),
      },
    );
  };

  const erreurIdentifiant = champErreur(ouvrir.error, 'identifiant');
  const erreurMotDePasse = champErreur(ouvrir.error, 'motDePasse');

  return (
    <Formulaire
      onEnvoyer={envoyer}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onEchap) onEchap();
      }}
    >
      <Stack spacing={2}>
        {identifiantFixe === undefined ? (
          <TextField
            size="medium"
            label="Identifiant"
            autoFocus={identifiant === ''}
            value={identifiant}
            onChange={(e) => setIdentifiant(e.target.value)}
            error={Boolean(erreurIdentifiant)}
            helperText={erreurIdentifiant}
            slotProps={{ htmlInput: { autoComplete: 'username', autoCapitalize: 'none', spellCheck: false } }}
          />
        ) : null}
        <ChampMotDePasse
          size="medium"
          label="Mot de passe"
          inputRef={champMotDePasse}
          autoFocus={identifiantFixe !== undefined || identifiant !== ''}
          value={motDePasse}
          onChange={(e) => setMotDePasse(e.target.value)}
          error={Boolean(erreurMotDePasse)}
          helperText={erreurMotDePasse}
        />
        {refus ? (
          <Alert severity={refus.bloqueJusqua ? 'error' : 'warning'} role="alert" data-testid="refus-connexion">
            {refus.bloqueJusqua ? (
              <>
                <AlertTitle>Compte bloqué jusqu'à {heureDe(refus.bloqueJusqua)}</AlertTitle>
                Trop d'essais manqués. Un administrateur peut le débloquer avant (écran « Comptes »).
              </>
            ) : (
              refus.message
            )}
          </Alert>
        ) : null}
        <ErreurFormulaire erreur={ouvrir.error} horsChamps />
        <BoutonEnvoi enCours={ouvrir.isPending} disabled={restant > 0} size="large" data-testid="bouton-connexion">
          {restant > 0 ? `Nouvel essai possible dans ${restant} s` : libelleBouton}
        </BoutonEnvoi>
        {apresBouton}
      </Stack>
    </Formulaire>
  );
}
