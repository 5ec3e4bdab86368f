import { useRef, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  IconButton,
  LinearProgress,
  Link,
  List,
  ListItemButton,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import SchoolIcon from '@mui/icons-material/School';
import {
  DOMAINE_FORMATION_LIBELLES,
  NIVEAU_LIBELLES,
  RAISON_BESOIN_LIBELLES,
  type Besoin,
  type DomaineFormation,
  type LigneAction,
  type Positionnement,
  type RaisonBesoin,
  type StatutPositionnement,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { ConfirmationEnLigne, EnTeteTableau, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr, dateIso } from '../../components/dates';
import { ChampRecherche } from '../../components/listeRecherche';
import { useNotifier } from '../../components/Notifications';
import { useDiffere } from '../../components/useDiffere';
import { useLigneCible } from '../../components/useLigneCible';
import { DialogueBesoin } from '../formation/BesoinDialogue';
import { DialogueBilanJeune } from '../formation/DialogueBilanJeune';
import { DialogueStatut } from '../formation/DialogueStatut';
import { PuceStatutAction, Places } from '../formation/elements';
import { LignePositionnement } from '../formation/LignePositionnement';
import { criteresActions, FILTRES_ACTIONS, libelleAges, lienAction, periodeAction } from '../formation/logique';
import { resumeFormationJeune } from '../formation/logiqueTableau';
import { DialogueFormulaire } from './DialogueFormulaire';
import { ChampLibre, DateSaisie } from './elements';
import { dateEnvoyee, nomComplet, type JeuneLu } from './logique';

export type CibleFormation = { type: 'positionnement' | 'besoin'; id: number } | null;

type Dialogue =
  | { type: 'positionner' }
  | { type: 'statut'; positionnement: Positionnement; statut: StatutPositionnement }
  | { type: 'bilan'; positionnement: Positionnement }
  | { type: 'besoin'; depuis?: { id: number; intitule: string; domaine: DomaineFormation; raison?: RaisonBesoin } };

/** Where a candidacy has taken the jeune: a place on the action, on the way. */
const OCCUPE_OU_FINI: readonly StatutPositionnement[] = ['entre', 'abandon', 'termine'];

/**
 * The jeune's training: their candidacies on the actions of the territory (each with its status,
 * the next statuses to choose from, its steps), « Positionner sur une action » (actions open to
 * recruitment, narrowed to the jeune's level and age, with the places left), and the training
 * needs validated with them that found no answer. The line opened from the timeline is framed.
 */
export function FormationDuJeune({ jeuneId, cible }: { jeuneId: number; cible: CibleFormation }) {
  const { peut } = useDroits();
  const positionnements = useRequete('positionnements.duJeune', { jeuneId });
  const besoins = useRequete('besoins.duJeune', { jeuneId }, { enabled: peut('besoins.duJeune') });
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const [dialogue, setDialogue] = useState<Dialogue | null>(null);

  if (positionnements.isLoading) return <Skeleton variant="rectangular" height={200} />;
  if (!positionnements.data) return <Alert severity="error">{messageErreur(positionnements.error)}</Alert>;
  const liste = positionnements.data;
  const listeBesoins = besoins.data ?? [];
  const jeune = fiche.data?.jeune ?? null;
  const jeuneNom = jeune ? nomComplet(jeune) : (liste[0]?.jeuneNom ?? 'le jeune');
  const peutPositionner = peut('positionnements.proposer') && peut('actions.rechercher') && jeune !== null;
  const peutNoterBesoin = peut('besoins.enregistrer');
  const changeStatut = peut('positionnements.changerStatut') && peut('actions.lire');

  return (
    <Box data-testid="formation-jeune">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} data-testid="resume-formation-jeune">
          {resumeFormationJeune(liste, listeBesoins.length)}
        </Typography>
        {peutNoterBesoin ? (
          <Button
            variant="outlined"
            startIcon={<ReportProblemIcon />}
            onClick={() => setDialogue({ type: 'besoin' })}
            data-testid="nouveau-besoin"
          >
            Noter un besoin non satisfait
          </Button>
        ) : null}
        {peutPositionner ? (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setDialogue({ type: 'positionner' })}
            data-testid="positionner-sur-action"
          >
            Positionner sur une action
          </Button>
        ) : null}
      </Stack>

      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 0.5 }}>
        Positionnements sur des actions de formation
      </Typography>
      {liste.length === 0 ? (
        <Vide>
          Aucun positionnement. « Positionner sur une action » cherche parmi les actions en recrutement celles qu’il ou
          elle peut suivre (niveau, âge) ; on peut aussi le faire depuis la page de l’action.
        </Vide>
      ) : (
        <Table size="small" aria-label="Positionnements du jeune sur des actions de formation">
          <EnTeteTableau colonnes={['', 'Action', 'Positionné le', 'Statut', 'Situation', '']} />
          <TableBody>
            {liste.map((p) => (
              <LignePositionnement
                key={p.id}
                p={p}
                vue={{ depuis: 'jeune', cible: cible?.type === 'positionnement' && cible.id === p.id }}
                onStatut={changeStatut ? (statut) => setDialogue({ type: 'statut', positionnement: p, statut }) : null}
                onBilan={
                  peut('positionnements.enregistrerBilan') && OCCUPE_OU_FINI.includes(p.statut)
                    ? () => setDialogue({ type: 'bilan', positionnement: p })
                    : null
                }
              />
            ))}
          </TableBody>
        </Table>
      )}

      {peut('besoins.duJeune') ? (
        <>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 3, mb: 0.5 }}>
            Besoins de formation non satisfaits
          </Typography>
          {besoins.isLoading ? <LinearProgress /> : null}
          {besoins.error ? <Alert severity="error">{messageErreur(besoins.error)}</Alert> : null}
          {besoins.data && listeBesoins.length === 0 ? (
            <Vide>
              Aucun. Quand un besoin de formation validé avec le jeune ne trouve pas de réponse (pas d’action, plus de
              place, pré-requis, dates, mobilité), notez-le : il nourrit le diagnostic territorial.
            </Vide>
          ) : null}
          {listeBesoins.length > 0 ? (
            <Table size="small" aria-label="Besoins de formation non satisfaits du jeune">
              <EnTeteTableau colonnes={['Noté le', 'Formation ou métier visé', 'Raison', 'Action concernée', '']} />
              <TableBody>
                {listeBesoins.map((b) => (
                  <LigneBesoin key={b.id} b={b} cible={cible?.type === 'besoin' && cible.id === b.id} />
                ))}
              </TableBody>
            </Table>
          ) : null}
        </>
      ) : null}

      {dialogue?.type === 'positionner' && jeune ? (
        <DialoguePositionner
          jeune={jeune}
          dejaPositionne={new Set(liste.map((p) => p.actionId))}
          onFermer={() => setDialogue(null)}
          onBesoin={peutNoterBesoin ? (depuis) => setDialogue({ type: 'besoin', depuis }) : null}
        />
      ) : null}
      {dialogue?.type === 'statut' ? (
        <StatutDepuisLeDossier
          positionnement={dialogue.positionnement}
          statut={dialogue.statut}
          onFermer={() => setDialogue(null)}
        />
      ) : null}
      {dialogue?.type === 'bilan' ? (
        <DialogueBilanJeune positionnement={dialogue.positionnement} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'besoin' ? (
        <DialogueBesoin
          jeuneId={jeuneId}
          jeuneNom={jeuneNom}
          {...(dialogue.depuis ? { depuis: dialogue.depuis } : {})}
          onFermer={() => setDialogue(null)}
        />
      ) : null}
    </Box>
  );
}

