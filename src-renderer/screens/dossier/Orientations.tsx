import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  IconButton,
  Link,
  Radio,
  RadioGroup,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
  type ChipProps,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import RateReviewIcon from '@mui/icons-material/RateReview';
import {
  STATUT_ORIENTATION_LIBELLES,
  type OrigineOrientation,
  type Orientation,
  type StatutOrientation,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { ChoixPartenaire, type PartenaireChoisi } from '../../components/ChoixPartenaire';
import { ConfirmationEnLigne, EnTeteTableau, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr, dateIso } from '../../components/dates';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from './DialogueFormulaire';
import { ChampLibre, DateSaisie } from './elements';
import { dateEnvoyee } from './logique';

export const ORIGINE_ORIENTATION_LIBELLES: Record<OrigineOrientation, string> = {
  dossier: 'Dossier',
  accueil: 'Accueil',
  diagnostic: 'Diagnostic',
};

const COULEUR_STATUT: Record<StatutOrientation, ChipProps['color']> = {
  proposee: 'info',
  acceptee: 'success',
  refusee: 'error',
  sans_suite: 'default',
};

/** The outcome of an orientation as a chip; « sans suite » is outlined, like other dead ends. */
export function PuceStatutOrientation({ statut }: { statut: StatutOrientation }) {
  return (
    <Chip
      size="small"
      color={COULEUR_STATUT[statut]}
      variant={statut === 'sans_suite' ? 'outlined' : 'filled'}
      label={STATUT_ORIENTATION_LIBELLES[statut]}
      data-testid="statut-orientation"
      data-statut={statut}
    />
  );
}

/** The suites offered, « proposée » last: it puts an orientation back to waiting for an answer. */
const SUITES: StatutOrientation[] = ['acceptee', 'refusee', 'sans_suite', 'proposee'];

/**
 * The jeune's orientations to partners, from the file, the desk or a diagnostic, most recent
 * first; the one opened from the timeline is framed. Each one's outcome is noted here.
 */
export function Orientations({ jeuneId, cible }: { jeuneId: number; cible: number | null }) {
  const { peut } = useDroits();
  const orientations = useRequete('orientations.duJeune', { jeuneId });
  const [dialogue, setDialogue] = useState<{ type: 'nouvelle' } | { type: 'suite'; id: number } | null>(null);
  const cree = peut('orientations.creer');

  if (orientations.isLoading) return <Skeleton variant="rectangular" height={160} />;
  if (!orientations.data) return <Alert severity="error">{messageErreur(orientations.error)}</Alert>;
  const liste = orientations.data;
  const aRelancer = liste.filter((o) => o.aRelancer).length;
  const enSuite = dialogue?.type === 'suite' ? liste.find((o) => o.id === dialogue.id) : undefined;

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }} data-testid="resume-orientations">
          {liste.length === 0
            ? ''
            : `${liste.length} orientation${liste.length > 1 ? 's' : ''}${
                aRelancer > 0 ? ` · ${aRelancer} sans retour du partenaire, à relancer` : ''
              }`}
        </Typography>
        {cree ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialogue({ type: 'nouvelle' })}>
            Nouvelle orientation
          </Button>
        ) : null}
      </Stack>
      {liste.length === 0 ? (
        <Vide>
          Aucune orientation vers un partenaire. Les orientations décidées à l’accueil ou en conclusion d’un diagnostic
          s’ajoutent ici aussi.
        </Vide>
      ) : (
        <Table size="small" aria-label="Orientations du jeune">
          <EnTeteTableau colonnes={['Date', 'Partenaire', 'Motif', 'Origine', 'Diagnostic', 'Suite', '']} />
          <TableBody>
            {liste.map((o) => (
              <LigneOrientation
                key={o.id}
                orientation={o}
                cible={o.id === cible}
                onSuite={peut('orientations.enregistrerRetour') ? () => setDialogue({ type: 'suite', id: o.id }) : null}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {dialogue?.type === 'nouvelle' ? (
        <DialogueOrientation jeuneId={jeuneId} onFermer={() => setDialogue(null)} />
      ) : null}
      {enSuite ? <DialogueSuite orientation={enSuite} onFermer={() => setDialogue(null)} /> : null}
    </Box>
  );
}

function LigneOrientation({
  orientation: o,
  cible,
  onSuite,
}: {
  orientation: Orientation;
  cible: boolean;
  onSuite: (() => void) | null;
}) {
  const { peut } = useDroits();
  const utilisateur = useUtilisateur();
  const notifier = useNotifier();
  const supprimer = useAction('orientations.supprimer');
  const [confirmer, setConfirmer] = useState(false);
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (cible) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [cible]);
  // Those made at the desk or by a diagnostic belong to their record; the main process checks the author.
  const supprimable =
    o.origine === 'dossier' &&
    peut('orientations.supprimer') &&
    (o.auteurId === utilisateur.id || utilisateur.roles.includes('direction'));
  const destination = `${o.partenaireNom}${o.serviceNom ? ` (${o.serviceNom})` : ''}`;
  return (
    <TableRow
      ref={ref}
      data-testid="ligne-orientation"
      data-orientation={o.id}
      data-statut={o.statut}
      selected={cible}
      sx={{ '& td': { verticalAlign: 'top' } }}
    >
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {dateFr(o.date)}
        <Typography variant="caption" color="text.secondary" component="div">
          {o.auteurNom}
        </Typography>
      </TableCell>
      <TableCell>
        <Link href={`#/annuaire?partenaire=${o.partenaireId}`} sx={{ fontWeight: 600 }}>
          {o.partenaireNom}
        </Link>
        {o.serviceNom ? (
          <Typography variant="body2" color="text.secondary">
            {o.serviceNom}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell sx={{ maxWidth: 360 }}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {o.motif}
        </Typography>
        {o.commentaire ? (
          <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }} component="div">
            {o.commentaire}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>{ORIGINE_ORIENTATION_LIBELLES[o.origine]}</TableCell>
      <TableCell>
        {o.transmissionDiagnostic ? (
          <Chip size="small" variant="outlined" label="Diagnostic transmis" data-testid="diagnostic-transmis" />
        ) : (
          <Typography variant="body2" color="text.disabled">
            Non transmis
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5, alignItems: 'center' }}>
          <PuceStatutOrientation statut={o.statut} />
          {o.aRelancer ? (
            <Tooltip title="Toujours « proposée » après le délai fixé dans les paramètres : relancez le partenaire ou le jeune.">
              <Chip
                size="small"
                color="warning"
                icon={<NotificationsActiveIcon />}
                label="À relancer"
                data-testid="a-relancer"
              />
            </Tooltip>
          ) : null}
        </Stack>
        {o.retourLe && o.statut !== 'proposee' ? (
          <Typography variant="caption" color="text.secondary" component="div">
            le {dateFr(o.retourLe)}
          </Typography>
        ) : null}
        {o.statut === 'refusee' && o.motifRefus ? (
          <Typography variant="caption" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
            Raison : {o.motifRefus}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {confirmer ? (
          <ConfirmationEnLigne
            enCours={supprimer.isPending}
            onNon={() => setConfirmer(false)}
            onOui={() =>
              supprimer.mutate(
                { id: o.id },
                {
                  onSuccess: () => notifier(`Orientation vers ${destination} supprimée.`),
                  onError: (e) => {
                    setConfirmer(false);
                    notifier(e.message, 'error');
                  },
                },
              )
            }
          />
        ) : (
          <>
            {onSuite ? (
              <Button
                size="small"
                startIcon={<RateReviewIcon />}
                onClick={onSuite}
                aria-label={`Noter la suite de l’orientation vers ${destination}`}
              >
                Noter la suite
              </Button>
            ) : null}
            {supprimable ? (
              <Tooltip title="Supprimer (saisie par erreur)">
                <IconButton
                  aria-label={`Supprimer l’orientation vers ${destination}`}
                  onClick={() => setConfirmer(true)}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            ) : null}
          </>
        )}
      </TableCell>
    </TableRow>
  );
}

/**
 * « Transmettre le diagnostic » to the partner: offered only once the jeune's consent is recorded
 * in the file (DOMAIN.md, personal data), and only if there is a diagnostic to transmit. Otherwise
 * the box stays unticked and says why, with the way to the Fiche where consent is recorded.
 */
export function CaseTransmission({
  jeuneId,
  valeur,
  onChange,
  erreur,
  date,
  sansDiagnostic = false,
  saisieEnCours,
}: {
  jeuneId: number;
  valeur: boolean;
  onChange: (v: boolean) => void;
  erreur?: string | undefined;
  /** The orientation's date as typed (`YYYY-MM-DD`), null while it is not a date. */
  date: string | null;
  /** No diagnostic started by the orientation's date: nothing to transmit. */
  sansDiagnostic?: boolean;
  /** Something is typed in the dialog: leaving for the Fiche asks first. */
  saisieEnCours: boolean;
}) {
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const [quitter, setQuitter] = useState(false);
  const consentement = fiche.data?.jeune.consentementTransmissionLe ?? null;
  // The consent must precede the orientation (the main process checks the same).
  const consentementPosterieur = consentement !== null && date !== null && consentement > date;
  const possible = consentement !== null && !consentementPosterieur && !sansDiagnostic;
  // What is sent is what the box shows: a date moved before the consent unticks it.
  useEffect(() => {
    if (valeur && !possible && fiche.data) onChange(false);
  }, [valeur, possible, fiche.data, onChange]);
  const ouvrirFiche = () => naviguer('dossier', { jeune: jeuneId, onglet: 'fiche' });
  const lienFiche = quitter ? (
    <>
      Ce que vous avez saisi ici sera perdu.{' '}
      <Link component="button" type="button" onClick={ouvrirFiche}>
        Ouvrir la Fiche quand même
      </Link>{' '}
      ·{' '}
      <Link component="button" type="button" onClick={() => setQuitter(false)}>
        Rester ici
      </Link>
    </>
  ) : (
    <Link component="button" type="button" onClick={() => (saisieEnCours ? setQuitter(true) : ouvrirFiche())}>
      Ouvrir la Fiche
    </Link>
  );
  const aide = fiche.isLoading ? (
    'Lecture du consentement…'
  ) : consentement === null ? (
    <span data-testid="consentement-absent">
      Le consentement du jeune à la transmission n’est pas enregistré : notez-en la date dans la Fiche (« Données
      personnelles »). {lienFiche}
    </span>
  ) : consentementPosterieur ? (
    <span data-testid="consentement-absent">
      Consentement du jeune daté du {dateFr(consentement)}, après cette orientation : vérifiez sa date dans la Fiche.{' '}
      {lienFiche}
    </span>
  ) : sansDiagnostic ? (
    'Aucun diagnostic commencé à cette date : rien à transmettre.'
  ) : (
    `Consentement du jeune enregistré le ${dateFr(consentement)}.`
  );
  return (
    <FormControl error={Boolean(erreur)} sx={{ gridColumn: '1 / -1' }}>
      <FormControlLabel
        control={
          <Checkbox checked={valeur && possible} disabled={!possible} onChange={(e) => onChange(e.target.checked)} />
        }
        label="Transmettre le diagnostic au partenaire"
      />
      <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{erreur ?? aide}</FormHelperText>
    </FormControl>
  );
}

interface SaisieOrientation {
  partenaire: PartenaireChoisi;
  motif: string;
  date: string;
  commentaire: string;
  transmission: boolean;
}

/** A new orientation from the file: partner (and service), reason, date (today), transmission. */
function DialogueOrientation({ jeuneId, onFermer }: { jeuneId: number; onFermer: () => void }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const creer = useAction('orientations.creer');
  const diagnostics = useRequete('diagnostics.duJeune', { jeuneId }, { enabled: peut('diagnostics.duJeune') });
  const [s, setS] = useState<SaisieOrientation>(() => ({
    partenaire: { partenaireId: null, serviceId: null },
    motif: '',
    date: dateFr(aujourdhuiIso()),
    commentaire: '',
    transmission: false,
  }));
  const [modifie, setModifie] = useState(false);
  const [manque, setManque] = useState<string>();
  const erreur = creer.error;
  const e = (champ: string) => champErreur(erreur, champ);
  const maj = (p: Partial<SaisieOrientation>) => {
    setModifie(true);
    setS((avant) => ({ ...avant, ...p }));
  };
  const date = dateIso(s.date);
  const sansDiagnostic =
    diagnostics.data !== undefined && !diagnostics.data.diagnostics.some((d) => date === null || d.debut <= date);

  return (
    <DialogueFormulaire
      titre="Nouvelle orientation"
      sousTitre="Vers un partenaire de l’annuaire, ou l’un de ses services"
      enCours={creer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={() => {
        const { partenaireId, serviceId } = s.partenaire;
        if (partenaireId === null) {
          setManque('Partenaire : choisissez-le dans l’annuaire (tapez une partie de son nom).');
          return;
        }
        creer.mutate(
          {
            jeuneId,
            partenaireId,
            serviceId,
            motif: s.motif,
            date: dateEnvoyee(s.date),
            commentaire: s.commentaire,
            transmissionDiagnostic: s.transmission,
          },
          {
            onSuccess: () => {
              notifier(s.transmission ? 'Orientation enregistrée, diagnostic transmis.' : 'Orientation enregistrée.');
              onFermer();
            },
          },
        );
      }}
      libelleEnvoi="Orienter"
      erreur={erreur}
      maxWidth="md"
      testId="dialogue-orientation"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <ChoixPartenaire
            autoFocus
            valeur={s.partenaire}
            onChange={(partenaire) => {
              setManque(undefined);
              maj({ partenaire });
            }}
            erreur={manque ?? e('partenaireId')}
            erreurService={e('serviceId')}
          />
        </Box>
        <ChampLibre
          label="Motif de l’orientation"
          required
          sx={{ gridColumn: '1 / -1' }}
          lignes={[2, 6]}
          valeur={s.motif}
          onChange={(motif) => maj({ motif })}
          erreur={e('motif')}
          aide="Ce que le partenaire doit apporter au jeune · Ctrl+Entrée enregistre"
        />
        <DateSaisie label="Date" required valeur={s.date} onChange={(date) => maj({ date })} erreur={e('date')} />
        <Box />
        <ChampLibre
          label="Commentaire"
          sx={{ gridColumn: '1 / -1' }}
          lignes={[1, 6]}
          valeur={s.commentaire}
          onChange={(commentaire) => maj({ commentaire })}
          erreur={e('commentaire')}
        />
        <CaseTransmission
          jeuneId={jeuneId}
          valeur={s.transmission}
          onChange={(transmission) => maj({ transmission })}
          erreur={e('transmissionDiagnostic')}
          date={date}
          sansDiagnostic={sansDiagnostic}
          saisieEnCours={modifie}
        />
      </Box>
    </DialogueFormulaire>
  );
}

interface SaisieSuite {
  statut: StatutOrientation | null;
  retourLe: string;
  motifRefus: string;
  commentaire: string;
}

/**
 * The partner's answer: accepted, refused (the reason is required), no follow-up, or back to
 * « proposée ». Noted by someone else meanwhile: what is typed stays, the other version is shown,
 * and saving again replaces it knowingly.
 */
function DialogueSuite({ orientation: o, onFermer }: { orientation: Orientation; onFermer: () => void }) {
  const notifier = useNotifier();
  const client = useQueryClient();
  const enregistrer = useAction('orientations.enregistrerRetour');
  const [s, setS] = useState<SaisieSuite>(() => ({
    statut: o.statut === 'proposee' ? null : o.statut,
    retourLe: dateFr(o.retourLe ?? aujourdhuiIso()),
    motifRefus: o.motifRefus ?? '',
    commentaire: o.commentaire ?? '',
  }));
  // The version this screen answers; moved to the latest once the person chose to replace it.
  const [modifieLeLu, setModifieLeLu] = useState(o.modifieLe);
  const [modifie, setModifie] = useState(false);
  const [manque, setManque] = useState<string>();
  const erreur = enregistrer.error;
  const enConflit = erreur?.code === 'conflit';
  const versionAutre = o.modifieLe !== modifieLeLu;
  const e = (champ: string) => champErreur(erreur, champ);
  const maj = (p: Partial<SaisieSuite>) => {
    setModifie(true);
    setS((avant) => ({ ...avant, ...p }));
  };
  const destination = `${o.partenaireNom}${o.serviceNom ? ` (${o.serviceNom})` : ''}`;

  const envoyer = (version: string) => {
    if (s.statut === null) {
      setManque('Choisissez la suite donnée par le partenaire.');
      return;
    }
    enregistrer.mutate(
      {
        id: o.id,
        statut: s.statut,
        ...(s.statut === 'proposee' ? {} : { retourLe: dateEnvoyee(s.retourLe) }),
        motifRefus: s.statut === 'refusee' ? s.motifRefus : '',
        commentaire: s.commentaire,
        modifieLeLu: version,
      },
      {
        onSuccess: () => {
          notifier(`Suite de l’orientation notée : ${STATUT_ORIENTATION_LIBELLES[s.statut ?? 'proposee']}.`);
          onFermer();
        },
        onError: (err) => {
          // The other version is read again and shown; nothing typed here is lost.
          if (err.code === 'conflit') void client.invalidateQueries({ queryKey: ['orientations.duJeune'] });
        },
      },
    );
  };

  return (
    <DialogueFormulaire
      titre="Noter la suite de l’orientation"
      sousTitre={`Vers ${destination}, le ${dateFr(o.date)} · ${o.motif}`}
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={() => envoyer(modifieLeLu)}
      libelleEnvoi="Enregistrer la suite"
      erreur={enConflit ? null : erreur}
      testId="dialogue-suite-orientation"
    >
      {enConflit && versionAutre ? (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          data-testid="conflit-orientation"
          action={
            <Button
              color="inherit"
              onClick={() => {
                setModifieLeLu(o.modifieLe);
                envoyer(o.modifieLe);
              }}
            >
              Remplacer par ma saisie
            </Button>
          }
        >
          Quelqu’un a noté une suite entre-temps : {STATUT_ORIENTATION_LIBELLES[o.statut]}
          {o.retourLe && o.statut !== 'proposee' ? ` le ${dateFr(o.retourLe)}` : ''}
          {o.motifRefus ? ` (raison : ${o.motifRefus})` : ''}
          {o.commentaire ? `, commentaire : « ${o.commentaire} »` : ''}. Votre saisie est gardée ci-dessous.
        </Alert>
      ) : enConflit ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {erreur.message} Lecture de la version à jour…
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 1 }}>
        <FormControl component="fieldset" error={Boolean(manque ?? e('statut'))} sx={{ gridColumn: '1 / -1' }}>
          <FormLabel component="legend" id="libelle-suite">
            Suite donnée *
          </FormLabel>
          <RadioGroup
            row
            aria-labelledby="libelle-suite"
            value={s.statut ?? ''}
            onChange={(ev) => {
              setManque(undefined);
              maj({ statut: ev.target.value as StatutOrientation });
            }}
          >
            {SUITES.map((st, i) => (
              <FormControlLabel
                key={st}
                value={st}
                control={<Radio autoFocus={s.statut === null ? i === 0 : s.statut === st} />}
                label={st === 'proposee' ? 'Proposée, sans réponse' : STATUT_ORIENTATION_LIBELLES[st]}
              />
            ))}
          </RadioGroup>
          {(manque ?? e('statut')) ? <FormHelperText>{manque ?? e('statut')}</FormHelperText> : null}
        </FormControl>
        {s.statut !== 'proposee' ? (
          <DateSaisie
            label="Date du retour"
            valeur={s.retourLe}
            onChange={(retourLe) => maj({ retourLe })}
            erreur={e('retourLe')}
          />
        ) : null}
        {s.statut === 'refusee' ? (
          <ChampLibre
            label="Raison du refus"
            required
            sx={{ gridColumn: '1 / -1' }}
            lignes={[1, 4]}
            valeur={s.motifRefus}
            onChange={(motifRefus) => maj({ motifRefus })}
            erreur={e('motifRefus')}
          />
        ) : null}
        <ChampLibre
          label="Commentaire"
          sx={{ gridColumn: '1 / -1' }}
          lignes={[2, 6]}
          valeur={s.commentaire}
          onChange={(commentaire) => maj({ commentaire })}
          erreur={e('commentaire')}
          aide="Ctrl+Entrée enregistre"
        />
      </Box>
    </DialogueFormulaire>
  );
}
