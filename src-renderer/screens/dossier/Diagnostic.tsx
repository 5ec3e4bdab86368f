import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  Divider,
  FormControlLabel,
  Link,
  Paper,
  Radio,
  RadioGroup,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import FlagIcon from '@mui/icons-material/Flag';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import {
  CONCLUSION_DIAGNOSTIC_LIBELLES,
  CONCLUSIONS_DIAGNOSTIC,
  DIMENSION_LIBELLES,
  DIMENSIONS,
  type ConclusionDiagnostic,
  type Diagnostic,
  type Dimension,
  type OrientationResume,
  type TypeParcours,
} from '../../../src-main/contract';
import { champErreur, messageErreur, type Sortie } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { Vide } from '../../components/communs';
import { ChoixPartenaire, type PartenaireChoisi } from '../../components/ChoixPartenaire';
import { aujourdhuiIso, dateFr, dateIso } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';
import { DialogueFormulaire } from './DialogueFormulaire';
import { CarteCiblee, ChampLibre, DateSaisie } from './elements';
import { CaseTransmission, PuceStatutOrientation } from './Orientations';
import {
  dateEnvoyee,
  dimensionsAEnvoyer,
  saisieDimensions,
  type SaisieDimension,
  type SaisieDimensions,
} from './logique';

/**
 * The jeune's diagnostics, most recent first: one card per dimension written, the interviews, the
 * conclusion. A new diagnostic starts from what the file already knows; an open one is continued
 * at the next interview.
 */
export function Diagnostics({
  jeuneId,
  cible,
  onOuvrirParcours,
  onOuvrirOrientation,
}: {
  jeuneId: number;
  /** A diagnostic opened from the timeline: shown and framed. */
  cible: number | null;
  onOuvrirParcours: (diagnosticId: number) => void;
  onOuvrirOrientation: (orientationId: number) => void;
}) {
  const { peut } = useDroits();
  const diagnostics = useRequete('diagnostics.duJeune', { jeuneId });
  const types = useRequete('typesParcours.lister', {});
  const parcours = useRequete('parcours.duJeune', { jeuneId });
  const [dialogue, setDialogue] = useState<{ continue: Diagnostic | null } | null>(null);
  const enregistre = peut('diagnostics.enregistrer');
  const libelleType = (code: string | null) => types.data?.find((t) => t.code === code)?.libelle ?? code ?? '';

  if (diagnostics.isLoading) return <Skeleton variant="rectangular" height={220} />;
  if (!diagnostics.data) return <Alert severity="error">{messageErreur(diagnostics.error)}</Alert>;
  const liste = diagnostics.data.diagnostics;
  const ouvert = liste.find((d) => d.conclusion === null) ?? null;

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {liste.length === 0
            ? ''
            : `${liste.length} diagnostic${liste.length > 1 ? 's' : ''}${ouvert ? ' · un diagnostic est en cours' : ''}`}
        </Typography>
        {enregistre ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialogue({ continue: null })}>
            Nouveau diagnostic
          </Button>
        ) : null}
      </Stack>
      {liste.length === 0 ? (
        <Vide>
          Aucun diagnostic.{' '}
          {enregistre ? 'Le nouveau diagnostic reprend ce que la fiche sait déjà (niveau, logement, mobilité…).' : ''}
        </Vide>
      ) : null}
      <Stack spacing={2}>
        {liste.map((d) => (
          <CarteDiagnostic
            key={d.id}
            diagnostic={d}
            cible={d.id === cible}
            libelleType={libelleType}
            onOuvrirOrientation={onOuvrirOrientation}
            onContinuer={enregistre && d.conclusion === null ? () => setDialogue({ continue: d }) : null}
            onOuvrirParcours={
              peut('parcours.ouvrir') &&
              d.conclusion === 'parcours' &&
              parcours.data !== undefined &&
              !parcours.data.some((p) => p.diagnosticId === d.id)
                ? () => onOuvrirParcours(d.id)
                : null
            }
          />
        ))}
      </Stack>
      {dialogue ? (
        <DialogueDiagnostic
          jeuneId={jeuneId}
          continue={dialogue.continue}
          preRemplissage={diagnostics.data.preRemplissage}
          types={types.data ?? []}
          onFermer={() => setDialogue(null)}
        />
      ) : null}
    </Box>
  );
}

