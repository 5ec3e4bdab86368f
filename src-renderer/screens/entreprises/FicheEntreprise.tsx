import { useRef, useState, type ReactElement, type ReactNode, type Ref, type RefObject } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  LinearProgress,
  Link,
  List,
  ListItem,
  ListItemButton,
  Paper,
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
import AddBusinessIcon from '@mui/icons-material/AddBusiness';
import CampaignIcon from '@mui/icons-material/Campaign';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import EngineeringIcon from '@mui/icons-material/Engineering';
import EuroIcon from '@mui/icons-material/Euro';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import ForumIcon from '@mui/icons-material/Forum';
import GroupsIcon from '@mui/icons-material/Groups';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import MailIcon from '@mui/icons-material/Mail';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import ParkIcon from '@mui/icons-material/Park';
import PhoneIcon from '@mui/icons-material/Phone';
import StorefrontIcon from '@mui/icons-material/Storefront';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import WorkIcon from '@mui/icons-material/Work';
import WorkOutlineIcon from '@mui/icons-material/WorkOutlineOutlined';
import {
  MOTIF_NON_RETENU_LIBELLES,
  ORIGINE_ENTREPRISE_LIBELLES,
  TRANCHE_EFFECTIF_LIBELLES,
  TYPE_CONTRAT_OFFRE_LIBELLES,
  type Acte,
  type Entreprise,
  type GENRES_CHRONOLOGIE_ENTREPRISE,
  type TypeActe,
  siretLisible,
  sirenLisible,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { Bloc, ConfirmationEnLigne, EnTeteTableau, useFocusTitre, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr, dateHeureFr, telephoneFr } from '../../components/dates';
import { useNotifier } from '../../components/Notifications';
import { BlocContacts, BlocNotes, Info } from '../annuaire/elements';
import { DialogueEntreprise } from './DialogueEntreprise';
import { DialogueOffre } from './DialogueOffre';
import { PuceIssue, PuceQpv, PuceStatutEntreprise, PuceStatutOffre } from './elements';
import {
  cibleChronologie,
  echeance,
  libelleContrat,
  libelleSecteur,
  lienOffre,
  lienProchaineAction,
  lienSituationsJeune,
  peutRetoucherActe,
} from './logique';
import { DialogueActe, SaisieRapideActe } from './SaisieActe';

type GenreLigne = (typeof GENRES_CHRONOLOGIE_ENTREPRISE)[number];

const ICONES_GENRE: Record<GenreLigne, ReactElement> = {
  creation: <AddBusinessIcon fontSize="small" />,
  acte: <ForumIcon fontSize="small" />,
  offre: <WorkOutlineIcon fontSize="small" />,
  mise_en_relation: <HandshakeIcon fontSize="small" />,
  situation: <WorkIcon fontSize="small" />,
  affectation: <SwapHorizIcon fontSize="small" />,
};

const COULEURS_GENRE: Record<GenreLigne, string> = {
  creation: '#6b7a89',
  acte: '#1f5f8b',
  offre: '#ef6c00',
  mise_en_relation: '#5d4037',
  situation: '#00796b',
  affectation: '#6a1b9a',
};

/** An act's own icon, so that a visit and a call differ at a glance. */
const ICONES_ACTE: Record<TypeActe, ReactElement> = {
  contact_telephone: <PhoneIcon fontSize="small" />,
  visite: <StorefrontIcon fontSize="small" />,
  courriel: <MailIcon fontSize="small" />,
  presentation_aides: <EuroIcon fontSize="small" />,
  immersion: <EngineeringIcon fontSize="small" />,
  offre: <WorkOutlineIcon fontSize="small" />,
  mise_en_relation: <HandshakeIcon fontSize="small" />,
  suivi_emploi: <TrendingUpIcon fontSize="small" />,
  mediation: <ForumIcon fontSize="small" />,
  forum: <GroupsIcon fontSize="small" />,
  information_rse: <ParkIcon fontSize="small" />,
};

const ICONES_PROCHAINE: Record<Entreprise['prochainesActions'][number]['genre'], ReactElement> = {
  relance: <NotificationsActiveIcon fontSize="small" />,
  fin_contrat: <HourglassBottomIcon fontSize="small" />,
  offre_sans_mise_en_relation: <CampaignIcon fontSize="small" />,
  offre_expire: <EventBusyIcon fontSize="small" />,
};

function Pastille({ couleur, titre, children }: { couleur: string; titre: string; children: ReactElement }) {
  return (
    <Box
      sx={{
        width: 30,
        height: 30,
        borderRadius: '50%',
        flexShrink: 0,
        display: 'grid',
        placeItems: 'center',
        color: '#fff',
        bgcolor: couleur,
      }}
      title={titre}
      aria-hidden
    >
      {children}
    </Box>
  );
}

/**
 * A firm's page (`#/entreprises?entreprise=ID`): who it is, the quick entry of an act, the next
 * actions, the timeline of everything done with it, its offers, the jeunes who work there and
 * the matches proposed.
 */
export function FicheEntreprise({ id }: { id: number }) {
  const { peut } = useDroits();
  const lire = useRequete('entreprises.lire', { id });
  const [modification, setModification] = useState(false);
  const note = useRef<HTMLTextAreaElement | null>(null);
  // Opened from a list: the keyboard starts on the firm's name.
  const titre = useFocusTitre(lire.data !== undefined);

  if (lire.isLoading) {
    return (
      <Box sx={{ p: 2, maxWidth: 1500, mx: 'auto' }}>
        <Skeleton variant="rectangular" height={150} />
        <Skeleton variant="rectangular" height={110} sx={{ mt: 2 }} />
      </Box>
    );
  }
  if (!lire.data) {
    return (
      <Box sx={{ p: 2, maxWidth: 1500, mx: 'auto' }}>
        <Alert severity="error">{messageErreur(lire.error)}</Alert>
      </Box>
    );
  }
  const e = lire.data;
  const peutModifier = peut('entreprises.modifier');

  return (
    <Box sx={{ p: 2, maxWidth: 1500, mx: 'auto' }} data-testid="fiche-entreprise" data-entreprise={e.id}>
      <Box sx={{ height: 4, mt: -1, mb: 0.5 }}>{lire.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      <EnTete entreprise={e} titre={titre} onModifier={peutModifier ? () => setModification(true) : null} />
      {peut('actes.enregistrer') ? (
        <Box sx={{ mt: 2 }}>
          <SaisieRapideActe entreprise={e} noteRef={note} />
        </Box>
      ) : null}

      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
          gap: 2,
          mt: 2,
          alignItems: 'start',
        }}
      >
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <ProchainesActions entreprise={e} note={note} />
          <Chronologie entreprise={e} />
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <SectionOffres entreprise={e} />
          <SectionJeunes entreprise={e} />
          <SectionMisesEnRelation entreprise={e} />
          <BlocContacts
            titre={`Interlocuteurs (${e.contacts.length})`}
            contacts={e.contacts}
            onModifier={peutModifier ? () => setModification(true) : null}
            libelleModifier="Modifier les interlocuteurs"
            vide="Aucun interlocuteur nommé."
            testId="contacts-entreprise"
          />
          <BlocNotes notes={e.notes} />
        </Stack>
      </Box>

      {modification ? (
        <DialogueEntreprise
          entreprise={e}
          onFermer={() => setModification(false)}
          onEnregistre={() => setModification(false)}
        />
      ) : null}
    </Box>
  );
}

