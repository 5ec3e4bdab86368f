import { useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Link,
  List,
  Switch,
  Table,
  TableBody,
  TableCell,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  DOMAINE_FORMATION_LIBELLES,
  DOMAINES_FORMATION,
  NIVEAU_LIBELLES,
  NIVEAUX,
  SOUS_TYPES_SITUATION,
  STATUT_ACTION_LIBELLES,
  STATUTS_ACTION,
  type JeuneResume,
  type LigneAction,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useLecture, useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau, Touche, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { ChampDate, ListeChoix } from '../../components/formulaires';
import {
  BarreFiltres,
  EnTeteRecherche,
  LigneOuvrable,
  TotalTrouves,
  useFiltresSession,
  useLignesRecherche,
  useRaccourciNouveau,
} from '../../components/listeRecherche';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { ChampRechercheJeune, JeuneTrouve, MIN_RECHERCHE, useRechercheJeunes } from '../../components/rechercheJeune';
import { useDiffere } from '../../components/useDiffere';
import { ChoixCommune } from '../annuaire/ChoixCommune';
import { nomComplet } from '../dossier/logique';
import { DialogueAction } from './DialogueAction';
import { DialogueImportActions } from './DialogueImportActions';
import { ChoixCodes, Places, PuceStatutAction, useProgrammes } from './elements';
import {
  criteresActions,
  erreurAgeFiltre,
  erreurDateFiltre,
  FILTRES_ACTIONS,
  filtresActionsActifs,
  filtresPourJeune,
  libelleAges,
  lienPartenaire,
  type FiltresActions,
} from './logique';

/**
 * The training actions, looked up by a conseiller in front of a jeune: those a jeune can still
 * join by default; by field, commune, start dates, status, places left, the jeune's level and age
 * (typed, or read from the file of the jeune chosen with « Pour un jeune »), programme and « mes
 * actions ». ↓ from the search field goes to the lines, ↑ ↓ move, Entrée opens the action.
 */
export function Actions() {
  const { peut } = useDroits();
  const utilisateur = useUtilisateur();
  const [filtres, setFiltres] = useFiltresSession('filtres-actions-formation', FILTRES_ACTIONS);
  const [dialogue, setDialogue] = useState<'nouvelle' | 'import' | 'jeune' | null>(null);
  const texte = useDiffere(filtres.texte, 250);
  const recherche = useRequete('actions.rechercher', criteresActions(filtres, texte, utilisateur.id), {
    garderPrecedent: true,
  });
  const programmes = useProgrammes();
  const maj = (p: Partial<FiltresActions>) => setFiltres({ ...filtres, ...p });
  const actions = recherche.data?.actions ?? [];
  const total = recherche.data?.total ?? 0;
  const programme = peut('actions.importerCsv');
  useRaccourciNouveau(programme && dialogue === null, () => setDialogue('nouvelle'));

  const clavier = useLignesRecherche(actions.length);
  const optionsProgramme = [...programmes];
  if (filtres.programme !== null && !optionsProgramme.includes(filtres.programme))
    optionsProgramme.unshift(filtres.programme);

  return (
    <Box sx={{ p: 2, maxWidth: 1600, mx: 'auto' }} data-testid="actions-formation">
      <EnTeteRecherche
        texte={filtres.texte}
        onTexte={(texte) => maj({ texte })}
        champ={clavier.champ}
        versLignes={actions.length > 0 ? clavier.premiere : null}
        label="Rechercher une action"
        placeholder="Intitulé, certification, organisme, programme ou référence"
        testId="recherche-action"
      >
        {programme ? (
          <>
            <Button
              variant="outlined"
              startIcon={<UploadFileIcon />}
              onClick={() => setDialogue('import')}
              data-testid="importer-actions"
              sx={{ height: 40, whiteSpace: 'nowrap' }}
            >
              Importer un programme (CSV)
            </Button>
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setDialogue('nouvelle')}
              data-testid="nouvelle-action"
              sx={{ height: 40, whiteSpace: 'nowrap' }}
            >
              Nouvelle action <Touche>Alt+N</Touche>
            </Button>
          </>
        ) : null}
      </EnTeteRecherche>

      <BarreFiltres libelle="Filtres des actions" enHaut sx={{ mb: 1.5 }}>
        <ChoixCodes
          label="Domaine"
          codes={DOMAINES_FORMATION}
          libelles={DOMAINE_FORMATION_LIBELLES}
          valeur={filtres.domaines}
          onChange={(domaines) => maj({ domaines })}
          vide="Tous les domaines"
          court={(d) => (d === 'socle' ? 'Savoirs de base' : DOMAINE_FORMATION_LIBELLES[d].split(',')[0]!)}
          testId="filtre-domaine"
          sx={{ minWidth: 220, maxWidth: 360 }}
        />
        <ChoixCommune
          label="Commune"
          valeur={filtres.codeInsee}
          onChange={(codeInsee) => maj({ codeInsee })}
          testId="filtre-commune-action"
          sx={{ minWidth: 220 }}
        />
        <ChampDate
          label="Début à partir du"
          value={filtres.debutApres}
          onChange={(debutApres) => maj({ debutApres })}
          error={Boolean(erreurDateFiltre(filtres.debutApres))}
          helperText={erreurDateFiltre(filtres.debutApres)}
          sx={{ width: 160 }}
        />
        <ChampDate
          label="Début jusqu’au"
          value={filtres.debutAvant}
          onChange={(debutAvant) => maj({ debutAvant })}
          error={Boolean(erreurDateFiltre(filtres.debutAvant))}
          helperText={erreurDateFiltre(filtres.debutAvant)}
          sx={{ width: 160 }}
        />
        <ChoixCodes
          label="Statut"
          codes={STATUTS_ACTION}
          libelles={STATUT_ACTION_LIBELLES}
          valeur={filtres.statuts}
          onChange={(statuts) => maj({ statuts })}
          vide="Tous les statuts"
          testId="filtre-statut-action"
          sx={{ minWidth: 220, maxWidth: 360 }}
        />
        <ListeChoix
          label="Programme"
          valeur={filtres.programme}
          onChange={(p) => maj({ programme: p })}
          options={optionsProgramme.map((p) => ({ valeur: p, libelle: p }))}
          vide="Tous les programmes"
          sx={{ minWidth: 200, maxWidth: 320 }}
        />
      </BarreFiltres>

      <BarreFiltres
        libelle="Pré-requis du jeune"
        enHaut
        retablir={
          filtresActionsActifs(filtres)
            ? { libelle: 'Filtres par défaut', faire: () => setFiltres({ ...FILTRES_ACTIONS, texte: filtres.texte }) }
            : null
        }
      >
        <ListeChoix
          label="Niveau du jeune"
          valeur={filtres.niveau}
          onChange={(niveau) => maj({ niveau })}
          options={NIVEAUX.map((n) => ({ valeur: n, libelle: NIVEAU_LIBELLES[n] }))}
          vide="Niveau non précisé"
          sx={{ minWidth: 230 }}
        />
        <TextField
          label="Âge du jeune"
          value={filtres.age}
          onChange={(e) => maj({ age: e.target.value.replace(/\D/g, '').slice(0, 2) })}
          error={Boolean(erreurAgeFiltre(filtres.age))}
          helperText={erreurAgeFiltre(filtres.age)}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'filtre-age' } }}
          sx={{ width: 120 }}
        />
        {filtres.jeune ? (
          <Chip
            icon={<PersonSearchIcon />}
            label={`Pour ${filtres.jeune.nom}`}
            onDelete={() => maj({ jeune: null, niveau: null, age: '' })}
            color="primary"
            variant="outlined"
            sx={{ height: 40 }}
            data-testid="filtre-jeune"
          />
        ) : (
          <Tooltip
            title="Choisir le jeune reçu : son âge et son niveau (lus dans son dossier) filtrent les pré-requis"
            describeChild
          >
            <Button
              variant="outlined"
              startIcon={<PersonSearchIcon />}
              onClick={() => setDialogue('jeune')}
              sx={{ height: 40 }}
              data-testid="filtre-pour-un-jeune"
            >
              Pour un jeune…
            </Button>
          </Tooltip>
        )}
        <FormControlLabel
          sx={{ height: 40, ml: 0.5 }}
          control={
            <Switch
              checked={filtres.avecPlaces}
              onChange={(e) => maj({ avecPlaces: e.target.checked })}
              slotProps={{ input: { 'data-testid': 'filtre-avec-places' } as object }}
            />
          }
          label="Avec des places"
        />
        <FormControlLabel
          sx={{ height: 40 }}
          control={
            <Switch
              checked={filtres.mesActions}
              onChange={(e) => maj({ mesActions: e.target.checked })}
              slotProps={{ input: { 'data-testid': 'filtre-mes-actions' } as object }}
            />
          }
          label="Mes actions (j’en suis le référent)"
        />
      </BarreFiltres>

      <Bloc
        titre={
          <>
            Actions de formation
            {recherche.data ? (
              <TotalTrouves montres={actions.length} total={total} lesquels="premières" testId="total-actions" />
            ) : null}
          </>
        }
        chargement={recherche.isFetching}
      >
        {recherche.error ? <Alert severity="error">{messageErreur(recherche.error)}</Alert> : null}
        {recherche.data && actions.length === 0 ? (
          <Vide>
            {filtresActionsActifs(filtres) || filtres.texte.trim() !== ''
              ? 'Aucune action ne correspond : retirez un filtre ou changez les mots cherchés. Un besoin validé sans réponse se note dans « Besoins non satisfaits ».'
              : programme
                ? 'Aucune action en recrutement. « Nouvelle action » en saisit une ; « Importer un programme » reprend la liste publiée par le financeur.'
                : 'Aucune action en recrutement pour l’instant : le référent formation saisit la programmation.'}
          </Vide>
        ) : null}
        {actions.length > 0 ? (
          <Table
            size="small"
            aria-label="Actions de formation trouvées"
            sx={{ '& th': { whiteSpace: 'nowrap' }, opacity: recherche.isPlaceholderData ? 0.6 : 1 }}
          >
            <EnTeteTableau
              colonnes={[
                'Action',
                'Organisme',
                'Domaine',
                'Commune',
                'Dates',
                { libelle: 'Places', align: 'right' },
                'Statut',
                'Référent',
              ]}
            />
            <TableBody>
              {actions.map((a, i) => (
                <LigneActionFormation key={a.id} action={a} {...clavier.ligne(i)} />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Bloc>

      {dialogue === 'nouvelle' ? (
        <DialogueAction
          onFermer={(id) => {
            setDialogue(null);
            if (id !== undefined) naviguer('formation', { action: id });
          }}
        />
      ) : null}
      {dialogue === 'import' ? <DialogueImportActions onFermer={() => setDialogue(null)} /> : null}
      {dialogue === 'jeune' ? (
        <DialoguePourUnJeune
          onFermer={() => setDialogue(null)}
          onChoisir={(f) => {
            setFiltres(f(filtres));
            setDialogue(null);
          }}
        />
      ) : null}
    </Box>
  );
}

function LigneActionFormation({
  action: a,
  ref,
  onClavier,
}: {
  action: LigneAction;
  ref: (el: HTMLTableRowElement | null) => void;
  onClavier: (e: KeyboardEvent<HTMLTableRowElement>) => void;
}) {
  const prerequis = [
    a.niveauMinimum ? `${NIVEAU_LIBELLES[a.niveauMinimum].split(' (')[0]} minimum` : null,
    a.ageMinimum !== null || a.ageMaximum !== null ? libelleAges(a.ageMinimum, a.ageMaximum) : null,
  ].filter(Boolean);
  return (
    <LigneOuvrable
      ouvrir={() => naviguer('formation', { action: a.id })}
      ref={ref}
      onClavier={onClavier}
      libelle={`${a.intitule}, ${a.organismeNom} : ouvrir l’action`}
      testId="ligne-action"
      donnees={{ 'data-action': a.id, 'data-statut': a.statut, 'data-restantes': a.placesRestantes }}
      sx={a.statut === 'annulee' ? { opacity: 0.6 } : undefined}
    >
      <TableCell sx={{ minWidth: 240 }}>
        <Typography sx={{ fontWeight: 600 }}>{a.intitule}</Typography>
        <Typography variant="body2" color="text.secondary">
          {[a.certification, SOUS_TYPES_SITUATION.formation[a.typeFormation] ?? a.typeFormation]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        {prerequis.length > 0 ? (
          <Typography variant="caption" color="text.secondary" component="div">
            {prerequis.join(' · ')}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell sx={{ minWidth: 160 }}>
        <Link href={lienPartenaire(a.organismeId)} onClick={(e) => e.stopPropagation()} tabIndex={-1}>
          {a.organismeNom}
        </Link>
        <Typography variant="caption" color="text.secondary" component="div">
          {a.programme}
        </Typography>
      </TableCell>
      <TableCell sx={{ maxWidth: 200 }}>
        <Typography variant="body2">{DOMAINE_FORMATION_LIBELLES[a.domaine]}</Typography>
      </TableCell>
      <TableCell>{a.commune ?? '—'}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {dateFr(a.debut)}
        <Typography variant="caption" color="text.secondary" component="div">
          au {dateFr(a.fin)}
        </Typography>
      </TableCell>
      <TableCell align="right">
        <Places restantes={a.placesRestantes} places={a.places} />
        <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'nowrap' }}>
          {a.positionnements} positionné{a.positionnements > 1 ? 's' : ''}
        </Typography>
      </TableCell>
      <TableCell>
        <PuceStatutAction statut={a.statut} />
      </TableCell>
      <TableCell>{a.referentNom ?? <Typography color="text.disabled">—</Typography>}</TableCell>
    </LigneOuvrable>
  );
}

/**
 * « Pour un jeune » : the jeune received, found as you type (↑ ↓ choose, Entrée takes the
 * highlighted one); their age, and their level when their file can be read, fill the prerequisites.
 */
function DialoguePourUnJeune({
  onFermer,
  onChoisir,
}: {
  onFermer: () => void;
  onChoisir: (f: (filtres: FiltresActions) => FiltresActions) => void;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const lire = useLecture('jeunes.lire');
  const choisir = (j: JeuneResume) => {
    const aujourdhui = aujourdhuiIso();
    const jeune = { id: j.id, nom: nomComplet(j), dateNaissance: j.dateNaissance };
    if (!peut('jeunes.lire')) {
      onChoisir((f) => filtresPourJeune(f, jeune, undefined, aujourdhui));
      return;
    }
    lire.mutate(
      { id: j.id },
      {
        onSuccess: (r) => {
          if (r.jeune.niveau === null)
            notifier(`Niveau de ${jeune.nom} non renseigné dans son dossier : seul son âge filtre.`, 'info');
          onChoisir((f) => filtresPourJeune(f, jeune, r.jeune.niveau, aujourdhui));
        },
        onError: (e) => {
          notifier(`${e.message} Seul son âge filtre : précisez son niveau.`, 'warning');
          onChoisir((f) => filtresPourJeune(f, jeune, undefined, aujourdhui));
        },
      },
    );
  };
  const { texte, changer, clavier, recherche, resultats, jeunes, surligne } = useRechercheJeunes(choisir);
  return (
    <Dialog open fullWidth maxWidth="sm" onClose={onFermer} aria-labelledby="titre-pour-un-jeune">
      <DialogTitle id="titre-pour-un-jeune">
        Actions pour un jeune
        <Typography variant="body2" color="text.secondary">
          Son âge et son niveau de formation filtrent les pré-requis ; vous pourrez les changer ensuite.
        </Typography>
      </DialogTitle>
      <Box sx={{ height: 4 }}>{lire.isPending ? <LinearProgress aria-label="Lecture du dossier" /> : null}</Box>
      <DialogContent>
        <Box sx={{ pt: 1 }}>
          <ChampRechercheJeune
            libelle="Rechercher le jeune"
            autoFocus
            valeur={texte}
            onChange={changer}
            onKeyDown={clavier}
          />
        </Box>
        <Box sx={{ height: 2 }}>{resultats.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
        {resultats.error ? <Alert severity="error">{messageErreur(resultats.error)}</Alert> : null}
        <Box sx={{ maxHeight: 320, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, mt: 0.5 }}>
          {recherche.length < MIN_RECHERCHE ? (
            <Vide>Tapez au moins deux caractères du nom, une date de naissance ou un téléphone.</Vide>
          ) : jeunes.length === 0 && resultats.data ? (
            <Vide>Aucun dossier ne correspond à « {recherche} ».</Vide>
          ) : (
            <List dense disablePadding aria-label="Jeunes trouvés">
              {jeunes.map((j, i) => (
                <JeuneTrouve
                  key={j.id}
                  jeune={j}
                  surligne={i === surligne}
                  onChoisir={() => choisir(j)}
                  testId="jeune-pour-filtre"
                  details={[]}
                />
              ))}
            </List>
          )}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onFermer}>Annuler</Button>
      </DialogActions>
    </Dialog>
  );
}