function CarteDiagnostic({
  diagnostic: d,
  cible,
  libelleType,
  onOuvrirOrientation,
  onContinuer,
  onOuvrirParcours,
}: {
  diagnostic: Diagnostic;
  cible: boolean;
  libelleType: (code: string | null) => string;
  onOuvrirOrientation: (orientationId: number) => void;
  onContinuer: (() => void) | null;
  onOuvrirParcours: (() => void) | null;
}) {
  const ecrites = d.dimensions.filter((x) => x.frein || x.situation || x.freins || x.note);
  return (
    <CarteCiblee cible={cible} testId="carte-diagnostic">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h3" sx={{ flex: 1 }}>
          Diagnostic du {dateFr(d.debut)}
          <Typography component="span" color="text.secondary" sx={{ ml: 1, fontWeight: 400 }}>
            {d.conseillerNom} · entretien{d.entretiens.length > 1 ? 's' : ''} le{d.entretiens.length > 1 ? 's' : ''}{' '}
            {d.entretiens.map(dateFr).join(', ')}
          </Typography>
        </Typography>
        {d.conclusion ? (
          <Chip color="success" label={`${CONCLUSION_DIAGNOSTIC_LIBELLES[d.conclusion]} (${dateFr(d.conclusionLe)})`} />
        ) : (
          <Chip color="warning" label="En cours, sans conclusion" />
        )}
        {onContinuer ? (
          <Button variant="outlined" startIcon={<PlayArrowIcon />} onClick={onContinuer}>
            Continuer ce diagnostic
          </Button>
        ) : null}
        {onOuvrirParcours ? (
          <Button variant="contained" startIcon={<FlagIcon />} onClick={onOuvrirParcours}>
            Ouvrir le parcours proposé
          </Button>
        ) : null}
      </Stack>
      {ecrites.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Aucune dimension renseignée.
        </Typography>
      ) : (
        <Box
          sx={{
            mt: 1.5,
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' },
            gap: 1.5,
          }}
        >
          {ecrites.map((x) => (
            <Box
              key={x.dimension}
              sx={{ borderLeft: 3, borderColor: x.frein ? 'warning.main' : 'divider', pl: 1.5, minWidth: 0 }}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="subtitle2">{DIMENSION_LIBELLES[x.dimension]}</Typography>
                {x.frein ? <Chip size="small" color="warning" label="Frein" sx={{ height: 20 }} /> : null}
              </Stack>
              <Texte libelle="Situation" valeur={x.situation} />
              <Texte libelle="Freins" valeur={x.freins} />
              <Texte libelle="Note" valeur={x.note} />
            </Box>
          ))}
        </Box>
      )}
      {d.conclusion ? (
        <>
          <Divider sx={{ my: 1.5 }} />
          <Typography variant="body2">
            <strong>Conclusion : </strong>
            {CONCLUSION_DIAGNOSTIC_LIBELLES[d.conclusion]}
            {d.conclusion === 'parcours' && d.typeParcoursPropose ? ` — ${libelleType(d.typeParcoursPropose)}` : ''}
          </Typography>
          {d.conclusion === 'orientation' && d.orientation ? (
            <OrientationConclue orientation={d.orientation} onOuvrir={onOuvrirOrientation} />
          ) : null}
          <Texte libelle="" valeur={d.conclusionNote} />
        </>
      ) : null}
    </CarteCiblee>
  );
}

/** The orientation a conclusion made: where to, its reason, and what the partner answered. */
function OrientationConclue({
  orientation: o,
  onOuvrir,
}: {
  orientation: OrientationResume;
  onOuvrir: (orientationId: number) => void;
}) {
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, mt: 0.5 }}
      data-testid="orientation-conclue"
    >
      <Typography variant="body2">
        Vers{' '}
        <Link href={`#/annuaire?partenaire=${o.partenaireId}`} sx={{ fontWeight: 600 }}>
          {o.partenaireNom}
        </Link>
        {o.serviceNom ? ` (${o.serviceNom})` : ''} : {o.motif}
      </Typography>
      <PuceStatutOrientation statut={o.statut} />
      {o.transmissionDiagnostic ? <Chip size="small" variant="outlined" label="Diagnostic transmis" /> : null}
      <Button size="small" onClick={() => onOuvrir(o.id)}>
        Voir l’orientation
      </Button>
    </Stack>
  );
}

function Texte({ libelle, valeur }: { libelle: string; valeur: string | null }) {
  if (!valeur) return null;
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.25 }}>
      {libelle ? (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {libelle} :{' '}
        </Box>
      ) : null}
      {valeur}
    </Typography>
  );
}

interface SaisieConclusion {
  conclusion: ConclusionDiagnostic;
  date: string;
  typeParcoursPropose: string | null;
  partenaire: PartenaireChoisi;
  motif: string;
  transmission: boolean;
  note: string;
}