/**
 * The status dialog of the action's page needs the action (its type, end, places): it is read
 * first. The candidacy is taken from it, so that after a refusal for a change made meanwhile the
 * dialog answers the fresh version.
 */
function StatutDepuisLeDossier({
  positionnement,
  statut,
  onFermer,
}: {
  positionnement: Positionnement;
  statut: StatutPositionnement;
  onFermer: () => void;
}) {
  const action = useRequete('actions.lire', { id: positionnement.actionId });
  if (action.isLoading) return <LinearProgress sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 1400 }} />;
  if (!action.data) {
    return (
      <Alert
        severity="error"
        onClose={onFermer}
        sx={{ position: 'fixed', bottom: 16, left: 16, right: 16, zIndex: 1400 }}
      >
        {messageErreur(action.error)}
      </Alert>
    );
  }
  const frais = action.data.positionnementsListe.find((p) => p.id === positionnement.id) ?? positionnement;
  return <DialogueStatut positionnement={frais} statut={statut} action={action.data} onFermer={onFermer} />;
}

/** An unmet need: when, what for, why, the action that could not take the jeune; deleted if typed by mistake. */
function LigneBesoin({ b, cible }: { b: Besoin; cible: boolean }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const supprimer = useAction('besoins.supprimer');
  const [confirmer, setConfirmer] = useState(false);
  const ref = useLigneCible(cible);
  return (
    <TableRow
      ref={ref}
      selected={cible}
      data-testid="ligne-besoin"
      data-besoin={b.id}
      data-raison={b.raison}
      sx={{ '& td': { verticalAlign: 'top' } }}
    >
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {dateFr(b.date)}
        <Typography variant="caption" color="text.secondary" component="div">
          {b.auteurNom}
        </Typography>
      </TableCell>
      <TableCell>
        <Typography sx={{ fontWeight: 600 }}>
          {b.objet}
          {b.codeRome ? (
            <Typography component="span" variant="body2" color="text.secondary">
              {' '}
              · {b.codeRome}
            </Typography>
          ) : null}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {DOMAINE_FORMATION_LIBELLES[b.domaine]}
        </Typography>
        {b.commentaire ? (
          <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
            {b.commentaire}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>{RAISON_BESOIN_LIBELLES[b.raison]}</TableCell>
      <TableCell>
        {b.actionId !== null ? (
          <Link href={lienAction(b.actionId)}>{b.actionIntitule ?? `Action n° ${b.actionId}`}</Link>
        ) : (
          <Typography variant="body2" color="text.disabled">
            —
          </Typography>
        )}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {confirmer ? (
          <ConfirmationEnLigne
            question="Supprimer ce besoin saisi par erreur ?"
            enCours={supprimer.isPending}
            onNon={() => setConfirmer(false)}
            onOui={() =>
              supprimer.mutate(
                { id: b.id },
                {
                  onSuccess: () => notifier(`Besoin « ${b.objet} » supprimé.`),
                  onError: (e) => {
                    setConfirmer(false);
                    notifier(e.message, 'error');
                  },
                },
              )
            }
          />
        ) : peut('besoins.supprimer') ? (
          <Tooltip title="Supprimer (saisi par erreur)" describeChild>
            <IconButton
              size="small"
              aria-label={`Supprimer le besoin « ${b.objet} »`}
              onClick={() => setConfirmer(true)}
              data-testid="supprimer-besoin"
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

/** How many actions the lookup shows at once (a conseiller narrows with words beyond). */
const MONTREES = 50;

/**
 * « Positionner sur une action »: the actions open to recruitment, narrowed by default to those
 * the jeune can follow (level, age from the file), found as you type (↓ goes to the list, ↑ ↓
 * move, Entrée chooses); each shows its places left. An action already full may still be chosen
 * (the lists are long), or the need noted as unmet instead.
 */
function DialoguePositionner({
  jeune,
  dejaPositionne,
  onFermer,
  onBesoin,
}: {
  jeune: JeuneLu;
  dejaPositionne: ReadonlySet<number>;
  onFermer: () => void;
  onBesoin:
    ((depuis: { id: number; intitule: string; domaine: DomaineFormation; raison: RaisonBesoin }) => void) | null;
}) {
  const utilisateur = useUtilisateur();
  const notifier = useNotifier();
  const proposer = useAction('positionnements.proposer');
  const [aujourdhui] = useState(aujourdhuiIso);
  const [texte, setTexte] = useState('');
  const [selonLeJeune, setSelonLeJeune] = useState(true);
  const [avecPlaces, setAvecPlaces] = useState(false);
  const [choisie, setChoisie] = useState<LigneAction | null>(null);
  const [date, setDate] = useState(() => dateFr(aujourdhui));
  const [commentaire, setCommentaire] = useState('');
  const [manques, setManques] = useState<Record<string, string>>({});
  const champ = useRef<HTMLInputElement>(null);
  const liste = useRef<HTMLUListElement>(null);
  const cherche = useDiffere(texte, 250);
  const nom = nomComplet(jeune);
  const filtres = {
    ...FILTRES_ACTIONS,
    avecPlaces,
    ...(selonLeJeune ? { niveau: jeune.niveau, age: String(jeune.age) } : {}),
  };
  const recherche = useRequete('actions.rechercher', criteresActions(filtres, cherche, utilisateur.id), {
    garderPrecedent: true,
  });
  const trouvees = recherche.data?.actions ?? [];
  const montrees = trouvees.slice(0, MONTREES);
  const erreur = proposer.error;
  const e = (c: string) => manques[c] ?? champErreur(erreur, c);

  const prerequisDuJeune = `${jeune.age} ans, ${jeune.niveau ? NIVEAU_LIBELLES[jeune.niveau].toLowerCase() : 'niveau non renseigné'}`;

  const clavierListe = (ev: KeyboardEvent<HTMLUListElement>) => {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const boutons = [...(liste.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
    const i = boutons.indexOf(document.activeElement as HTMLElement);
    ev.preventDefault();
    if (ev.key === 'ArrowUp' && i <= 0) champ.current?.focus();
    else boutons[ev.key === 'ArrowDown' ? Math.min(i + 1, boutons.length - 1) : i - 1]?.focus();
  };

  const envoyer = () => {
    const m: Record<string, string> = {};
    if (!choisie) m.actionId = 'Choisissez l’action dans la liste.';
    const iso = dateIso(date);
    if (iso === null) m.date = 'Date : JJ/MM/AAAA.';
    else if (iso > aujourdhui) m.date = 'Date : elle ne peut pas être dans le futur.';
    if (Object.keys(m).length > 0 || !choisie) {
      setManques(m);
      return;
    }
    proposer.mutate(
      { actionId: choisie.id, jeuneIds: [jeune.id], date: dateEnvoyee(date), commentaire },
      {
        onSuccess: (r) => {
          notifier(
            [`${nom} positionné(e) sur « ${choisie.intitule} ».`, ...r.avertissements].join(' '),
            r.avertissements.length > 0 ? 'warning' : 'success',
          );
          onFermer();
        },
      },
    );
  };

  return (
    <DialogueFormulaire
      titre="Positionner sur une action de formation"
      sousTitre={`${nom} · ${prerequisDuJeune}`}
      enCours={proposer.isPending}
      modifie={choisie !== null || commentaire !== ''}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi="Positionner"
      erreur={erreur}
      maxWidth="md"
      testId="dialogue-positionner"
    >
      <Stack spacing={1.5} sx={{ pt: 1 }}>
        <ChampRecherche
          inputRef={champ}
          autoFocus
          label="Rechercher une action"
          placeholder="Intitulé, organisme, commune, certification…"
          value={texte}
          onChange={(ev) => setTexte(ev.target.value)}
          onKeyDown={(ev) => {
            if (ev.key === 'ArrowDown') {
              ev.preventDefault();
              liste.current?.querySelector<HTMLElement>('[role="option"]')?.focus();
            } else if (ev.key === 'Enter' && !ev.ctrlKey && !ev.metaKey) {
              // Entrée in the search does not send the form: it takes the only action found, if so.
              ev.preventDefault();
              const seule = cherche === texte && montrees.length === 1 ? montrees[0] : undefined;
              if (seule && !dejaPositionne.has(seule.id)) setChoisie(seule);
            }
          }}
          testId="recherche-action-jeune"
        />
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
          <FormControlLabel
            control={<Checkbox checked={selonLeJeune} onChange={(ev) => setSelonLeJeune(ev.target.checked)} />}
            label={`Selon ses pré-requis (${prerequisDuJeune})`}
          />
          <FormControlLabel
            control={<Checkbox checked={avecPlaces} onChange={(ev) => setAvecPlaces(ev.target.checked)} />}
            label="Avec des places seulement"
          />
        </Stack>
        <Box sx={{ height: 2 }}>{recherche.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
        {recherche.error ? <Alert severity="error">{messageErreur(recherche.error)}</Alert> : null}
        {recherche.data && trouvees.length === 0 ? (
          <Vide>
            Aucune action en recrutement ne correspond
            {selonLeJeune ? ' à ses pré-requis : décochez « Selon ses pré-requis » pour tout voir' : ''}. Sans réponse
            sur le territoire, notez un besoin non satisfait.
          </Vide>
        ) : null}
        {montrees.length > 0 ? (
          <List
            ref={liste}
            dense
            role="listbox"
            aria-label="Actions trouvées"
            onKeyDown={clavierListe}
            sx={{ maxHeight: 320, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, py: 0 }}
          >
            {montrees.map((a) => {
              const deja = dejaPositionne.has(a.id);
              return (
                <ListItemButton
                  key={a.id}
                  role="option"
                  aria-selected={choisie?.id === a.id}
                  selected={choisie?.id === a.id}
                  disabled={deja}
                  onClick={() => {
                    setChoisie(a);
                    setManques((m) => ({ ...m, actionId: '' }));
                  }}
                  divider
                  data-testid="option-action"
                  data-action={a.id}
                  sx={{ alignItems: 'flex-start', gap: 2 }}
                >
                  <SchoolIcon fontSize="small" color={choisie?.id === a.id ? 'primary' : 'disabled'} sx={{ mt: 0.5 }} />
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {a.intitule}
                      {deja ? ' · déjà positionné(e)' : ''}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {[
                        a.organismeNom,
                        a.commune,
                        periodeAction(a.debut, a.fin),
                        libelleAges(a.ageMinimum, a.ageMaximum),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                      {a.niveauMinimum ? ` · ${NIVEAU_LIBELLES[a.niveauMinimum]} minimum` : ''}
                    </Typography>
                  </Box>
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-end', flexShrink: 0 }}>
                    <PuceStatutAction statut={a.statut} />
                    <Typography variant="caption" color="text.secondary" component="span">
                      places <Places restantes={a.placesRestantes} places={a.places} />
                    </Typography>
                  </Stack>
                </ListItemButton>
              );
            })}
          </List>
        ) : null}
        {trouvees.length > MONTREES ? (
          <Typography variant="caption" color="text.secondary">
            Les {MONTREES} premières sur {recherche.data?.total ?? trouvees.length} : précisez la recherche.
          </Typography>
        ) : null}
        {e('actionId') ? (
          <Typography variant="body2" color="error">
            {e('actionId')}
          </Typography>
        ) : null}
        {choisie && choisie.placesRestantes <= 0 ? (
          <Alert
            severity="warning"
            data-testid="action-complete"
            action={
              onBesoin ? (
                <Button
                  color="inherit"
                  onClick={() =>
                    onBesoin({ id: choisie.id, intitule: choisie.intitule, domaine: choisie.domaine, raison: 'places' })
                  }
                >
                  Noter un besoin non satisfait
                </Button>
              ) : undefined
            }
          >
            Plus de place sur « {choisie.intitule} » : le positionnement reste possible (liste d’attente), ou notez le
            besoin comme non satisfait.
          </Alert>
        ) : null}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2 }}>
          <DateSaisie
            label="Positionné le"
            required
            valeur={date}
            onChange={(v) => {
              setDate(v);
              setManques((m) => ({ ...m, date: '' }));
            }}
            erreur={e('date') || undefined}
            aide="Aujourd’hui par défaut"
          />
          <ChampLibre
            label="Commentaire"
            lignes={[1, 4]}
            valeur={commentaire}
            onChange={setCommentaire}
            erreur={e('commentaire')}
            aide={choisie ? `Action choisie : ${choisie.intitule} · Ctrl+Entrée positionne` : 'Ctrl+Entrée positionne'}
          />
        </Box>
      </Stack>
    </DialogueFormulaire>
  );
}
