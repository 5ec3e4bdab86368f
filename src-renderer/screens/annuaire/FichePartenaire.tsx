import { useState, type ReactNode, type Ref } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import ToggleOffIcon from '@mui/icons-material/ToggleOff';
import ToggleOnIcon from '@mui/icons-material/ToggleOn';
import {
  COLLEGE_LIBELLES,
  FRAIS_LIBELLES,
  MOBILISABLE_PAR_LIBELLES,
  MODE_ACCUEIL_LIBELLES,
  MODE_MOBILISATION_LIBELLES,
  PUBLICS_DI,
  SOURCE_TREMPLIN,
  STATUT_ORIENTATION_LIBELLES,
  STATUTS_ORIENTATION,
  TYPE_PARTENAIRE_LIBELLES,
  TYPE_SERVICE_LIBELLES,
  type Partenaire,
  type ServicePartenaire,
  type ThematiqueDi,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useStructure } from '../../api/donnees';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau, PageNonChargee, useFocusTitre, Vide } from '../../components/communs';
import { libelleCategorie, libelleThematique } from '../../components/ChoixThematiques';
import { dateFr, dateHeureFr, telephoneFr } from '../../components/dates';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { PuceStatutOrientation } from '../dossier/Orientations';
import { SectionConventions } from './Conventions';
import { DialoguePartenaire } from './DialoguePartenaire';
import { DialogueService } from './DialogueService';
import { ActionsLigne, BlocContacts, BlocNotes, Info } from './elements';
import { libelleZone, saisieService, siteAffiche } from './logique';
import { SectionPermanences } from './Permanences';

function PucesThematiques({ thematiques }: { thematiques: readonly ThematiqueDi[] }) {
  if (thematiques.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {thematiques.map((t) => (
        <Tooltip key={t} title={t.includes('--') ? libelleCategorie(t) : 'Toute la catégorie'}>
          <Chip size="small" color="primary" variant="outlined" label={libelleThematique(t)} />
        </Tooltip>
      ))}
    </Stack>
  );
}

/**
 * A partner's page (`#/annuaire?partenaire=ID`): its details, then its services, the orientations
 * it received, its contacts, permanences, conventions, seat on the board and notes.
 */
export function FichePartenaire({ id }: { id: number }) {
  const { peut } = useDroits();
  const lire = useRequete('partenaires.lire', { id });
  const [modification, setModification] = useState(false);
  // Opened from the list: the keyboard starts on the partner's name.
  const titre = useFocusTitre(lire.data !== undefined);

  const retour = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => naviguer('annuaire')}>
      Partenaires
    </Button>
  );

  if (!lire.data) {
    return <PageNonChargee chargement={lire.isLoading} erreur={lire.error} retour={retour} hauteur={160} />;
  }

  const p = lire.data;
  const peutModifier = peut('partenaires.modifier');

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }} data-testid="fiche-partenaire" data-partenaire={p.id}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        {retour}
        <Box sx={{ flex: 1 }} />
        {peutModifier ? (
          <Button
            variant="contained"
            startIcon={<EditIcon />}
            onClick={() => setModification(true)}
            data-testid="modifier-partenaire"
          >
            Modifier la fiche
          </Button>
        ) : null}
      </Stack>
      <EnTete partenaire={p} titre={titre} />

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
          <SectionServices partenaire={p} />
          <SectionOrientations partenaire={p} />
        </Stack>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <BlocContacts
            titre="Contacts"
            contacts={p.contacts}
            onModifier={peutModifier ? () => setModification(true) : null}
            vide="Aucun contact nommé."
            testId="contacts"
          />
          <SectionPermanences partenaireId={p.id} permanences={p.permanences} />
          <SectionConventions partenaireId={p.id} conventions={p.conventions} />
          <Bloc titre="Conseil d'administration">
            <Box sx={{ px: 2, pb: 2 }} data-testid="conseil-partenaire">
              {p.college ? (
                <>
                  <Typography sx={{ fontWeight: 600 }}>{COLLEGE_LIBELLES[p.college]}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {p.representant ? `Représenté par ${p.representant}` : 'Représentant non renseigné'}
                  </Typography>
                </>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  Pas de siège au conseil d'administration.
                </Typography>
              )}
            </Box>
          </Bloc>
          <BlocNotes notes={p.notes} />
        </Stack>
      </Box>

      {modification ? (
        <DialoguePartenaire
          partenaire={p}
          onFermer={() => setModification(false)}
          onEnregistre={() => setModification(false)}
        />
      ) : null}
    </Box>
  );
}

