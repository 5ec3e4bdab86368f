import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Radio,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  GENRE_CHRONOLOGIE_LIBELLES,
  type ChampFusion,
  type GenreChronologie,
  type JeuneResume,
} from '../../../src-main/contract';
import { appeler, messageErreur, type Entree, type ErreurApi, type Sortie } from '../../api/client';
import { useRequete } from '../../api/hooks';
import { EnTeteTableau } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { BoutonEnvoi, Formulaire, ProgresDialogue } from '../../components/formulaires';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { CHAMP_FUSION_LIBELLES, nomComplet, valeursDe } from './logique';
import { RechercheJeune } from './RechercheJeune';

/**
 * Two files of the same person made one: the other file is found, the differing values are
 * chosen field by field (the surviving file's by default), then every record moves to the
 * surviving file, and the screen opens it.
 */
export function DialogueFusion({ jeune, onFermer }: { jeune: JeuneResume; onFermer: () => void }) {
  const [autre, setAutre] = useState<JeuneResume | null>(null);
  const [inverse, setInverse] = useState(false);
  return (
    <Dialog
      open
      onClose={(_, raison) => raison !== 'backdropClick' && onFermer()}
      maxWidth="md"
      fullWidth
      aria-labelledby="titre-fusion"
      data-testid="dialogue-fusion"
    >
      <DialogTitle id="titre-fusion" sx={{ pb: 0.5 }}>
        Fusionner deux dossiers
        <Typography variant="body2" color="text.secondary" component="div">
          Deux dossiers pour la même personne : choisissez les bonnes valeurs, tout l'historique est rattaché au dossier
          conservé.
        </Typography>
      </DialogTitle>
      {autre === null ? (
        <>
          <DialogContent sx={{ pt: 2 }}>
            <Typography variant="body2" sx={{ mb: 1.5, mt: 1 }}>
              Dossier ouvert : <strong>{nomComplet(jeune)}</strong>, né(e) le {dateFr(jeune.dateNaissance)} (n°{' '}
              {jeune.id}). Cherchez l'autre dossier :
            </Typography>
            <RechercheJeune libelle="Rechercher l'autre dossier" autoFocus exclure={jeune.id} onChoisir={setAutre} />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={onFermer}>Annuler</Button>
          </DialogActions>
        </>
      ) : (
        <Apercu
          // A new pair is a new comparison: the choices start again from the surviving file.
          key={`${inverse ? autre.id : jeune.id}-${inverse ? jeune.id : autre.id}`}
          conserveId={inverse ? autre.id : jeune.id}
          absorbeId={inverse ? jeune.id : autre.id}
          onInverser={() => setInverse((i) => !i)}
          onRetour={() => {
            setAutre(null);
            setInverse(false);
          }}
          onFermer={onFermer}
        />
      )}
    </Dialog>
  );
}

type Cote = 'conserve' | 'absorbe';

