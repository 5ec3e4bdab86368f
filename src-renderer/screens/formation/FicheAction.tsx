import { useState, type ReactNode, type Ref } from 'react';
import { Alert, Box, Button, Chip, Link, Paper, Stack, Table, TableBody, Tooltip, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import GavelIcon from '@mui/icons-material/Gavel';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import {
  DECISION_COMMISSION_LIBELLES,
  DOMAINE_FORMATION_LIBELLES,
  FINANCEUR_LIBELLES,
  MOTIF_NON_RETENU_FORMATION_LIBELLES,
  NIVEAU_LIBELLES,
  SOUS_TYPES_SITUATION,
  STATUT_POSITIONNEMENT_LIBELLES,
  TYPE_BILAN_ACTION_LIBELLES,
  type ActionFormation,
  type BilanAction,
  type Commission,
  type StatutPositionnement,
} from '../../../src-main/contract';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useAction, useLecture, useRequete } from '../../api/hooks';
import {
  Bloc,
  ConfirmationEnLigne,
  EnTeteTableau,
  PageNonChargee,
  useFocusTitre,
  Vide,
} from '../../components/communs';
import { dateFr, dateHeureFr } from '../../components/dates';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { telecharger } from '../../components/telechargement';
import { Info } from '../annuaire/elements';
import { pdfEnBlob } from '../dossier/logique';
import { DialogueAction } from './DialogueAction';
import { ChiffresBilan, DialogueBilanAction } from './DialogueBilanAction';
import { DialogueBilanJeune } from './DialogueBilanJeune';
import { DialogueCommission } from './DialogueCommission';
import { DialogueProposerJeunes } from './DialogueProposerJeunes';
import { DialogueStatut } from './DialogueStatut';
import { LignePositionnement } from './LignePositionnement';
import { Places, PuceStatutAction, PuceStatutPositionnement } from './elements';
import {
  candidaturesExaminables,
  gereLAction,
  libelleAges,
  libelleDelai,
  lienPartenaire,
  nomFichierProcesVerbal,
  periodeAction,
  pourcentage,
  resumeDecisions,
} from './logique';

type Dialogue =
  | { type: 'modifier' }
  | { type: 'positionner' }
  | { type: 'commission' }
  | { type: 'bilan'; bilan: BilanAction | null }
  | { type: 'statut'; id: number; statut: StatutPositionnement }
  | { type: 'bilanJeune'; id: number };

/** Why no jeune may be positioned on the action now (the main process refuses it the same), or null. */
function raisonNonPositionnable(a: Pick<ActionFormation, 'statut'>): string | null {
  switch (a.statut) {
    case 'programmee':
    case 'en_recrutement':
      return null;
    case 'en_cours':
      return 'Action en cours : on n’y positionne plus de jeunes. Si l’organisme accepte encore des entrées, repassez-la « en recrutement » (Modifier).';
    case 'terminee':
      return 'Action terminée : on n’y positionne plus de jeunes.';
    case 'annulee':
      return 'Action annulée : on n’y positionne plus de jeunes.';
  }
}

/**
 * A training action's page (`#/formation?action=ID`): everything about it, its figures, the
 * candidacies and their steps (moved forward from a menu, the last one undone), the entry
 * commissions with their minutes, and the bilans.
 */