function EnTete({ partenaire: p, titre }: { partenaire: Partenaire; titre: Ref<HTMLHeadingElement> }) {
  const adresse = [p.adresse, p.complementAdresse, [p.codePostal, p.commune ?? p.codeInsee].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1 }}>
        <Typography
          variant="h5"
          component="h1"
          ref={titre}
          tabIndex={-1}
          sx={{ fontWeight: 700, mr: 1, '&:focus': { outline: 'none' } }}
        >
          {p.nom}
        </Typography>
        <Chip label={TYPE_PARTENAIRE_LIBELLES[p.type]} />
        {p.actif ? null : <Chip variant="outlined" label="Inactif" data-testid="partenaire-inactif" />}
        {p.college ? <Chip variant="outlined" label={COLLEGE_LIBELLES[p.college]} /> : null}
      </Stack>
      {p.description ? (
        <Typography variant="body2" sx={{ mb: 1.5, whiteSpace: 'pre-wrap', maxWidth: 900 }}>
          {p.description}
        </Typography>
      ) : null}
      <Box
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2, mb: 1.5 }}
        data-testid="coordonnees-partenaire"
      >
        <Info libelle="Adresse">{adresse || '—'}</Info>
        <Info libelle="Téléphone">
          {p.telephone ? <Link href={`tel:${p.telephone}`}>{telephoneFr(p.telephone)}</Link> : '—'}
        </Info>
        <Info libelle="E-mail">{p.email ? <Link href={`mailto:${p.email}`}>{p.email}</Link> : '—'}</Info>
        {p.siteWeb ? (
          <Info libelle="Site web">
            <Link href={p.siteWeb} target="_blank" rel="noopener noreferrer">
              {siteAffiche(p.siteWeb)}
            </Link>
          </Info>
        ) : null}
        {p.horaires ? (
          <Info libelle="Horaires d'ouverture">
            <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
              {p.horaires}
            </Box>
          </Info>
        ) : null}
        {p.siret ? (
          <Info libelle="SIRET">{p.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')}</Info>
        ) : null}
      </Box>
      <PucesThematiques thematiques={p.thematiques} />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
        {p.source === SOURCE_TREMPLIN
          ? `Fiche saisie dans Tremplin · modifiée le ${dateHeureFr(p.modifieLe)}`
          : `Reprise de data·inclusion (source « ${p.source} ») · données du ${dateFr(p.dateMaj)} · modifiée le ${dateHeureFr(p.modifieLe)}`}
      </Typography>
    </Paper>
  );
}

function SectionServices({ partenaire: p }: { partenaire: Partenaire }) {
  const { peut } = useDroits();
  const [dialogue, setDialogue] = useState<{ service: ServicePartenaire | null } | null>(null);
  const enregistre = peut('services.enregistrer');
  // The active ones first, each group by name.
  const services = [...p.services].sort(
    (a, b) => Number(b.actif) - Number(a.actif) || a.nom.localeCompare(b.nom, 'fr'),
  );
  return (
    <Bloc
      titre={`Services (${p.services.filter((s) => s.actif).length})`}
      actions={
        enregistre ? (
          <Button
            size="small"
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={() => setDialogue({ service: null })}
            data-testid="ajouter-service"
          >
            Ajouter un service
          </Button>
        ) : null
      }
    >
      {services.length === 0 ? (
        <Vide>
          Aucun service décrit.{enregistre ? ' « Ajouter un service » dit ce que le partenaire propose, et à qui.' : ''}
        </Vide>
      ) : (
        <Stack spacing={1.5} sx={{ px: 2, pb: 2 }}>
          {services.map((s) => (
            <CarteService key={s.id} service={s} onModifier={enregistre ? () => setDialogue({ service: s }) : null} />
          ))}
        </Stack>
      )}
      {dialogue ? (
        <DialogueService partenaireId={p.id} service={dialogue.service} onFermer={() => setDialogue(null)} />
      ) : null}
    </Bloc>
  );
}