function EnTete({
  entreprise: e,
  titre,
  onModifier,
}: {
  entreprise: Entreprise;
  titre: Ref<HTMLHeadingElement>;
  onModifier: (() => void) | null;
}) {
  const adresse = [e.adresse, [e.codePostal, e.commune ?? e.codeInsee].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <Paper variant="outlined" sx={{ p: 2, position: 'relative', overflow: 'hidden' }} data-testid="entete-entreprise">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1.5 }}>
        <Typography
          variant="h5"
          component="h1"
          ref={titre}
          tabIndex={-1}
          sx={{ fontWeight: 700, mr: 1, '&:focus': { outline: 'none' } }}
        >
          {e.nom}
        </Typography>
        <PuceStatutEntreprise statut={e.statut} data-testid="statut-entreprise" />
        {e.qpv ? <PuceQpv /> : null}
        <Box sx={{ flex: 1 }} />
        {onModifier ? (
          <Button variant="outlined" startIcon={<EditIcon />} onClick={onModifier} data-testid="modifier-entreprise">
            Modifier
          </Button>
        ) : null}
      </Stack>
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', gap: 2 }}
        data-testid="identite-entreprise"
      >
        <Info libelle="SIRET">
          <span data-testid="siret-entreprise">{siretLisible(e.siret)}</span>
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            SIREN {sirenLisible(e.siren)}
          </Typography>
        </Info>
        <Info libelle="Activité (NAF)">
          {e.naf ? `${e.naf} · ` : ''}
          {e.secteur ? libelleSecteur(e.secteur) : e.naf ? '' : '—'}
        </Info>
        <Info libelle="Effectif">{e.tranche ? TRANCHE_EFFECTIF_LIBELLES[e.tranche] : '—'}</Info>
        <Info libelle="Responsable de la relation">{e.responsableNom ?? 'Personne'}</Info>
        <Info libelle="Adresse">{adresse || '—'}</Info>
        <Info libelle="Téléphone">
          {e.telephone ? <Link href={`tel:${e.telephone}`}>{telephoneFr(e.telephone)}</Link> : '—'}
        </Info>
        <Info libelle="E-mail">{e.email ? <Link href={`mailto:${e.email}`}>{e.email}</Link> : '—'}</Info>
        <Info libelle="Origine">{e.origine ? ORIGINE_ENTREPRISE_LIBELLES[e.origine] : '—'}</Info>
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
        Dans le portefeuille depuis le {dateFr(e.creeLe)} · fiche modifiée le {dateHeureFr(e.modifieLe)}
      </Typography>
    </Paper>
  );
}