export function FicheAction({ id }: { id: number }) {
  const { peut } = useDroits();
  const utilisateur = useUtilisateur();
  const lire = useRequete('actions.lire', { id });
  const [dialogue, setDialogue] = useState<Dialogue | null>(null);
  // Opened from the list: the keyboard starts on the action's title.
  const titre = useFocusTitre(lire.data !== undefined);

  const retour = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => naviguer('formation')}>
      Actions
    </Button>
  );
  if (!lire.data) {
    return <PageNonChargee chargement={lire.isLoading} erreur={lire.error} retour={retour} hauteur={220} />;
  }

  const a = lire.data;
  const gere = gereLAction(a, utilisateur);
  const raison = raisonNonPositionnable(a);
  const peutPositionner = peut('positionnements.proposer');
  const peutCommission = gere && peut('commissions.enregistrer');
  const enAttente = candidaturesExaminables(a.positionnementsListe).length;
  const enStatut = dialogue?.type === 'statut' ? a.positionnementsListe.find((p) => p.id === dialogue.id) : undefined;
  const enBilanJeune =
    dialogue?.type === 'bilanJeune' ? a.positionnementsListe.find((p) => p.id === dialogue.id) : undefined;

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }} data-testid="fiche-action" data-action={a.id} data-statut={a.statut}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        {retour}
        <Box sx={{ flex: 1 }} />
        <ActionsAction action={a} gere={gere} onModifier={() => setDialogue({ type: 'modifier' })} />
      </Stack>
      <EnTete action={a} titre={titre} />
      <TableauAction action={a} />

      <Bloc
        sx={{ mt: 2 }}
        chargement={lire.isFetching}
        titre={
          <>
            Candidatures
            <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
              ({a.positionnementsListe.length})
            </Typography>
          </>
        }
        actions={
          <Stack direction="row" spacing={1}>
            {peutCommission ? (
              <Tooltip
                title={
                  enAttente === 0
                    ? 'Aucune candidature en attente de décision'
                    : `${enAttente} candidature${enAttente > 1 ? 's' : ''} en attente de décision`
                }
                describeChild
              >
                <span>
                  <Button
                    variant="outlined"
                    startIcon={<GavelIcon />}
                    disabled={enAttente === 0}
                    onClick={() => setDialogue({ type: 'commission' })}
                    data-testid="tenir-commission"
                  >
                    Tenir une commission
                  </Button>
                </span>
              </Tooltip>
            ) : null}
            {peutPositionner ? (
              <Button
                variant="contained"
                startIcon={<PersonAddIcon />}
                disabled={raison !== null}
                onClick={() => setDialogue({ type: 'positionner' })}
                aria-describedby={raison ? 'raison-non-positionnable' : undefined}
                data-testid="positionner-jeunes"
              >
                Positionner des jeunes
              </Button>
            ) : null}
          </Stack>
        }
      >
        <Box sx={{ px: 2, pb: 2 }}>
          {raison && peutPositionner ? (
            <Alert severity="info" sx={{ mb: 2 }} id="raison-non-positionnable">
              {raison}
            </Alert>
          ) : null}
          {a.positionnementsListe.length === 0 ? (
            <Vide>
              Aucun jeune positionné sur cette action.
              {raison === null && peutPositionner ? ' « Positionner des jeunes » en choisit un ou plusieurs.' : ''}
            </Vide>
          ) : (
            <Table size="small" aria-label="Candidatures sur l’action">
              <EnTeteTableau colonnes={['', 'Jeune', 'Positionné le', 'Statut', 'Situation', '']} />
              <TableBody>
                {a.positionnementsListe.map((p) => (
                  <LignePositionnement
                    key={p.id}
                    p={p}
                    vue={{ depuis: 'action', commissions: a.commissions }}
                    onStatut={
                      peut('positionnements.changerStatut')
                        ? (statut) => setDialogue({ type: 'statut', id: p.id, statut })
                        : null
                    }
                    onBilan={
                      peut('positionnements.enregistrerBilan') && ['entre', 'abandon', 'termine'].includes(p.statut)
                        ? () => setDialogue({ type: 'bilanJeune', id: p.id })
                        : null
                    }
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      </Bloc>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, mt: 2 }}>
        <Commissions action={a} />
        <Bilans
          action={a}
          onBilan={gere && peut('bilansAction.enregistrer') ? (bilan) => setDialogue({ type: 'bilan', bilan }) : null}
        />
      </Box>

      {dialogue?.type === 'modifier' ? <DialogueAction action={a} onFermer={() => setDialogue(null)} /> : null}
      {dialogue?.type === 'positionner' ? (
        <DialogueProposerJeunes action={a} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'commission' ? <DialogueCommission action={a} onFermer={() => setDialogue(null)} /> : null}
      {dialogue?.type === 'bilan' ? (
        <DialogueBilanAction action={a} bilan={dialogue.bilan} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'statut' && enStatut ? (
        <DialogueStatut
          positionnement={enStatut}
          statut={dialogue.statut}
          action={a}
          onFermer={() => setDialogue(null)}
        />
      ) : null}
      {enBilanJeune ? <DialogueBilanJeune positionnement={enBilanJeune} onFermer={() => setDialogue(null)} /> : null}
    </Box>
  );
}

/** « Modifier » to whoever keeps the action; « Supprimer » (asks first) while nobody is positioned on it. */
function ActionsAction({
  action: a,
  gere,
  onModifier,
}: {
  action: ActionFormation;
  gere: boolean;
  onModifier: () => void;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const supprimer = useAction('actions.supprimer');
  const [confirmer, setConfirmer] = useState(false);
  if (confirmer) {
    return (
      <ConfirmationEnLigne
        question="Supprimer l’action saisie par erreur ?"
        enCours={supprimer.isPending}
        onNon={() => setConfirmer(false)}
        onOui={() =>
          supprimer.mutate(
            { id: a.id },
            {
              onSuccess: () => {
                notifier(`Action « ${a.intitule} » supprimée.`);
                naviguer('formation');
              },
              onError: (e) => {
                setConfirmer(false);
                notifier(e.message, 'error');
              },
            },
          )
        }
      />
    );
  }
  return (
    <Stack direction="row" spacing={1}>
      {peut('actions.supprimer') && a.positionnementsListe.length === 0 ? (
        <Button
          color="error"
          startIcon={<DeleteIcon />}
          onClick={() => setConfirmer(true)}
          data-testid="supprimer-action"
        >
          Supprimer
        </Button>
      ) : null}
      {gere && peut('actions.enregistrer') ? (
        <Button variant="contained" startIcon={<EditIcon />} onClick={onModifier} data-testid="modifier-action">
          Modifier
        </Button>
      ) : null}
    </Stack>
  );
}

function EnTete({ action: a, titre }: { action: ActionFormation; titre: Ref<HTMLHeadingElement> }) {
  const lieu = [a.lieu, a.commune ?? a.codeInsee].filter(Boolean).join(', ');
  const type = SOUS_TYPES_SITUATION.formation[a.typeFormation] ?? a.typeFormation;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 0.5 }}>
        <Typography
          variant="h5"
          component="h1"
          ref={titre}
          tabIndex={-1}
          sx={{ fontWeight: 700, mr: 1, '&:focus': { outline: 'none' } }}
          data-testid="action-intitule"
        >
          {a.intitule}
        </Typography>
        <Box data-testid="statut-action" data-statut={a.statut} sx={{ display: 'inline-flex' }}>
          <PuceStatutAction statut={a.statut} />
        </Box>
        {a.reference ? <Chip size="small" variant="outlined" label={`N° ${a.reference}`} /> : null}
      </Stack>
      <Typography sx={{ mb: 1.5 }}>
        <Link href={lienPartenaire(a.organismeId)} sx={{ fontWeight: 600 }} data-testid="lien-organisme">
          {a.organismeNom}
        </Link>
        {' · '}
        {a.programme} ({FINANCEUR_LIBELLES[a.financeur]})
      </Typography>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', gap: 2, mb: 1.5 }}
        data-testid="details-action"
      >
        <Info libelle="Formation">
          {type}
          {a.certification ? ` · ${a.certification}` : ''}
        </Info>
        <Info libelle="Domaine">{DOMAINE_FORMATION_LIBELLES[a.domaine]}</Info>
        <Info libelle="Dates">{periodeAction(a.debut, a.fin)}</Info>
        <Info libelle="Lieu">{lieu || '—'}</Info>
        <Info libelle="Places restantes">
          <Places restantes={a.placesRestantes} places={a.places} />{' '}
          <Typography component="span" variant="caption" color="text.secondary">
            {a.placesRestantes > 0
              ? 'restantes'
              : a.placesRestantes === 0
                ? 'complet'
                : `${-a.placesRestantes} de trop`}
          </Typography>
        </Info>
        <Info libelle="Référent d’action">{a.referentNom ?? 'Pas encore de référent'}</Info>
        <Info libelle="Niveau minimum">
          {a.niveauMinimum ? NIVEAU_LIBELLES[a.niveauMinimum] : 'Aucun niveau exigé'}
        </Info>
        <Info libelle="Âge">{libelleAges(a.ageMinimum, a.ageMaximum)}</Info>
        {a.besoins > 0 ? (
          <Info libelle="Besoins non satisfaits notés">
            <Link href="#/formation?vue=besoins">
              {a.besoins} jeune{a.besoins > 1 ? 's' : ''} sans place ou hors dates
            </Link>
          </Info>
        ) : null}
      </Box>
      {a.prerequis ? (
        <Box sx={{ mb: 1 }}>
          <Typography variant="caption" color="text.secondary" component="div">
            Pré-requis
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', maxWidth: 900 }}>
            {a.prerequis}
          </Typography>
        </Box>
      ) : null}
      {a.description ? (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', maxWidth: 900, mb: 1 }}>
          {a.description}
        </Typography>
      ) : null}
      <Typography variant="caption" color="text.secondary" component="p">
        Modifiée le {dateHeureFr(a.modifieLe)}
      </Typography>
    </Paper>
  );
}

/** A figure of the dashboard: its value large, its label under it. */
function Chiffre({
  libelle,
  valeur,
  detail,
  testId,
  donnees,
}: {
  libelle: string;
  valeur: ReactNode;
  detail?: string;
  testId?: string;
  donnees?: Record<`data-${string}`, string | number>;
}) {
  return (
    <Box data-testid={testId} {...donnees}>
      <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.2 }}>{valeur}</Typography>
      <Typography variant="body2" color="text.secondary">
        {libelle}
      </Typography>
      {detail ? (
        <Typography variant="caption" color="text.secondary">
          {detail}
        </Typography>
      ) : null}
    </Box>
  );
}