/** One interview: a new diagnostic (pre-filled from the file) or the next interview of an open one. */
function DialogueDiagnostic({
  jeuneId,
  continue: suite,
  preRemplissage,
  types,
  onFermer,
}: {
  jeuneId: number;
  continue: Diagnostic | null;
  preRemplissage: Sortie<'diagnostics.duJeune'>['preRemplissage'];
  types: TypeParcours[];
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const enregistrer = useAction('diagnostics.enregistrer');
  const aujourdhui = dateFr(aujourdhuiIso());
  const [date, setDate] = useState(aujourdhui);
  const [dimensions, setDimensions] = useState<SaisieDimensions>(() =>
    saisieDimensions(suite ? suite.dimensions : preRemplissage),
  );
  const [conclure, setConclure] = useState(false);
  const [conclusion, setConclusion] = useState<SaisieConclusion>({
    conclusion: 'parcours',
    date: '',
    typeParcoursPropose: null,
    partenaire: { partenaireId: null, serviceId: null },
    motif: '',
    transmission: false,
    note: '',
  });
  const [partenaireManquant, setPartenaireManquant] = useState<string>();
  const [modifie, setModifie] = useState(false);
  const erreur = enregistrer.error;
  const envoyees = dimensionsAEnvoyer(dimensions);
  const erreurDimension = (d: Dimension, champ: keyof SaisieDimension) =>
    champErreur(erreur, `dimensions.${envoyees.findIndex((x) => x.dimension === d)}.${champ}`);
  const proposables = types.filter((t) => t.actif && !t.historique);

  const majDimension = (d: Dimension, p: Partial<SaisieDimension>) => {
    setModifie(true);
    setDimensions((avant) => ({ ...avant, [d]: { ...avant[d], ...p } }));
  };
  const majConclusion = (p: Partial<SaisieConclusion>) => {
    setModifie(true);
    setConclusion((avant) => ({ ...avant, ...p }));
  };

  const dateConclusion = dateIso(conclusion.date.trim() === '' ? date : conclusion.date);
  const orientationE = (champ: string) => champErreur(erreur, `conclusion.orientation.${champ}`);

  const envoyer = () => {
    const c = conclusion;
    const { partenaireId, serviceId } = c.partenaire;
    const oriente = conclure && c.conclusion === 'orientation';
    if (oriente && partenaireId === null) {
      setPartenaireManquant('Partenaire : choisissez-le dans l’annuaire (tapez une partie de son nom).');
      return;
    }
    enregistrer.mutate(
      {
        jeuneId,
        diagnosticId: suite?.id ?? null,
        date: dateEnvoyee(date),
        dimensions: envoyees,
        conclusion: conclure
          ? {
              conclusion: c.conclusion,
              date: dateEnvoyee(c.date.trim() === '' ? date : c.date),
              typeParcoursPropose: c.conclusion === 'parcours' ? c.typeParcoursPropose : null,
              orientation:
                oriente && partenaireId !== null
                  ? { partenaireId, serviceId, motif: c.motif, transmissionDiagnostic: c.transmission }
                  : null,
              note: c.note,
            }
          : null,
      },
      {
        onSuccess: (r) => {
          notifier(
            [conclure ? 'Diagnostic conclu.' : 'Entretien de diagnostic enregistré.', ...r.avertissements].join(' '),
            r.avertissements.length > 0 ? 'warning' : 'success',
          );
          onFermer();
        },
      },
    );
  };

  return (
    <DialogueFormulaire
      titre={suite ? 'Continuer le diagnostic' : 'Nouveau diagnostic'}
      sousTitre={
        suite
          ? `Commencé le ${dateFr(suite.debut)} par ${suite.conseillerNom} ; entretiens : ${suite.entretiens.map(dateFr).join(', ')}`
          : 'Pré-rempli avec ce que la fiche sait déjà : complétez, corrigez, notez les freins.'
      }
      enCours={enregistrer.isPending}
      modifie={modifie}
      onFermer={onFermer}
      onEnvoyer={envoyer}
      libelleEnvoi={conclure ? 'Enregistrer et conclure' : "Enregistrer l'entretien"}
      erreur={erreur}
      maxWidth="lg"
      testId="dialogue-diagnostic"
    >
      <DateSaisie
        label="Date de l'entretien"
        required
        autoFocus
        sx={{ width: 220, mb: 2 }}
        valeur={date}
        onChange={(v) => {
          setModifie(true);
          setDate(v);
        }}
        erreur={champErreur(erreur, 'date')}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5 }}>
        {DIMENSIONS.map((d) => (
          <CarteDimension
            key={d}
            dimension={d}
            valeur={dimensions[d]}
            onChange={(p) => majDimension(d, p)}
            erreur={(champ) => erreurDimension(d, champ)}
          />
        ))}
      </Box>
      <Paper variant="outlined" sx={{ mt: 2, p: 2 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={conclure}
              onChange={(e) => {
                setModifie(true);
                setConclure(e.target.checked);
              }}
            />
          }
          label={<Typography variant="subtitle2">Conclure le diagnostic</Typography>}
        />
        {conclure ? (
          <Stack spacing={2} sx={{ mt: 1 }}>
            <RadioGroup
              row
              aria-label="Conclusion"
              value={conclusion.conclusion}
              onChange={(e) => majConclusion({ conclusion: e.target.value as ConclusionDiagnostic })}
            >
              {CONCLUSIONS_DIAGNOSTIC.map((c) => (
                <FormControlLabel key={c} value={c} control={<Radio />} label={CONCLUSION_DIAGNOSTIC_LIBELLES[c]} />
              ))}
            </RadioGroup>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '220px 1fr' }, gap: 2 }}>
              <DateSaisie
                label="Date de la conclusion"
                valeur={conclusion.date}
                onChange={(v) => majConclusion({ date: v })}
                erreur={champErreur(erreur, 'conclusion.date')}
                aide={"Vide : date de l'entretien"}
              />
              {conclusion.conclusion === 'parcours' ? (
                <ListeChoix
                  label="Type de parcours proposé *"
                  valeur={conclusion.typeParcoursPropose}
                  onChange={(typeParcoursPropose) => majConclusion({ typeParcoursPropose })}
                  options={proposables.map((t) => ({
                    valeur: t.code,
                    libelle: `${t.libelle} (${t.dureeMaxMois} mois au plus)`,
                  }))}
                  erreur={champErreur(erreur, 'conclusion.typeParcoursPropose')}
                />
              ) : null}
            </Box>
            {conclusion.conclusion === 'orientation' ? (
              <Box
                sx={{ display: 'grid', gap: 2 }}
                role="group"
                aria-label="Orientation vers un partenaire"
                data-testid="conclusion-orientation"
              >
                <ChoixPartenaire
                  valeur={conclusion.partenaire}
                  onChange={(partenaire) => {
                    setPartenaireManquant(undefined);
                    majConclusion({ partenaire });
                  }}
                  erreur={
                    partenaireManquant ?? orientationE('partenaireId') ?? champErreur(erreur, 'conclusion.orientation')
                  }
                  erreurService={orientationE('serviceId')}
                />
                <ChampLibre
                  label="Motif de l’orientation"
                  required
                  lignes={[1, 4]}
                  valeur={conclusion.motif}
                  onChange={(motif) => majConclusion({ motif })}
                  erreur={orientationE('motif')}
                  aide="Ce que le partenaire doit apporter au jeune"
                />
                <CaseTransmission
                  jeuneId={jeuneId}
                  valeur={conclusion.transmission}
                  onChange={(transmission) => majConclusion({ transmission })}
                  erreur={orientationE('transmissionDiagnostic')}
                  date={dateConclusion}
                  saisieEnCours={modifie}
                />
              </Box>
            ) : null}
            <ChampLibre
              label="Note de conclusion"
              lignes={[2, 8]}
              valeur={conclusion.note}
              onChange={(v) => majConclusion({ note: v })}
              erreur={champErreur(erreur, 'conclusion.note')}
            />
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Sans conclusion, le diagnostic reste en cours : vous le continuerez au prochain entretien.
          </Typography>
        )}
      </Paper>
    </DialogueFormulaire>
  );
}