/** Planned follow-ups, contracts ending, offers to work on, soonest first; overdue ones in red. */
function ProchainesActions({
  entreprise: e,
  note,
}: {
  entreprise: Entreprise;
  note: RefObject<HTMLTextAreaElement | null>;
}) {
  const { peut } = useDroits();
  const aujourdhui = aujourdhuiIso();
  return (
    <Bloc titre={`Prochaines actions (${e.prochainesActions.length})`}>
      {e.prochainesActions.length === 0 ? (
        <Vide>Rien de prévu. « Prochaine action », sous la note d’un acte, planifie une relance.</Vide>
      ) : (
        <List dense disablePadding data-testid="prochaines-actions">
          {e.prochainesActions.map((p) => {
            const href = lienProchaineAction(p, e);
            const enRetard = p.date < aujourdhui;
            return (
              <ListItem
                key={`${p.genre}-${p.cible.type}-${p.cible.id}`}
                divider
                data-testid="prochaine-action"
                data-genre={p.genre}
                sx={{ gap: 1.5, alignItems: 'center' }}
              >
                <Box sx={{ color: enRetard ? 'error.main' : 'text.secondary', display: 'flex' }} aria-hidden>
                  {ICONES_PROCHAINE[p.genre]}
                </Box>
                <Box sx={{ width: 120, flexShrink: 0 }}>
                  <Typography
                    variant="body2"
                    sx={{ fontWeight: 600, color: enRetard ? 'error.main' : undefined }}
                    data-en-retard={enRetard}
                  >
                    {dateFr(p.date)}
                  </Typography>
                  <Typography variant="caption" color={enRetard ? 'error' : 'text.secondary'}>
                    {echeance(p.date, aujourdhui)}
                  </Typography>
                </Box>
                <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }}>
                  {href ? (
                    <Link href={href} underline="hover">
                      {p.libelle}
                    </Link>
                  ) : (
                    p.libelle
                  )}
                </Typography>
                {p.genre === 'relance' && peut('actes.enregistrer') ? (
                  <Button
                    size="small"
                    onClick={() => {
                      note.current?.focus();
                      note.current?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    Noter l’acte
                  </Button>
                ) : null}
              </ListItem>
            );
          })}
        </List>
      )}
    </Bloc>
  );
}

