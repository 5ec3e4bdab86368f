import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useConseillers } from '../../api/donnees';
import { useAction } from '../../api/hooks';
import { BoutonEnvoi, ErreurFormulaire, Formulaire, ListeChoix, ProgresDialogue } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';

function jeunes(n: number): string {
  return `${n} jeune${n > 1 ? 's' : ''}`;
}

/**
 * Direction hands the ticked jeunes to another active conseiller, in two steps: choose, then
 * confirm (the référent of their open parcours follows, and the change is traced).
 */
export function DialogueReaffectation({
  jeuneIds,
  exclu,
  onFermer,
  onFait,
}: {
  jeuneIds: number[];
  /** The conseiller whose portfolio is shown: handing jeunes to them changes nothing. */
  exclu: number | null;
  onFermer: () => void;
  onFait: () => void;
}) {
  const notifier = useNotifier();
  const conseillers = useConseillers();
  const reaffecter = useAction('portefeuille.reaffecter');
  const [choisi, setChoisi] = useState<number | null>(null);
  const [aConfirmer, setAConfirmer] = useState(false);
  const [manque, setManque] = useState(false);
  const options = (conseillers.data ?? [])
    .filter((c) => c.id !== exclu)
    .map((c) => ({ valeur: c.id, libelle: `${c.prenom} ${c.nom}` }));
  const nom = options.find((o) => o.valeur === choisi)?.libelle ?? '';

  const envoyer = () => {
    if (choisi === null) {
      setManque(true);
      return;
    }
    if (!aConfirmer) {
      setAConfirmer(true);
      return;
    }
    reaffecter.mutate(
      { jeuneIds, conseillerId: choisi },
      {
        onSuccess: (r) => {
          notifier(`${jeunes(r.reaffectes)} confié${r.reaffectes > 1 ? 's' : ''} à ${nom}.`);
          onFait();
        },
      },
    );
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby="titre-reaffectation">
      <Formulaire onEnvoyer={envoyer}>
        <DialogTitle id="titre-reaffectation">Réaffecter {jeunes(jeuneIds.length)}</DialogTitle>
        <ProgresDialogue enCours={reaffecter.isPending || conseillers.isFetching} />
        <DialogContent>
          {aConfirmer ? (
            <Alert severity="warning" data-testid="confirmation-reaffectation">
              Confier {jeunes(jeuneIds.length)} à <strong>{nom}</strong> ? {jeuneIds.length > 1 ? 'Leur' : 'Son'}{' '}
              référent change, ainsi que celui de {jeuneIds.length > 1 ? 'leurs' : 'ses'} parcours en cours ; le
              changement est tracé dans {jeuneIds.length > 1 ? 'chaque dossier' : 'le dossier'}.
            </Alert>
          ) : (
            <Stack spacing={2} sx={{ pt: 1 }}>
              <Typography color="text.secondary">
                Choisissez le conseiller qui reprend {jeuneIds.length > 1 ? 'ces jeunes' : 'ce jeune'} : il en devient
                le référent, et celui de {jeuneIds.length > 1 ? 'leurs' : 'ses'} parcours en cours.
              </Typography>
              <ListeChoix
                label="Nouveau référent"
                valeur={choisi}
                onChange={(v) => {
                  setChoisi(v);
                  setManque(false);
                }}
                options={options}
                erreur={manque ? 'Choisissez le conseiller qui reprend ces jeunes.' : undefined}
              />
            </Stack>
          )}
          {conseillers.error ? <ErreurFormulaire erreur={conseillers.error} /> : null}
          <ErreurFormulaire erreur={reaffecter.error} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          {aConfirmer ? (
            <Button onClick={() => setAConfirmer(false)} disabled={reaffecter.isPending}>
              Retour
            </Button>
          ) : (
            <Button onClick={onFermer}>Annuler</Button>
          )}
          <BoutonEnvoi enCours={reaffecter.isPending} autoFocus={aConfirmer}>
            {aConfirmer ? 'Confirmer la réaffectation' : 'Continuer'}
          </BoutonEnvoi>
        </DialogActions>
      </Formulaire>
    </Dialog>
  );
}