/** The action's dashboard: places, candidacies by status, entries, filling rate, delays, abandons. */
function TableauAction({ action: a }: { action: ActionFormation }) {
  const t = a.tableau;
  const parStatut = t.parStatut.filter((s) => s.nombre > 0);
  return (
    <Bloc titre="Tableau de bord de l’action" sx={{ mt: 2 }}>
      <Box sx={{ px: 2, pb: 2 }} data-testid="tableau-action">
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 2, mb: 1.5 }}>
          <Chiffre libelle="Places" valeur={t.places} />
          <Chiffre libelle="Positionnements" valeur={t.positionnements} />
          <Chiffre libelle="Entrées" valeur={t.entres} />
          <Chiffre
            libelle="Taux de remplissage"
            valeur={pourcentage(t.tauxRemplissage)}
            detail="entrées / places"
            testId="taux-remplissage"
            donnees={{ 'data-valeur': t.tauxRemplissage === null ? '' : String(t.tauxRemplissage) }}
          />
          <Chiffre
            libelle="Délai moyen jusqu’à l’entrée"
            valeur={libelleDelai(t.delaiMoyenJours)}
            detail={`médian : ${libelleDelai(t.delaiMedianJours)}`}
          />
          <Chiffre
            libelle="Abandons"
            valeur={t.abandons}
            detail={t.tauxAbandon === null ? undefined : `${pourcentage(t.tauxAbandon)} des entrées`}
          />
        </Box>
        {parStatut.length > 0 ? (
          <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }} aria-label="Candidatures par statut">
            {parStatut.map((s) => (
              <PuceStatutPositionnement
                key={s.statut}
                statut={s.statut}
                label={`${STATUT_POSITIONNEMENT_LIBELLES[s.statut]} : ${s.nombre}`}
                data-testid="compte-statut"
                data-nombre={s.nombre}
              />
            ))}
          </Stack>
        ) : null}
      </Box>
    </Bloc>
  );
}

