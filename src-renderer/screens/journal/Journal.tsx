import { useState, type ReactNode } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import {
  ACTION_JOURNAL_LIBELLES,
  ACTIONS_JOURNAL,
  type ActionJournal,
  type EntreeJournal,
} from '../../../src-main/contract';
import { messageErreur, type Entree } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction, useLecture, useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau } from '../../components/communs';
import { dateFr, dateHeureFr, dateIso } from '../../components/dates';
import { BoutonEnvoi, ChampDate, Formulaire, ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';

type Filtres = Omit<Entree<'journal.rechercher'>, 'avantId' | 'limite'>;
const PAR_PAGE = 50;

const OBJETS: Record<NonNullable<EntreeJournal['objetType']>, string> = {
  jeune: 'Dossier',
  utilisateur: 'Compte',
  parametres: 'Réglages',
  journal: 'Journal',
  entreprise: 'Entreprise',
};

/** What an entry is about, as a person reads it: the record's kind, its name and number. */
export function objetEntree(e: EntreeJournal): string {
  if (!e.objetType) return '—';
  const nature = OBJETS[e.objetType];
  if (e.objetId === null) return nature;
  if (e.objetLibelle) return `${nature} : ${e.objetLibelle} (n° ${e.objetId})`;
  return `${nature} n° ${e.objetId}${e.objetType === 'jeune' ? ' (anonymisé ou supprimé)' : ''}`;
}

export function personneEntree(e: EntreeJournal): string {
  return e.utilisateurNom ?? (e.utilisateurId === null ? 'Personne (non connecté)' : `Compte n° ${e.utilisateurId}`);
}

/** The access trail: who did what on which record, from which workstation; its integrity; its purge. */
export function Journal({ jeuneInitial }: { jeuneInitial?: number }) {
  const { peut } = useDroits();
  const personnel = useRequete('personnel.lister', { actifsSeulement: false });
  const [personne, setPersonne] = useState<number | null>(null);
  const [jeune, setJeune] = useState(jeuneInitial ? String(jeuneInitial) : '');
  const [action, setAction] = useState<ActionJournal | null>(null);
  const [du, setDu] = useState('');
  const [au, setAu] = useState('');
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [filtres, setFiltres] = useState<Filtres>(jeuneInitial ? { jeuneId: jeuneInitial } : {});
  const [pages, setPages] = useState<(number | undefined)[]>([undefined]);

  const rechercher = () => {
    const e: Record<string, string> = {};
    const f: Filtres = {};
    if (personne !== null) f.utilisateurId = personne;
    if (jeune.trim() !== '') {
      const n = Number(jeune.trim());
      if (Number.isInteger(n) && n > 0) f.jeuneId = n;
      else e.jeune = 'Un numéro de dossier (nombre entier).';
    }
    if (action !== null) f.action = action;
    for (const [cle, saisie] of [
      ['du', du],
      ['au', au],
    ] as const) {
      if (saisie.trim() === '') continue;
      const iso = dateIso(saisie);
      if (iso) f[cle] = iso;
      else e[cle] = 'Date invalide (JJ/MM/AAAA).';
    }
    if (f.du && f.au && f.du > f.au) e.au = 'La fin doit suivre le début.';
    setErreurs(e);
    if (Object.keys(e).length > 0) return;
    setFiltres(f);
    setPages([undefined]);
  };

  const effacer = () => {
    setPersonne(null);
    setJeune('');
    setAction(null);
    setDu('');
    setAu('');
    setErreurs({});
    setFiltres({});
    setPages([undefined]);
  };

  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
        Journal des accès
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Chaque consultation, modification ou export d'un dossier, chaque connexion et chaque changement de compte y est
        inscrit, sans donnée personnelle ; une chaîne d'empreintes rend toute altération détectable.
      </Typography>
      <Formulaire
        aria-label="Filtres du journal"
        onEnvoyer={rechercher}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start', mb: 2 }}
      >
        <ListeChoix
          label="Personne"
          valeur={personne}
          onChange={setPersonne}
          options={(personnel.data ?? []).map((p) => ({
            valeur: p.id,
            libelle: `${p.prenom} ${p.nom}${p.actif ? '' : ' (inactif)'}`,
          }))}
          vide="Toutes"
          sx={{ minWidth: 220 }}
        />
        <TextField
          label="N° de dossier jeune"
          value={jeune}
          onChange={(e) => setJeune(e.target.value.replace(/\D/g, ''))}
          error={Boolean(erreurs.jeune)}
          helperText={erreurs.jeune}
          sx={{ width: 170 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <ListeChoix
          label="Action"
          valeur={action}
          onChange={setAction}
          options={ACTIONS_JOURNAL.map((a) => ({ valeur: a, libelle: ACTION_JOURNAL_LIBELLES[a] }))}
          vide="Toutes"
          sx={{ minWidth: 240 }}
        />
        {(
          [
            ['du', 'Du', du, setDu],
            ['au', 'Au', au, setAu],
          ] as const
        ).map(([cle, libelle, valeur, changer]) => (
          <ChampDate
            key={cle}
            label={libelle}
            value={valeur}
            onChange={changer}
            error={Boolean(erreurs[cle])}
            helperText={erreurs[cle]}
            sx={{ width: 140 }}
          />
        ))}
        <Button type="submit" variant="contained" startIcon={<SearchIcon />} sx={{ mt: 0.25 }}>
          Rechercher
        </Button>
        <Button onClick={effacer} sx={{ mt: 0.25 }}>
          Effacer les filtres
        </Button>
      </Formulaire>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 360px' },
          alignItems: 'start',
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <Bloc titre="Entrées (les plus récentes d'abord)">
            <Table size="small" aria-label="Entrées du journal">
              <EnTeteTableau colonnes={['Date et heure', 'Personne', 'Action', 'Objet', 'Poste']} />
              <TableBody>
                {pages.map((avantId, i) => (
                  <PageJournal
                    key={avantId ?? 'premiere'}
                    filtres={filtres}
                    avantId={avantId}
                    derniere={i === pages.length - 1}
                    premiere={i === 0}
                    onSuivante={(suivant) => setPages((p) => [...p, suivant])}
                  />
                ))}
              </TableBody>
            </Table>
          </Bloc>
        </Stack>
        <Stack spacing={2}>
          <Integrite />
          {peut('journal.apercuPurge') ? <Purge /> : null}
        </Stack>
      </Box>
    </Box>
  );
}

function PageJournal({
  filtres,
  avantId,
  premiere,
  derniere,
  onSuivante,
}: {
  filtres: Filtres;
  avantId: number | undefined;
  premiere: boolean;
  derniere: boolean;
  onSuivante: (avantId: number) => void;
}) {
  const page = useRequete('journal.rechercher', {
    ...filtres,
    ...(avantId === undefined ? {} : { avantId }),
    limite: PAR_PAGE,
  });
  const ligneSeule = (contenu: ReactNode) => (
    <TableRow>
      <TableCell colSpan={5} sx={{ textAlign: 'center', color: 'text.secondary', py: 2 }}>
        {contenu}
      </TableCell>
    </TableRow>
  );
  if (page.error) return ligneSeule(<Alert severity="error">{messageErreur(page.error)}</Alert>);
  if (!page.data) return ligneSeule('Chargement…');
  const { entrees, suivant } = page.data;
  return (
    <>
      {premiere && entrees.length === 0 ? ligneSeule('Aucune entrée ne correspond à ces filtres.') : null}
      {entrees.map((e) => (
        <TableRow key={e.id} data-testid="entree-journal" hover>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateHeureFr(e.horodatage)}</TableCell>
          <TableCell>{personneEntree(e)}</TableCell>
          <TableCell>
            {ACTION_JOURNAL_LIBELLES[e.action]}
            {e.action === 'acces_refuse' && e.methode ? (
              <Typography variant="caption" color="text.secondary" component="div">
                {e.methode}
              </Typography>
            ) : null}
          </TableCell>
          <TableCell>{objetEntree(e)}</TableCell>
          <TableCell sx={{ color: 'text.secondary' }}>{e.poste}</TableCell>
        </TableRow>
      ))}
      {derniere && suivant !== null
        ? ligneSeule(
            <Button onClick={() => onSuivante(suivant)} disabled={page.isFetching}>
              Entrées plus anciennes
            </Button>,
          )
        : null}
    </>
  );
}

function Integrite() {
  const verifier = useLecture('journal.verifier');
  const r = verifier.data;
  return (
    <Bloc titre="Intégrité" chargement={verifier.isPending}>
      <Stack spacing={1.5} sx={{ p: 2, pt: 0 }}>
        <Typography variant="body2" color="text.secondary">
          Recalcule la chaîne d'empreintes : une entrée modifiée, retirée ou insérée après coup y apparaît.
        </Typography>
        <Button
          variant="outlined"
          startIcon={<VerifiedUserIcon />}
          disabled={verifier.isPending}
          onClick={() => verifier.mutate({})}
          sx={{ alignSelf: 'flex-start' }}
        >
          Vérifier l'intégrité
        </Button>
        {verifier.error ? <Alert severity="error">{verifier.error.message}</Alert> : null}
        {r ? (
          r.intact ? (
            <Alert severity="success" data-testid="resultat-integrite">
              <AlertTitle>Journal intact</AlertTitle>
              {r.entrees} entrée{r.entrees > 1 ? 's' : ''} vérifiée{r.entrees > 1 ? 's' : ''}
              {r.premiere !== null ? ` (n° ${r.premiere} à ${r.derniere})` : ''}.
            </Alert>
          ) : (
            <Alert severity="error" data-testid="resultat-integrite">
              <AlertTitle>Journal altéré</AlertTitle>
              {r.rupture
                ? `Première entrée en cause : n° ${r.rupture.id}${r.rupture.horodatage ? ` du ${dateHeureFr(r.rupture.horodatage)}` : ''}. ${r.rupture.raison}`
                : 'La chaîne ne correspond pas.'}
            </Alert>
          )
        ) : null}
      </Stack>
    </Bloc>
  );
}

function Purge() {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const apercu = useLecture('journal.apercuPurge');
  const purger = useAction('journal.purger');
  const [confirmer, setConfirmer] = useState(false);
  const a = apercu.data;
  return (
    <Bloc titre="Purge des entrées anciennes" chargement={apercu.isPending}>
      <Stack spacing={1.5} sx={{ p: 2, pt: 0 }}>
        <Typography variant="body2" color="text.secondary">
          Les entrées plus anciennes que la durée de conservation (réglée dans « Paramètres ») peuvent être supprimées ;
          la purge est elle-même inscrite au journal.
        </Typography>
        <Button
          variant="outlined"
          disabled={apercu.isPending}
          onClick={() => apercu.mutate({})}
          sx={{ alignSelf: 'flex-start' }}
        >
          Voir ce que la purge supprimerait
        </Button>
        {apercu.error ? <Alert severity="error">{apercu.error.message}</Alert> : null}
        {a ? (
          <Alert severity={a.entrees > 0 ? 'warning' : 'info'} data-testid="apercu-purge">
            Conservation : {a.conservationMois} mois.{' '}
            {a.entrees === 0
              ? `Aucune entrée antérieure au ${dateFr(a.limite)} : rien à purger.`
              : `${a.entrees} entrée${a.entrees > 1 ? 's' : ''} antérieure${a.entrees > 1 ? 's' : ''} au ${dateFr(a.limite)}${a.plusAncienne ? ` (la plus ancienne du ${dateHeureFr(a.plusAncienne)})` : ''}.`}
          </Alert>
        ) : null}
        {a && a.entrees > 0 && peut('journal.purger') ? (
          <Button color="error" variant="contained" onClick={() => setConfirmer(true)} sx={{ alignSelf: 'flex-start' }}>
            Purger {a.entrees} entrée{a.entrees > 1 ? 's' : ''}…
          </Button>
        ) : null}
      </Stack>
      {confirmer && a ? (
        <Dialog open onClose={() => setConfirmer(false)} aria-labelledby="titre-purge">
          <Formulaire
            onEnvoyer={() => {
              purger.mutate(
                { limite: a.limite },
                {
                  onSuccess: (r) => {
                    notifier(
                      `${r.supprimees} entrée${r.supprimees > 1 ? 's' : ''} supprimée${r.supprimees > 1 ? 's' : ''} du journal.`,
                    );
                    setConfirmer(false);
                    apercu.reset();
                  },
                },
              );
            }}
          >
            <DialogTitle id="titre-purge">Purger le journal ?</DialogTitle>
            <DialogContent>
              <DialogContentText>
                {a.entrees} entrée{a.entrees > 1 ? 's' : ''} antérieure{a.entrees > 1 ? 's' : ''} au {dateFr(a.limite)}{' '}
                {a.entrees > 1 ? 'seront supprimées' : 'sera supprimée'} définitivement. Cette action ne peut pas être
                annulée.
              </DialogContentText>
              {purger.error ? (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {purger.error.message}
                </Alert>
              ) : null}
            </DialogContent>
            <DialogActions sx={{ px: 3, pb: 2 }}>
              <Button onClick={() => setConfirmer(false)} autoFocus>
                Annuler
              </Button>
              <BoutonEnvoi enCours={purger.isPending} color="error">
                Purger définitivement
              </BoutonEnvoi>
            </DialogActions>
          </Formulaire>
        </Dialog>
      ) : null}
    </Bloc>
  );
}
