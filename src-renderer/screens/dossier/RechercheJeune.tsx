import { Alert, Box, LinearProgress, List, Stack } from '@mui/material';
import type { JeuneResume } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { Vide } from '../../components/communs';
import { dateFr } from '../../components/dates';
import { ChampRechercheJeune, JeuneTrouve, MIN_RECHERCHE, useRechercheJeunes } from '../../components/rechercheJeune';

/**
 * A search as you type (`jeunes.rechercher`) with its results: ↑ ↓ choose, Entrée opens.
 * Used to open a file and to pick the other file of a merge.
 */
export function RechercheJeune({
  libelle,
  onChoisir,
  exclure,
  autoFocus,
}: {
  libelle: string;
  onChoisir: (jeune: JeuneResume) => void;
  /** A file not offered (the one already open, when merging). */
  exclure?: number;
  autoFocus?: boolean;
}) {
  const { texte, changer, clavier, recherche, resultats, jeunes, surligne } = useRechercheJeunes(onChoisir, {
    exclure,
  });

  return (
    <Stack spacing={1}>
      <ChampRechercheJeune
        libelle={libelle}
        autoFocus={autoFocus}
        valeur={texte}
        onChange={changer}
        onKeyDown={clavier}
      />
      <Box sx={{ height: 2 }}>{resultats.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      {resultats.error ? <Alert severity="error">{messageErreur(resultats.error)}</Alert> : null}
      {recherche.length < MIN_RECHERCHE ? (
        <Vide>Tapez au moins deux caractères : un nom sans accents, une date de naissance ou un téléphone.</Vide>
      ) : jeunes.length === 0 && resultats.data ? (
        <Vide>Aucun dossier ne correspond à « {recherche} ».</Vide>
      ) : (
        <List dense disablePadding aria-label="Dossiers trouvés">
          {jeunes.map((j, i) => (
            <JeuneTrouve
              key={j.id}
              jeune={j}
              surligne={i === surligne}
              onChoisir={() => onChoisir(j)}
              testId="dossier-trouve"
              apresNaissance={` · dossier n° ${j.id}`}
              details={[j.dernierContactDate ? `Dernier contact le ${dateFr(j.dernierContactDate)}` : null]}
            />
          ))}
        </List>
      )}
    </Stack>
  );
}