/** The entry commissions, most recent first, each with its decisions and its minutes to print. */
function Commissions({ action: a }: { action: ActionFormation }) {
  const notifier = useNotifier();
  const pv = useLecture('commissions.procesVerbal');
  const [enCours, setEnCours] = useState<number | null>(null);
  const imprimer = (c: Commission) => {
    setEnCours(c.id);
    pv.mutate(
      { id: c.id },
      {
        onSuccess: (r) => telecharger(nomFichierProcesVerbal(r.nomFichier, a.intitule, c.date), pdfEnBlob(r.pdfBase64)),
        onError: (e) => notifier(e.message, 'error'),
        onSettled: () => setEnCours(null),
      },
    );
  };
  return (
    <Bloc titre={`Commissions d’entrée (${a.commissions.length})`} chargement={pv.isPending}>
      {a.commissions.length === 0 ? (
        <Vide>Aucune commission tenue sur cette action.</Vide>
      ) : (
        <Stack spacing={1.5} sx={{ px: 2, pb: 2 }}>
          {a.commissions.map((c) => (
            <Paper key={c.id} variant="outlined" sx={{ p: 1.5 }} data-testid="commission" data-commission={c.id}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
                <Typography sx={{ fontWeight: 600, flex: 1 }}>
                  Commission du {dateFr(c.date)}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {' '}
                    · {resumeDecisions(c.decisions)}
                  </Typography>
                </Typography>
                <Button
                  size="small"
                  startIcon={<PictureAsPdfIcon />}
                  disabled={enCours !== null}
                  onClick={() => imprimer(c)}
                  aria-label={`Procès-verbal de la commission du ${dateFr(c.date)} (PDF)`}
                  data-testid="proces-verbal"
                >
                  Procès-verbal (PDF)
                </Button>
              </Stack>
              {c.participants ? (
                <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
                  Participants : {c.participants}
                </Typography>
              ) : null}
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {c.decisions.map((d) => (
                  <Typography component="li" variant="body2" key={d.positionnementId}>
                    {d.jeuneNom} : <strong>{DECISION_COMMISSION_LIBELLES[d.decision]}</strong>
                    {d.motifNonRetenu ? ` · ${MOTIF_NON_RETENU_FORMATION_LIBELLES[d.motifNonRetenu]}` : ''}
                    {d.commentaire ? ` · ${d.commentaire}` : ''}
                  </Typography>
                ))}
              </Box>
              {c.note ? (
                <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
                  {c.note}
                </Typography>
              ) : null}
              <Typography variant="caption" color="text.secondary">
                Saisie par {c.auteurNom}
              </Typography>
            </Paper>
          ))}
        </Stack>
      )}
    </Bloc>
  );
}

