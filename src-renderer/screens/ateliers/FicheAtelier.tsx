import { useState, type ReactNode } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { DIMENSION_LIBELLES, TYPE_ATELIER_LIBELLES, type JeuneResume } from '../../../src-main/contract';
import { messageErreur, type Sortie } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { Vide } from '../../components/communs';
import { age, aujourdhuiIso, dateFr, dateLongue } from '../../components/dates';
import { BoutonEnvoi, ProgresDialogue } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { useDiffere } from '../../components/useDiffere';
import { nomJeune } from '../portefeuille/liste';
import { DialogueAtelier } from './DialogueAtelier';
import { emargementOuvert, heureDeFin, messageEmargement } from './periode';

type Participant = Sortie<'ateliers.lire'>['participants'][number];

function Info({ libelle, children }: { libelle: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {libelle}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
}

/**
 * A workshop (opened from the list or from `#/ateliers?atelier=ID`): its details and its
 * attendance list. Ticking a jeune present and saving puts the workshop's event on their file.
 */
export function FicheAtelier({ id, onFermer }: { id: number; onFermer: () => void }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const lire = useRequete('ateliers.lire', { id });
  const emarger = useAction('ateliers.emarger');
  const desinscrire = useAction('ateliers.desinscrire');
  const [modification, setModification] = useState(false);
  /** Ticks changed since the list was last saved; the others show what is saved. */
  const [changes, setChanges] = useState<ReadonlyMap<number, boolean>>(new Map());
  const a = lire.data;
  const ouvert = a ? emargementOuvert(a.date, aujourdhuiIso()) : false;
  const peutEmarger = peut('ateliers.emarger') && ouvert;
  const participants = a?.participants ?? [];
  const coche = (p: Participant) => changes.get(p.jeuneId) ?? p.present === true;
  const nbCoches = participants.filter(coche).length;
  const modifie = participants.some((p) => changes.has(p.jeuneId) && changes.get(p.jeuneId) !== (p.present === true));
  const basculer = (p: Participant, v: boolean) => setChanges((c) => new Map(c).set(p.jeuneId, v));
  const toutCocher = (v: boolean) => setChanges(new Map(participants.map((p) => [p.jeuneId, v])));
  const lienDossier = peut('jeunes.chronologie');

  const enregistrer = () => {
    if (!a) return;
    emarger.mutate(
      { atelierId: a.id, presents: participants.filter(coche).map((p) => p.jeuneId) },
      {
        onSuccess: (r) => {
          notifier(messageEmargement(r));
          setChanges(new Map());
        },
      },
    );
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="md" fullWidth aria-labelledby="titre-atelier" data-testid="fiche-atelier">
      <DialogTitle id="titre-atelier" sx={{ pr: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box sx={{ flex: 1 }}>
            {a ? a.intitule : 'Atelier'}
            {a ? (
              <Typography variant="body2" color="text.secondary">
                {TYPE_ATELIER_LIBELLES[a.type]} · {dateLongue(a.date)}, {a.heure} –{' '}
                {heureDeFin(a.heure, a.dureeMinutes)}
              </Typography>
            ) : null}
          </Box>
          {a && peut('ateliers.modifier') ? (
            <Button startIcon={<EditIcon />} onClick={() => setModification(true)}>
              Modifier
            </Button>
          ) : null}
        </Stack>
      </DialogTitle>
      <ProgresDialogue enCours={lire.isFetching || emarger.isPending || desinscrire.isPending} />
      <DialogContent>
        {lire.error ? <Alert severity="error">{messageErreur(lire.error)}</Alert> : null}
        {a ? (
          <>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 2, mb: 2 }}>
              <Info libelle="Site">{a.siteNom}</Info>
              <Info libelle="Animateur">{a.animateurNom}</Info>
              <Info libelle="Durée">{a.dureeMinutes} min</Info>
              <Info libelle="Places">
                <span data-testid="places-atelier">
                  {a.inscrits} inscrit{a.inscrits > 1 ? 's' : ''} sur {a.capacite}
                </span>
              </Info>
              <Info libelle="Présents">{a.presents === null ? 'Pas encore émargé' : a.presents}</Info>
            </Box>
            {a.themes.length > 0 ? (
              <Stack direction="row" spacing={0.75} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 0.75 }}>
                {a.themes.map((t) => (
                  <Chip key={t} size="small" label={DIMENSION_LIBELLES[t]} />
                ))}
              </Stack>
            ) : null}
            {a.note ? (
              <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
                {a.note}
              </Typography>
            ) : null}

            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
                Liste d'émargement
              </Typography>
              {peutEmarger && participants.length > 0 ? (
                <>
                  <Button size="small" onClick={() => toutCocher(true)}>
                    Tous présents
                  </Button>
                  <Button size="small" onClick={() => toutCocher(false)}>
                    Tout décocher
                  </Button>
                </>
              ) : null}
            </Stack>
            {!ouvert ? (
              <Alert severity="info" sx={{ mb: 1 }} data-testid="emargement-ferme">
                L'émargement s'ouvre le jour de l'atelier ({dateFr(a.date)}) : vous cocherez alors les présents. D'ici
                là, inscrivez ou retirez des jeunes.
              </Alert>
            ) : null}
            {peut('ateliers.inscrire') && peut('jeunes.rechercher') ? (
              <AjoutJeune
                atelierId={a.id}
                inscrits={new Set(participants.map((p) => p.jeuneId))}
                complet={a.inscrits >= a.capacite}
                // On the day, a jeune added to the list is there: ticked, to be saved with the others.
                onInscrit={(jeuneId) => {
                  if (peutEmarger) setChanges((c) => new Map(c).set(jeuneId, true));
                }}
              />
            ) : null}
            {participants.length === 0 ? (
              <Vide>Aucun jeune inscrit pour l'instant.</Vide>
            ) : (
              <Table size="small" aria-label="Liste d'émargement">
                <TableHead>
                  <TableRow>
                    <TableCell padding="checkbox">Présent</TableCell>
                    <TableCell>Jeune</TableCell>
                    <TableCell>Naissance</TableCell>
                    <TableCell>Émargement enregistré</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {participants.map((p) => {
                    const nom = nomJeune(p);
                    return (
                      <TableRow key={p.jeuneId} data-testid="participant" data-jeune={p.jeuneId}>
                        <TableCell padding="checkbox">
                          <Checkbox
                            checked={coche(p)}
                            disabled={!peutEmarger}
                            onChange={(e) => basculer(p, e.target.checked)}
                            slotProps={{ input: { 'aria-label': `${nom} présent(e)` } }}
                          />
                        </TableCell>
                        <TableCell sx={{ fontWeight: 600 }}>
                          {lienDossier ? (
                            <Link href={`#/dossier?jeune=${p.jeuneId}`} underline="hover">
                              {nom}
                            </Link>
                          ) : (
                            nom
                          )}
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {dateFr(p.dateNaissance)} · {age(p.dateNaissance)} ans
                        </TableCell>
                        <TableCell>
                          {p.present === null ? (
                            <Typography variant="body2" color="text.disabled">
                              —
                            </Typography>
                          ) : (
                            <Chip
                              size="small"
                              color={p.present ? 'success' : 'default'}
                              variant={p.present ? 'filled' : 'outlined'}
                              label={p.present ? 'Présent(e)' : 'Absent(e)'}
                            />
                          )}
                        </TableCell>
                        <TableCell align="right">
                          {peut('ateliers.desinscrire') ? (
                            <Tooltip
                              title={
                                p.present
                                  ? "Marqué(e) présent(e) : décochez et enregistrez l'émargement avant de retirer"
                                  : 'Retirer de la liste'
                              }
                            >
                              <span>
                                <IconButton
                                  aria-label={`Retirer ${nom} de la liste`}
                                  disabled={p.present === true || desinscrire.isPending}
                                  onClick={() =>
                                    desinscrire.mutate(
                                      { atelierId: a.id, jeuneId: p.jeuneId },
                                      {
                                        onSuccess: (r) =>
                                          notifier(`${nom} retiré(e) de la liste (${r.inscrits} / ${r.capacite}).`),
                                        onError: (e) => notifier(e.message, 'error'),
                                      },
                                    )
                                  }
                                >
                                  <PersonRemoveIcon fontSize="small" />
                                </IconButton>
                              </span>
                            </Tooltip>
                          ) : null}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
            {emarger.error ? (
              <Alert severity="error" sx={{ mt: 2 }}>
                {emarger.error.message}
              </Alert>
            ) : null}
          </>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {peutEmarger && participants.length > 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }} data-testid="compte-emargement">
            {nbCoches} présent{nbCoches > 1 ? 's' : ''} sur {participants.length}
            {modifie ? ' · modifications non enregistrées' : ''}
          </Typography>
        ) : null}
        <Button onClick={onFermer}>Fermer</Button>
        {peutEmarger && participants.length > 0 ? (
          <BoutonEnvoi type="button" enCours={emarger.isPending} onClick={enregistrer}>
            Enregistrer l'émargement
          </BoutonEnvoi>
        ) : null}
      </DialogActions>
      {modification && a ? (
        <DialogueAtelier
          atelier={a}
          siteId={a.siteId}
          onFermer={() => setModification(false)}
          onEnregistre={() => setModification(false)}
        />
      ) : null}
    </Dialog>
  );
}

/** Finds a jeune as at the desk and puts them on the list (within the places). */
function AjoutJeune({
  atelierId,
  inscrits,
  complet,
  onInscrit,
}: {
  atelierId: number;
  inscrits: Set<number>;
  complet: boolean;
  onInscrit: (jeuneId: number) => void;
}) {
  const notifier = useNotifier();
  const inscrire = useAction('ateliers.inscrire');
  const [texte, setTexte] = useState('');
  const recherche = useDiffere(texte.trim(), 150);
  const resultats = useRequete(
    'jeunes.rechercher',
    { texte: recherche, limite: 15 },
    { enabled: recherche.length >= 2, garderPrecedent: true },
  );
  const options = recherche.length >= 2 ? (resultats.data?.jeunes ?? []).filter((j) => !inscrits.has(j.id)) : [];
  return (
    <Autocomplete<JeuneResume>
      sx={{ mb: 1 }}
      options={options}
      value={null}
      inputValue={texte}
      onInputChange={(_, v, raison) => {
        if (raison !== 'reset') setTexte(v);
      }}
      onChange={(_, j) => {
        if (!j) return;
        inscrire.mutate(
          { atelierId, jeuneId: j.id },
          {
            onSuccess: (r) => {
              notifier(`${nomJeune(j)} inscrit(e) (${r.inscrits} / ${r.capacite}).`);
              setTexte('');
              onInscrit(j.id);
            },
            onError: (e) => notifier(e.message, 'error'),
          },
        );
      }}
      getOptionLabel={(j) => nomJeune(j)}
      filterOptions={(x) => x}
      loading={resultats.isFetching}
      loadingText="Recherche…"
      noOptionsText={recherche.length < 2 ? 'Tapez au moins deux caractères' : 'Aucun jeune trouvé'}
      disabled={complet || inscrire.isPending}
      renderOption={(props, j) => {
        const { key, ...reste } = props as typeof props & { key: string };
        return (
          <li key={key} {...reste}>
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {nomJeune(j)}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {[`${dateFr(j.dateNaissance)} · ${age(j.dateNaissance)} ans`, j.communeNom, j.conseillerNom]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </Box>
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Ajouter un jeune"
          placeholder="Nom, prénom, date de naissance JJ/MM/AAAA"
          helperText={complet ? 'Atelier complet : retirez un jeune, ou augmentez la capacité (Modifier).' : undefined}
        />
      )}
    />
  );
}
