import { useId, useState, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
  type DialogProps,
} from '@mui/material';
import { BoutonEnvoi, ErreurFormulaire, Formulaire, ProgresDialogue } from '../../components/formulaires';
import { Touche } from '../../components/communs';

/**
 * A form dialog of the file: Entrée in a one-line field or Ctrl+Entrée anywhere saves; once
 * something is typed, a click beside it does nothing and Échap or « Annuler » asks before throwing
 * the text away (a conseiller's note is never lost by a slip of the hand).
 */
export function DialogueFormulaire({
  titre,
  sousTitre,
  enCours,
  modifie,
  onFermer,
  onEnvoyer,
  libelleEnvoi,
  libelleAnnuler = 'Annuler',
  erreur,
  actionsGauche,
  maxWidth = 'sm',
  testId,
  children,
}: {
  titre: string;
  sousTitre?: ReactNode;
  enCours: boolean;
  /** Something was typed: closing asks first. */
  modifie: boolean;
  onFermer: () => void;
  onEnvoyer: () => void;
  libelleEnvoi: string;
  libelleAnnuler?: string;
  /** The refused call: only a message about no field shows at the bottom (the others sit under their fields). */
  erreur?: Error | null;
  actionsGauche?: ReactNode;
  maxWidth?: DialogProps['maxWidth'];
  testId?: string;
  children: ReactNode;
}) {
  const [confirmer, setConfirmer] = useState(false);
  const idTitre = useId();
  const demanderFermeture = () => {
    if (modifie) setConfirmer(true);
    else onFermer();
  };
  return (
    <Dialog
      open
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={idTitre}
      data-testid={testId}
      onClose={(_, raison) => {
        if (raison === 'backdropClick' && modifie) return;
        demanderFermeture();
      }}
    >
      <Formulaire
        // A flex column, so that only the content scrolls: the title and the buttons stay in view.
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
        onEnvoyer={() => {
          if (!enCours) onEnvoyer();
        }}
        // Caught before the field: a list would otherwise open on this Entrée.
        onKeyDownCapture={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.stopPropagation();
            if (!enCours) onEnvoyer();
          }
        }}
      >
        <DialogTitle id={idTitre} sx={{ pb: sousTitre ? 0.5 : 2 }}>
          {titre}
          {sousTitre ? (
            <Typography variant="body2" color="text.secondary" component="div">
              {sousTitre}
            </Typography>
          ) : null}
        </DialogTitle>
        <ProgresDialogue enCours={enCours} />
        <DialogContent sx={{ pt: 1.5 }}>{children}</DialogContent>
        {/* Outside the scrolling content: seen at once, next to the button just pressed. */}
        <Box sx={{ px: 3 }}>
          <ErreurFormulaire erreur={erreur} horsChamps />
        </Box>
        {confirmer ? (
          <Alert
            severity="warning"
            sx={{ mx: 3, mb: 2 }}
            action={
              <>
                <Button color="inherit" autoFocus onClick={() => setConfirmer(false)}>
                  Continuer la saisie
                </Button>
                <Button color="inherit" onClick={onFermer}>
                  Abandonner
                </Button>
              </>
            }
          >
            Abandonner ce que vous avez saisi ?
          </Alert>
        ) : (
          <DialogActions sx={{ px: 3, pb: 2, gap: 1 }}>
            <Box sx={{ flex: 1, display: 'flex', gap: 1 }}>{actionsGauche}</Box>
            <Button onClick={demanderFermeture}>{libelleAnnuler}</Button>
            <BoutonEnvoi enCours={enCours}>
              {libelleEnvoi}
              <Touche>Ctrl+Entrée</Touche>
            </BoutonEnvoi>
          </DialogActions>
        )}
      </Formulaire>
    </Dialog>
  );
}