/** The action's bilans (the final one first), with the figures taken when each was written. */
function Bilans({
  action: a,
  onBilan,
}: {
  action: ActionFormation;
  onBilan: ((bilan: BilanAction | null) => void) | null;
}) {
  const bilans = [...a.bilans].sort(
    (x, y) => Number(y.type === 'final') - Number(x.type === 'final') || y.date.localeCompare(x.date),
  );
  return (
    <Bloc
      titre={`Bilans (${a.bilans.length})`}
      actions={
        onBilan ? (
          <Button size="small" startIcon={<NoteAddIcon />} onClick={() => onBilan(null)} data-testid="nouveau-bilan">
            Nouveau bilan
          </Button>
        ) : null
      }
    >
      {bilans.length === 0 ? (
        <Vide>Aucun bilan écrit. Un bilan intermédiaire en cours d’action, le bilan final à la fin.</Vide>
      ) : (
        <Stack spacing={1.5} sx={{ px: 2, pb: 2 }}>
          {bilans.map((b) => (
            <Paper key={b.id} variant="outlined" sx={{ p: 1.5 }} data-testid="bilan-action" data-type={b.type}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <Chip
                  size="small"
                  color={b.type === 'final' ? 'primary' : 'default'}
                  label={TYPE_BILAN_ACTION_LIBELLES[b.type]}
                />
                <Typography sx={{ fontWeight: 600, flex: 1 }}>du {dateFr(b.date)}</Typography>
                {onBilan ? (
                  <Button
                    size="small"
                    startIcon={<EditIcon />}
                    onClick={() => onBilan(b)}
                    aria-label={`Modifier le ${TYPE_BILAN_ACTION_LIBELLES[b.type].toLowerCase()} du ${dateFr(b.date)}`}
                  >
                    Modifier
                  </Button>
                ) : null}
              </Stack>
              <ChiffresBilan chiffres={b.chiffres} />
              {[
                { libelle: 'Points forts', texte: b.pointsForts },
                { libelle: 'Difficultés', texte: b.difficultes },
                { libelle: 'Note', texte: b.note },
              ]
                .filter((x) => x.texte)
                .map((x) => (
                  <Box key={x.libelle} sx={{ mt: 1 }}>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {x.libelle}
                    </Typography>
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                      {x.texte}
                    </Typography>
                  </Box>
                ))}
              <Typography variant="caption" color="text.secondary">
                Écrit par {b.auteurNom} · modifié le {dateHeureFr(b.modifieLe)}
              </Typography>
            </Paper>
          ))}
        </Stack>
      )}
    </Bloc>
  );
}