function Chronologie({ entreprise: e }: { entreprise: Entreprise }) {
  const utilisateur = useUtilisateur();
  const { peut } = useDroits();
  const notifier = useNotifier();
  const supprimer = useAction('actes.supprimer');
  const [aSupprimer, setASupprimer] = useState<number | null>(null);
  const [enModification, setEnModification] = useState<Acte | null>(null);
  const retouche = (a: Acte) => peut('actes.enregistrer') && peutRetoucherActe(a, utilisateur);
  // One column of buttons for every line as soon as one line has them: the authors' names stay aligned.
  const colonneActions = e.actes.some(retouche);

  return (
    <Bloc titre={`Chronologie (${e.chronologie.length})`} chargement={supprimer.isPending}>
      {e.chronologie.length === 0 ? (
        <Vide>Rien encore avec cette entreprise.</Vide>
      ) : (
        <List dense disablePadding aria-label="Chronologie de l’entreprise" data-testid="chronologie-entreprise">
          {e.chronologie.map((l) => {
            const cible = cibleChronologie(l, e);
            const acte = l.cible.type === 'acte' ? e.actes.find((a) => a.id === l.cible.id) : undefined;
            const retouchable = acte !== undefined && retouche(acte);
            const icone = acte ? ICONES_ACTE[acte.type] : ICONES_GENRE[l.genre];
            const contenu = (
              <>
                <Box sx={{ width: 84, flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {dateFr(l.date)}
                  </Typography>
                </Box>
                <Pastille couleur={COULEURS_GENRE[l.genre]} titre={l.titre}>
                  {icone}
                </Pastille>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600 }}>{l.titre}</Typography>
                  {l.detail ? (
                    <Typography
                      variant="body2"
                      color="text.secondary"
                      sx={{
                        whiteSpace: 'pre-wrap',
                        display: '-webkit-box',
                        WebkitLineClamp: 4,
                        WebkitBoxOrient: 'vertical',
                        overflow: 'hidden',
                      }}
                    >
                      {l.detail}
                    </Typography>
                  ) : null}
                </Box>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  sx={{ flexShrink: 0, maxWidth: 160, textAlign: 'right', pt: 0.25 }}
                >
                  {l.auteurNom ?? ''}
                </Typography>
              </>
            );
            const styleContenu = { alignItems: 'flex-start', gap: 1.5, py: 1 };
            const actions =
              acte && retouchable ? (
                aSupprimer === acte.id ? (
                  <ConfirmationEnLigne
                    question="Supprimer cet acte ?"
                    enCours={supprimer.isPending}
                    onNon={() => setASupprimer(null)}
                    onOui={() =>
                      supprimer.mutate(
                        { id: acte.id },
                        {
                          onSuccess: () => {
                            setASupprimer(null);
                            notifier(`Acte du ${dateFr(acte.date)} supprimé.`);
                          },
                          onError: (err) => {
                            setASupprimer(null);
                            notifier(err.message, 'error');
                          },
                        },
                      )
                    }
                  />
                ) : (
                  <Stack direction="row">
                    <Tooltip title="Modifier l’acte" describeChild>
                      <IconButton
                        size="small"
                        aria-label={`Modifier l’acte du ${dateFr(acte.date)}`}
                        onClick={() => setEnModification(acte)}
                        data-testid="modifier-acte"
                      >
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    {peut('actes.supprimer') ? (
                      <Tooltip title="Supprimer l’acte" describeChild>
                        <IconButton
                          size="small"
                          aria-label={`Supprimer l’acte du ${dateFr(acte.date)}`}
                          onClick={() => setASupprimer(acte.id)}
                          data-testid="supprimer-acte"
                        >
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    ) : null}
                  </Stack>
                )
              ) : null;
            return (
              <ListItem
                key={l.cle}
                divider
                disablePadding
                data-testid="ligne-chronologie-entreprise"
                data-genre={l.genre}
                sx={{ alignItems: 'flex-start', pr: colonneActions ? 1 : 0 }}
              >
                {cible?.genre === 'lien' ? (
                  <ListItemButton component="a" href={cible.href} sx={styleContenu}>
                    {contenu}
                  </ListItemButton>
                ) : cible?.genre === 'acte' && retouchable ? (
                  <ListItemButton onClick={() => setEnModification(cible.acte)} sx={styleContenu}>
                    {contenu}
                  </ListItemButton>
                ) : (
                  <Box sx={{ display: 'flex', flex: 1, px: 2, ...styleContenu }}>{contenu}</Box>
                )}
                {colonneActions ? (
                  <Box
                    sx={{
                      flexShrink: 0,
                      alignSelf: 'center',
                      pl: 1,
                      minWidth: 68,
                      display: 'flex',
                      justifyContent: 'flex-end',
                    }}
                  >
                    {actions}
                  </Box>
                ) : null}
              </ListItem>
            );
          })}
        </List>
      )}
      {enModification ? (
        <DialogueActe entreprise={e} acte={enModification} onFermer={() => setEnModification(null)} />
      ) : null}
    </Bloc>
  );
}