function Apercu({
  conserveId,
  absorbeId,
  onInverser,
  onRetour,
  onFermer,
}: {
  conserveId: number;
  absorbeId: number;
  onInverser: () => void;
  onRetour: () => void;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const client = useQueryClient();
  const apercu = useRequete('jeunes.apercuFusion', { conserveId, absorbeId });
  const [choix, setChoix] = useState<Partial<Record<ChampFusion, Cote>>>({});
  // Not `useAction`: the absorbed file no longer exists, so the screen moves to the surviving
  // file first and only then refreshes what it shows.
  const fusionner = useMutation<Sortie<'jeunes.fusionner'>, ErreurApi, Entree<'jeunes.fusionner'>>({
    mutationFn: (entree) => appeler('jeunes.fusionner', entree),
    onSuccess: (r) => {
      naviguer('dossier', { jeune: r.id });
      void client.invalidateQueries();
      notifier(
        `Dossiers fusionnés : ${r.enregistrementsDeplaces} enregistrement${r.enregistrementsDeplaces > 1 ? 's' : ''} rattaché${r.enregistrementsDeplaces > 1 ? 's' : ''} au dossier n° ${r.id}.`,
      );
      onFermer();
    },
  });

  if (apercu.isLoading) {
    return (
      <DialogContent>
        <Skeleton height={40} />
        <Skeleton variant="rectangular" height={200} />
      </DialogContent>
    );
  }
  if (!apercu.data) {
    return (
      <>
        <DialogContent>
          <Alert severity="error">{messageErreur(apercu.error)}</Alert>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onRetour}>Choisir un autre dossier</Button>
          <Button onClick={onFermer}>Fermer</Button>
        </DialogActions>
      </>
    );
  }
  const { conserve, absorbe, champs, enregistrements } = apercu.data;
  const differents = champs.filter((c) => c.conserveLibelle !== c.absorbeLibelle || c.conserve !== c.absorbe);
  const coteDe = (c: ChampFusion): Cote => choix[c] ?? 'conserve';
  const genre = (g: string) => GENRE_CHRONOLOGIE_LIBELLES[g as GenreChronologie] ?? g;

  return (
    <Formulaire
      onEnvoyer={() => fusionner.mutate({ conserveId, absorbeId, valeursDe: valeursDe(choix) })}
      sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
    >
      <ProgresDialogue enCours={fusionner.isPending || apercu.isFetching} />
      <DialogContent sx={{ pt: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
          <Typography variant="body2" sx={{ flex: 1 }}>
            Le dossier n° {absorbe.id} sera absorbé par le dossier n° {conserve.id}, qui reste.
          </Typography>
          <Button size="small" startIcon={<SwapHorizIcon />} onClick={onInverser}>
            Conserver plutôt le dossier n° {absorbe.id}
          </Button>
        </Stack>
        {differents.length === 0 ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            Les deux dossiers ont les mêmes valeurs : rien à choisir.
          </Alert>
        ) : (
          <Table size="small" aria-label="Valeurs à conserver" sx={{ mb: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>Champ</TableCell>
                <TableCell>
                  Dossier conservé n° {conserve.id}
                  <Typography variant="caption" component="div" color="text.secondary">
                    {nomComplet(conserve)}
                  </Typography>
                </TableCell>
                <TableCell>
                  Dossier absorbé n° {absorbe.id}
                  <Typography variant="caption" component="div" color="text.secondary">
                    {nomComplet(absorbe)}
                  </Typography>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {differents.map((c) => (
                <TableRow key={c.champ} data-testid="ligne-fusion">
                  <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{CHAMP_FUSION_LIBELLES[c.champ]}</TableCell>
                  {(['conserve', 'absorbe'] as const).map((cote) => (
                    <TableCell key={cote} sx={{ py: 0 }}>
                      <Box
                        component="label"
                        sx={{ display: 'flex', alignItems: 'center', cursor: 'pointer', gap: 0.5 }}
                      >
                        <Radio
                          size="small"
                          name={`fusion-${c.champ}`}
                          checked={coteDe(c.champ) === cote}
                          onChange={() => setChoix((avant) => ({ ...avant, [c.champ]: cote }))}
                          slotProps={{
                            input: {
                              'aria-label': `${CHAMP_FUSION_LIBELLES[c.champ]} : ${(cote === 'conserve' ? c.conserveLibelle : c.absorbeLibelle) || 'vide'} (dossier n° ${cote === 'conserve' ? conserve.id : absorbe.id})`,
                            },
                          }}
                        />
                        <span>
                          {(cote === 'conserve' ? c.conserveLibelle : c.absorbeLibelle) || (
                            <Typography component="em" variant="body2" color="text.secondary">
                              vide
                            </Typography>
                          )}
                        </span>
                      </Box>
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
          Enregistrements de chaque dossier
        </Typography>
        <Table size="small" aria-label="Enregistrements de chaque dossier" sx={{ maxWidth: 520 }}>
          <EnTeteTableau
            colonnes={[
              'Genre',
              { libelle: `n° ${conserve.id}`, align: 'right' },
              { libelle: `n° ${absorbe.id}`, align: 'right' },
            ]}
          />
          <TableBody>
            {enregistrements.map((r) => (
              <TableRow key={r.genre}>
                <TableCell>{genre(r.genre)}</TableCell>
                <TableCell align="right">{r.conserve}</TableCell>
                <TableCell align="right">{r.absorbe}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      {/* Outside the scrolling content: seen at once, next to the button just pressed. */}
      {fusionner.error ? (
        <Alert severity="error" sx={{ mx: 3, mt: 1 }}>
          {fusionner.error.message}
        </Alert>
      ) : null}
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Box sx={{ flex: 1 }}>
          <Button onClick={onRetour}>Choisir un autre dossier</Button>
        </Box>
        <Button onClick={onFermer}>Annuler</Button>
        <BoutonEnvoi enCours={fusionner.isPending} color="warning">
          Fusionner dans le dossier n° {conserve.id}
        </BoutonEnvoi>
      </DialogActions>
    </Formulaire>
  );
}
