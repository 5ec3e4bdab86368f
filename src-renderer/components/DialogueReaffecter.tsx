import { useState, type ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import {
  BoutonEnvoi,
  ErreurFormulaire,
  Formulaire,
  ListeChoix,
  ProgresDialogue,
  type OptionChoix,
} from './formulaires';

/**
 * Hands ticked lines (jeunes, firms) to someone chosen in `options`, in two steps: choose, then
 * confirm (« Retour » goes back to the choice). `confirmation` and `onConfirmer` receive the
 * choice and its label in the list.
 */
export function DialogueReaffecter({
  titre,
  titreId,
  testId,
  explication,
  label,
  options,
  manque: messageManque,
  confirmation,
  testIdConfirmation,
  testIdValider,
  lecture,
  onConfirmer,
  onFermer,
}: {
  titre: string;
  titreId: string;
  testId?: string;
  explication: ReactNode;
  label: string;
  options: OptionChoix<number>[];
  /** The message when « Continuer » is pressed with nobody chosen. */
  manque: string;
  confirmation: (choisi: number, libelle: string) => ReactNode;
  testIdConfirmation: string;
  testIdValider?: string;
  /** The reading of the list of people: shown as progress, then its error if any. */
  lecture: { isFetching: boolean; error: Error | null };
  /** The call itself (`isPending`, `error`), and what starts it. */
  onConfirmer: {
    isPending: boolean;
    error: Error | null;
    lancer: (choisi: number, libelle: string) => void;
  };
  onFermer: () => void;
}) {
  const [choisi, setChoisi] = useState<number | null>(null);
  const [aConfirmer, setAConfirmer] = useState(false);
  const [manque, setManque] = useState(false);
  const libelle = options.find((o) => o.valeur === choisi)?.libelle ?? '';
  const enCours = onConfirmer.isPending;

  const envoyer = () => {
    if (choisi === null) {
      setManque(true);
      return;
    }
    if (!aConfirmer) {
      setAConfirmer(true);
      return;
    }
    onConfirmer.lancer(choisi, libelle);
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby={titreId} data-testid={testId}>
      <Formulaire onEnvoyer={envoyer}>
        <DialogTitle id={titreId}>{titre}</DialogTitle>
        <ProgresDialogue enCours={enCours || lecture.isFetching} />
        <DialogContent>
          {aConfirmer && choisi !== null ? (
            <Alert severity="warning" data-testid={testIdConfirmation}>
              {confirmation(choisi, libelle)}
            </Alert>
          ) : (
            <Stack spacing={2} sx={{ pt: 1 }}>
              <Typography color="text.secondary">{explication}</Typography>
              <ListeChoix
                label={label}
                valeur={choisi}
                onChange={(v) => {
                  setChoisi(v);
                  setManque(false);
                }}
                options={options}
                erreur={manque ? messageManque : undefined}
              />
            </Stack>
          )}
          {lecture.error ? <ErreurFormulaire erreur={lecture.error} /> : null}
          <ErreurFormulaire erreur={onConfirmer.error} />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          {aConfirmer ? (
            <Button onClick={() => setAConfirmer(false)} disabled={enCours}>
              Retour
            </Button>
          ) : (
            <Button onClick={onFermer}>Annuler</Button>
          )}
          <BoutonEnvoi enCours={enCours} autoFocus={aConfirmer} data-testid={testIdValider}>
            {aConfirmer ? 'Confirmer la réaffectation' : 'Continuer'}
          </BoutonEnvoi>
        </DialogActions>
      </Formulaire>
    </Dialog>
  );
}