function SectionOffres({ entreprise: e }: { entreprise: Entreprise }) {
  const { peut } = useDroits();
  const [nouvelle, setNouvelle] = useState(false);
  const ouvertes = e.offres.filter((o) => o.statut === 'ouverte').length;
  return (
    <Bloc
      titre={
        e.offres.length === 0
          ? 'Offres'
          : `Offres (${ouvertes} ouverte${ouvertes > 1 ? 's' : ''} sur ${e.offres.length})`
      }
      actions={
        peut('offres.enregistrer') ? (
          <Button
            size="small"
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={() => setNouvelle(true)}
            data-testid="nouvelle-offre-entreprise"
          >
            Nouvelle offre
          </Button>
        ) : null
      }
    >
      {e.offres.length === 0 ? (
        <Vide>Aucune offre reçue de cette entreprise.</Vide>
      ) : (
        <Table size="small" aria-label="Offres de l’entreprise" data-testid="offres-entreprise">
          <TableBody>
            {e.offres.map((o) => (
              <TableRow key={o.id} hover data-testid="offre-entreprise" data-offre={o.id}>
                <TableCell>
                  <Link href={lienOffre(o.id)} underline="hover" sx={{ fontWeight: 600 }}>
                    {o.intitule}
                  </Link>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {TYPE_CONTRAT_OFFRE_LIBELLES[o.typeContrat]}
                    {o.dureeMois ? ` · ${o.dureeMois} mois` : ''} · {o.postes} poste{o.postes > 1 ? 's' : ''} · reçue le{' '}
                    {dateFr(o.recueLe)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Typography variant="body2">
                    {o.misesEnRelation.total} proposé{o.misesEnRelation.total > 1 ? 's' : ''}
                  </Typography>
                  {o.misesEnRelation.retenus > 0 ? (
                    <Typography variant="caption" color="text.secondary">
                      dont {o.misesEnRelation.retenus} retenu{o.misesEnRelation.retenus > 1 ? 's' : ''}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell align="right">
                  <PuceStatutOffre statut={o.statut} />
                  {o.statut === 'ouverte' ? (
                    <Typography variant="caption" color="text.secondary" component="div">
                      jusqu’au {dateFr(o.expireLe)}
                    </Typography>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {nouvelle ? <DialogueOffre entrepriseId={e.id} onFermer={() => setNouvelle(false)} /> : null}
    </Bloc>
  );
}

function LienJeune({ jeuneId, children }: { jeuneId: number; children: ReactNode }) {
  const { peut } = useDroits();
  return peut('jeunes.lire') ? (
    <Link href={lienSituationsJeune(jeuneId)} underline="hover" sx={{ fontWeight: 600 }}>
      {children}
    </Link>
  ) : (
    <Box component="span" sx={{ fontWeight: 600 }}>
      {children}
    </Box>
  );
}

function SectionJeunes({ entreprise: e }: { entreprise: Entreprise }) {
  const enCours = e.jeunes.filter((j) => j.enCours).length;
  return (
    <Bloc titre={`Jeunes en poste ou en immersion (${enCours} aujourd’hui)`}>
      {e.jeunes.length === 0 ? (
        <Vide>Aucun jeune n’a encore travaillé ici (les situations du parcours qui nomment l’entreprise).</Vide>
      ) : (
        <Table size="small" aria-label="Jeunes dans l’entreprise" data-testid="jeunes-entreprise">
          <TableBody>
            {e.jeunes.map((j) => (
              <TableRow key={j.situationId} data-testid="jeune-entreprise" sx={{ opacity: j.enCours ? 1 : 0.7 }}>
                <TableCell>
                  <LienJeune jeuneId={j.jeuneId}>{j.jeuneNom}</LienJeune>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {libelleContrat(j.type, j.sousType)}
                    {j.intitule ? ` · ${j.intitule}` : ''}
                  </Typography>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Typography variant="body2">
                    {j.finReelle
                      ? `du ${dateFr(j.debut)} au ${dateFr(j.finReelle)}`
                      : j.finPrevue
                        ? `du ${dateFr(j.debut)} au ${dateFr(j.finPrevue)}`
                        : `depuis le ${dateFr(j.debut)}`}
                  </Typography>
                </TableCell>
                <TableCell align="right">
                  {j.enCours ? (
                    <Chip size="small" color="success" label="En cours" />
                  ) : (
                    <Chip size="small" variant="outlined" label="Terminée" />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Bloc>
  );
}

function SectionMisesEnRelation({ entreprise: e }: { entreprise: Entreprise }) {
  return (
    <Bloc titre={`Mises en relation (${e.misesEnRelation.length})`}>
      {e.misesEnRelation.length === 0 ? (
        <Vide>Aucun jeune proposé sur les offres de cette entreprise.</Vide>
      ) : (
        <Table size="small" aria-label="Mises en relation" data-testid="mises-en-relation-entreprise">
          <EnTeteTableau colonnes={['Date', 'Jeune', 'Offre', { libelle: 'Issue', align: 'right' }]} />
          <TableBody>
            {e.misesEnRelation.map((m) => (
              <TableRow key={m.id} data-testid="mise-en-relation-entreprise" sx={{ '& td': { verticalAlign: 'top' } }}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(m.date)}</TableCell>
                <TableCell>
                  <LienJeune jeuneId={m.jeuneId}>{m.jeuneNom}</LienJeune>
                </TableCell>
                <TableCell>
                  <Link href={lienOffre(m.offreId)} underline="hover">
                    {m.offreIntitule}
                  </Link>
                </TableCell>
                <TableCell align="right">
                  <PuceIssue issue={m.issue} />
                  {m.motifNonRetenu ? (
                    <Typography variant="caption" color="text.secondary" component="div">
                      {MOTIF_NON_RETENU_LIBELLES[m.motifNonRetenu]}
                    </Typography>
                  ) : m.issueLe && m.issue !== 'en_attente' ? (
                    <Typography variant="caption" color="text.secondary" component="div">
                      le {dateFr(m.issueLe)}
                    </Typography>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Bloc>
  );
}
