import { useState } from 'react';
import { Alert, Box, Chip, LinearProgress, List, Stack, Typography } from '@mui/material';
import type { JeuneResume } from '../../src-main/contract';
import { champErreur, messageErreur } from '../api/client';
import { nomComplet } from '../screens/dossier/logique';
import { Vide } from './communs';
import { ChampRechercheJeune, JeuneTrouve, MIN_RECHERCHE, useRechercheJeunes } from './rechercheJeune';

/**
 * The state of a pick of several jeunes: those chosen, the message shown under the list, whether
 * the conseiller has touched anything. `deja` are the jeunes already taken (shown, not taken again:
 * `dejaPris` says why).
 */
export function useChoixJeunes(deja: readonly number[], dejaPris: (jeune: JeuneResume) => string) {
  const [choisis, setChoisis] = useState<JeuneResume[]>([]);
  const [modifie, setModifie] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const basculer = (j: JeuneResume) => {
    setModifie(true);
    if (deja.includes(j.id)) {
      setMessage(dejaPris(j));
      return;
    }
    setMessage(null);
    setChoisis((avant) => (avant.some((x) => x.id === j.id) ? avant.filter((x) => x.id !== j.id) : [...avant, j]));
  };
  /** Whether a jeune is chosen; if not, says so under the list. */
  const verifier = () => {
    if (choisis.length > 0) return true;
    setMessage('Choisissez au moins un jeune : tapez son nom, puis Entrée ou un clic.');
    return false;
  };
  return { deja, choisis, basculer, verifier, message, modifie, marquerModifie: () => setModifie(true) };
}

export type ChoixJeunesEtat = ReturnType<typeof useChoixJeunes>;

/**
 * Jeunes found as you type (the file's search: ↑ ↓ choose, Entrée adds or removes the highlighted
 * one), several at a time, the chosen ones as chips below, and the message or the server's
 * refusal about them.
 */
export function ChoixJeunes({
  etat,
  erreur,
  libelleDeja,
  testIds,
}: {
  etat: ChoixJeunesEtat;
  /** The server's refusal, for its word on `jeuneIds`. */
  erreur: Error | null;
  /** What a jeune already taken shows after the birth date (« · déjà … »). */
  libelleDeja: string;
  testIds: { bloc: string; trouve: string; choisi: string };
}) {
  const { deja, choisis, basculer, message } = etat;
  const { texte, changer, clavier, recherche, resultats, jeunes, surligne } = useRechercheJeunes(basculer);
  const erreurJeunes = message ?? champErreur(erreur, 'jeuneIds');
  return (
    <>
      <Box data-testid={testIds.bloc} sx={{ pt: 1 }}>
        <ChampRechercheJeune
          libelle="Rechercher un jeune"
          autoFocus
          valeur={texte}
          onChange={changer}
          onKeyDown={clavier}
        />
        <Box sx={{ height: 2 }}>{resultats.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
        {resultats.error ? <Alert severity="error">{messageErreur(resultats.error)}</Alert> : null}
        <Box sx={{ maxHeight: 260, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, mt: 0.5 }}>
          {recherche.length < MIN_RECHERCHE ? (
            <Vide>Tapez au moins deux caractères du nom, une date de naissance ou un téléphone.</Vide>
          ) : jeunes.length === 0 && resultats.data ? (
            <Vide>Aucun dossier ne correspond à « {recherche} ».</Vide>
          ) : (
            <List dense disablePadding aria-label="Jeunes trouvés">
              {jeunes.map((j, i) => {
                const choisi = choisis.some((x) => x.id === j.id);
                return (
                  <JeuneTrouve
                    key={j.id}
                    jeune={j}
                    surligne={i === surligne}
                    choisi={choisi}
                    onChoisir={() => basculer(j)}
                    testId={testIds.trouve}
                    apresNaissance={choisi ? ' · ✓ choisi(e)' : deja.includes(j.id) ? libelleDeja : ''}
                    details={[]}
                  />
                );
              })}
            </List>
          )}
        </Box>
      </Box>
      <Stack
        direction="row"
        spacing={1}
        sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1, alignItems: 'center', minHeight: 32 }}
        aria-label="Jeunes choisis"
        role="group"
      >
        <Typography variant="body2" color={erreurJeunes ? 'error' : 'text.secondary'}>
          {choisis.length === 0 ? 'Aucun jeune choisi.' : `Choisi${choisis.length > 1 ? 's' : ''} :`}
        </Typography>
        {choisis.map((j) => (
          <Chip
            key={j.id}
            label={nomComplet(j)}
            onDelete={() => basculer(j)}
            color="primary"
            data-testid={testIds.choisi}
          />
        ))}
      </Stack>
      {erreurJeunes ? (
        <Typography variant="caption" color="error" component="p" sx={{ mt: 0.5 }} role="alert">
          {erreurJeunes}
        </Typography>
      ) : null}
    </>
  );
}