function Ligne({ libelle, children }: { libelle: string; children: ReactNode }) {
  return (
    <Typography variant="body2" component="div" sx={{ mt: 0.5 }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {libelle} :{' '}
      </Box>
      {children}
    </Typography>
  );
}

function CarteService({ service: s, onModifier }: { service: ServicePartenaire; onModifier: (() => void) | null }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const structure = useStructure();
  const communes = structure.data?.communes ?? [];
  const supprimer = useAction('services.supprimer');
  const basculer = useAction('services.enregistrer');
  const mobilisation = [
    s.mobilisablePar.length > 0
      ? `par ${s.mobilisablePar.map((m) => MOBILISABLE_PAR_LIBELLES[m].toLowerCase()).join(' ou ')}`
      : null,
    s.modesMobilisation.map((m) => MODE_MOBILISATION_LIBELLES[m]).join(', ') || null,
  ]
    .filter(Boolean)
    .join(' · ');
  const contact = [s.contactNom, telephoneFr(s.telephone), s.email].filter(Boolean).join(' · ');
  return (
    <Paper
      variant="outlined"
      data-testid="service-partenaire"
      data-service={s.id}
      sx={{ p: 1.5, opacity: s.actif ? 1 : 0.65 }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography sx={{ fontWeight: 600 }}>{s.nom}</Typography>
            {s.type ? <Chip size="small" variant="outlined" label={TYPE_SERVICE_LIBELLES[s.type]} /> : null}
            {s.frais ? (
              <Chip
                size="small"
                variant="outlined"
                color={s.frais === 'gratuit' ? 'success' : 'default'}
                label={FRAIS_LIBELLES[s.frais]}
              />
            ) : null}
            {!s.actif ? <Chip size="small" label="Inactif" /> : null}
          </Stack>
          {s.description ? (
            <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
              {s.description}
            </Typography>
          ) : null}
        </Box>
        <ActionsLigne
          objet={`le service ${s.nom}`}
          onModifier={onModifier}
          suppression={
            peut('services.supprimer')
              ? {
                  question: "Supprimer ce service ? (seulement désactivé s'il a reçu des orientations)",
                  enCours: supprimer.isPending,
                  lancer: () =>
                    supprimer
                      .mutateAsync({ id: s.id })
                      .then((r) =>
                        notifier(
                          r.supprime
                            ? `Service « ${s.nom} » supprimé.`
                            : `Le service « ${s.nom} » a reçu des orientations : il est désactivé (gardé pour leur historique).`,
                          r.supprime ? 'success' : 'info',
                        ),
                      ),
                }
              : null
          }
        >
          {onModifier ? (
            <Tooltip title={s.actif ? 'Désactiver (plus proposé aux orientations)' : 'Réactiver'}>
              <IconButton
                aria-label={`${s.actif ? 'Désactiver' : 'Réactiver'} le service ${s.nom}`}
                disabled={basculer.isPending}
                onClick={() =>
                  basculer.mutate(
                    { partenaireId: s.partenaireId, id: s.id, service: { ...saisieService(s), actif: !s.actif } },
                    {
                      onSuccess: () => notifier(`Service « ${s.nom} » ${s.actif ? 'désactivé' : 'réactivé'}.`),
                      onError: (e) => notifier(e.message, 'error'),
                    },
                  )
                }
              >
                {s.actif ? <ToggleOnIcon fontSize="small" /> : <ToggleOffIcon fontSize="small" />}
              </IconButton>
            </Tooltip>
          ) : null}
        </ActionsLigne>
      </Stack>
      <Box sx={{ mt: 1 }}>
        <PucesThematiques thematiques={s.thematiques} />
      </Box>
      <Ligne libelle="Publics">
        {s.publics.length > 0 ? s.publics.map((x) => PUBLICS_DI[x]).join(', ') : 'Tous publics'}
        {s.publicsPrecisions ? ` (${s.publicsPrecisions})` : ''}
      </Ligne>
      {s.conditionsAcces ? <Ligne libelle="Conditions d'accès">{s.conditionsAcces}</Ligne> : null}
      {s.fraisPrecisions ? <Ligne libelle="Frais">{s.fraisPrecisions}</Ligne> : null}
      <Ligne libelle="Zone d'éligibilité">
        {s.zoneEligibilite.length > 0
          ? s.zoneEligibilite.map((z) => libelleZone(z, communes)).join(', ')
          : 'La commune du partenaire'}
      </Ligne>
      {s.modesAccueil.length > 0 || s.horaires ? (
        <Ligne libelle="Accueil">
          {[s.modesAccueil.map((m) => MODE_ACCUEIL_LIBELLES[m]).join(', '), s.horaires].filter(Boolean).join(' · ')}
        </Ligne>
      ) : null}
      {mobilisation || s.mobilisationPrecisions || s.lienMobilisation ? (
        <Ligne libelle="Mobiliser">
          {[mobilisation, s.mobilisationPrecisions].filter(Boolean).join(' · ')}
          {s.lienMobilisation ? (
            <>
              {' '}
              <Link href={s.lienMobilisation} target="_blank" rel="noopener noreferrer">
                {siteAffiche(s.lienMobilisation)}
              </Link>
            </>
          ) : null}
        </Ligne>
      ) : null}
      {contact ? <Ligne libelle="Contact">{contact}</Ligne> : null}
    </Paper>
  );
}

/** What became of the orientations made to this partner: counts for all, the list for those who accompany. */
function SectionOrientations({ partenaire: p }: { partenaire: Partenaire }) {
  const { peut } = useDroits();
  const voitLaListe = peut('orientations.versPartenaire');
  const liste = useRequete('orientations.versPartenaire', { partenaireId: p.id }, { enabled: voitLaListe });
  const lienDossier = peut('jeunes.chronologie');
  const parStatut = STATUTS_ORIENTATION.map((st) => ({
    statut: st,
    nombre: p.orientations.parStatut.find((x) => x.statut === st)?.nombre ?? 0,
  })).filter((x) => x.nombre > 0);
  const orientations = liste.data ?? [];
  return (
    <Bloc
      titre={`Orientations reçues (${p.orientations.total})`}
      chargement={liste.isFetching}
      actions={
        <Stack direction="row" spacing={0.5}>
          {parStatut.map((x) => (
            <Chip
              key={x.statut}
              size="small"
              variant="outlined"
              label={`${x.nombre} ${STATUT_ORIENTATION_LIBELLES[x.statut].toLowerCase()}${x.nombre > 1 && x.statut !== 'sans_suite' ? 's' : ''}`}
            />
          ))}
        </Stack>
      }
    >
      {!voitLaListe ? (
        <Vide>
          {p.orientations.total === 0
            ? 'Aucune orientation vers ce partenaire.'
            : 'Le détail des orientations est réservé aux personnes qui accompagnent les jeunes.'}
        </Vide>
      ) : liste.error ? (
        <Alert severity="error">{messageErreur(liste.error)}</Alert>
      ) : liste.data && orientations.length === 0 ? (
        <Vide>Aucune orientation vers ce partenaire.</Vide>
      ) : orientations.length > 0 ? (
        <Table size="small" aria-label="Orientations reçues" data-testid="orientations-recues">
          <EnTeteTableau colonnes={['Date', 'Jeune', 'Service', 'Motif', 'Suite']} />
          <TableBody>
            {orientations.map((o) => (
              <TableRow key={o.id} data-testid="orientation-recue" sx={{ '& td': { verticalAlign: 'top' } }}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(o.date)}</TableCell>
                <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                  {lienDossier ? (
                    <Link href={`#/dossier?jeune=${o.jeuneId}`} underline="hover">
                      {o.jeuneNom}
                    </Link>
                  ) : (
                    o.jeuneNom
                  )}
                </TableCell>
                <TableCell>{o.serviceNom ?? '—'}</TableCell>
                <TableCell sx={{ minWidth: 220 }}>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                    {o.motif}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    par {o.auteurNom}
                    {o.transmissionDiagnostic ? ' · diagnostic transmis' : ''}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                    <PuceStatutOrientation statut={o.statut} />
                    {o.aRelancer ? <Chip size="small" color="warning" label="À relancer" /> : null}
                    {o.retourLe && o.statut !== 'proposee' ? (
                      <Typography variant="caption" color="text.secondary">
                        le {dateFr(o.retourLe)}
                      </Typography>
                    ) : null}
                    {o.motifRefus ? (
                      <Typography variant="caption" color="text.secondary">
                        {o.motifRefus}
                      </Typography>
                    ) : null}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Bloc>
  );
}
