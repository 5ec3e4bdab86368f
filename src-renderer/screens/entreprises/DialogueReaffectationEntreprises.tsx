import { useMemo, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useAction, useRequete } from '../../api/hooks';
import { BoutonEnvoi, ErreurFormulaire, Formulaire, ListeChoix, ProgresDialogue } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { responsablesPossibles } from './logique';

/** « personne », the choice of handing the firms to nobody (a list needs a value that is not null). */
const PERSONNE = 0;

function entreprises(n: number): string {
  return `${n} entreprise${n > 1 ? 's' : ''}`;
}

/**
 * Hands the ticked firms to another staff member (or to nobody), in two steps: choose, then
 * confirm. Each change is written in the firm's timeline and in the trail.
 */
export function DialogueReaffectationEntreprises({
  entrepriseIds,
  exclu,
  onFermer,
  onFait,
}: {
  entrepriseIds: number[];
  /** The person whose portfolio is shown: handing them their own firms changes nothing. */
  exclu: number | null;
  onFermer: () => void;
  onFait: () => void;
}) {
  const notifier = useNotifier();
  const personnel = useRequete('personnel.lister', { actifsSeulement: true });
  const reaffecter = useAction('entreprises.reaffecter');
  const [choisi, setChoisi] = useState<number | null>(null);
  const [aConfirmer, setAConfirmer] = useState(false);
  const [manque, setManque] = useState(false);
  const options = useMemo(
    () => [
      ...responsablesPossibles(personnel.data ?? [])
        .filter((p) => p.id !== exclu)
        .map((p) => ({ valeur: p.id, libelle: `${p.prenom} ${p.nom}` })),
      { valeur: PERSONNE, libelle: 'Personne (entreprises sans responsable)' },
    ],
    [personnel.data, exclu],
  );
  const nom = choisi === PERSONNE ? 'personne' : (options.find((o) => o.valeur === choisi)?.libelle ?? '');
  const n = entrepriseIds.length;

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
      { entrepriseIds, responsableId: choisi === PERSONNE ? null : choisi },
      {
        onSuccess: (r) => {
          notifier(
            choisi === PERSONNE
              ? `${entreprises(r.reaffectees)} sans responsable désormais.`
              : `${entreprises(r.reaffectees)} confiée${r.reaffectees > 1 ? 's' : ''} à ${nom}.`,
          );
          onFait();
        },
      },
    );
  };

  return (
    <Dialog
      open
      onClose={onFermer}
      maxWidth="sm"
      fullWidth
      aria-labelledby="titre-reaffectation-entreprises"
      data-testid="dialogue-reaffectation-entreprises"
    >
      <Formulaire onEnvoyer={envoyer}>
        <DialogTitle id="titre-reaffectation-entreprises">Réaffecter {entreprises(n)}</DialogTitle>
        <ProgresDialogue enCours={reaffecter.isPending || personnel.isFetching} />
        <DialogContent>
          {aConfirmer ? (
            <Alert severity="warning" data-testid="confirmation-reaffectation-entreprises">
              {choisi === PERSONNE ? (
                <>
                  Laisser {entreprises(n)} sans responsable ? {n > 1 ? 'Elles restent' : 'Elle reste'} visible
                  {n > 1 ? 's' : ''} de tous, dans « Sans responsable ».
                </>
              ) : (
                <>
                  Confier {entreprises(n)} à <strong>{nom}</strong> ?
                </>
              )}{' '}
              Le changement est noté dans la chronologie de {n > 1 ? 'chaque entreprise' : 'l’entreprise'} et dans le
              journal.
            </Alert>
          ) : (
            <Stack spacing={2} sx={{ pt: 1 }}>
              <Typography color="text.secondary">
                Choisissez qui suit désormais {n > 1 ? 'ces entreprises' : 'cette entreprise'} : la relation, les
                relances et les offres de son portefeuille.
              </Typography>
              <ListeChoix
                label="Nouveau responsable"
                valeur={choisi}
                onChange={(v) => {
                  setChoisi(v);
                  setManque(false);
                }}
                options={options}
                erreur={manque ? 'Choisissez la personne qui reprend ces entreprises.' : undefined}
              />
            </Stack>
          )}
          {personnel.error ? <ErreurFormulaire erreur={personnel.error} /> : null}
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
          <BoutonEnvoi enCours={reaffecter.isPending} autoFocus={aConfirmer} data-testid="valider-reaffectation">
            {aConfirmer ? 'Confirmer la réaffectation' : 'Continuer'}
          </BoutonEnvoi>
        </DialogActions>
      </Formulaire>
    </Dialog>
  );
}