function CarteDimension({
  dimension,
  valeur,
  onChange,
  erreur,
}: {
  dimension: Dimension;
  valeur: SaisieDimension;
  onChange: (p: Partial<SaisieDimension>) => void;
  erreur: (champ: keyof SaisieDimension) => string | undefined;
}) {
  const champ = (c: 'situation' | 'freins' | 'note', label: string) => (
    <ChampLibre
      label={label}
      fullWidth
      lignes={[1, 6]}
      valeur={valeur[c]}
      onChange={(v) => onChange({ [c]: v })}
      erreur={erreur(c)}
    />
  );
  return (
    <Paper
      variant="outlined"
      component="fieldset"
      data-testid={`dimension-${dimension}`}
      aria-label={DIMENSION_LIBELLES[dimension]}
      sx={{ m: 0, p: 1.5, pt: 0.5, minWidth: 0, borderColor: valeur.frein ? 'warning.main' : undefined }}
    >
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography component="h4" variant="subtitle2" sx={{ flex: 1 }}>
          {DIMENSION_LIBELLES[dimension]}
        </Typography>
        <FormControlLabel
          control={
            <Checkbox size="small" checked={valeur.frein} onChange={(e) => onChange({ frein: e.target.checked })} />
          }
          label="Frein"
          slotProps={{ typography: { variant: 'body2' } }}
        />
      </Stack>
      <Stack spacing={1.25}>
        {champ('situation', 'Situation')}
        {valeur.frein || valeur.freins ? champ('freins', 'Freins identifiés') : null}
        {champ('note', 'Note')}
      </Stack>
    </Paper>
  );
}
