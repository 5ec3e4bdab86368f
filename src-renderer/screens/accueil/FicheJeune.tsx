import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Divider,
  Link,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import EventIcon from '@mui/icons-material/Event';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import LockPersonIcon from '@mui/icons-material/LockPerson';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import {
  NATURE_MENTION_LIBELLES,
  NATURES_MENTION,
  SEXE_LIBELLES,
  type MentionSensible,
  type NatureMention,
} from '../../../src-main/contract';
import { useAction, useRequete } from '../../api/hooks';
import { champErreur, messageErreur } from '../../api/client';
import { useConseillers, useReferentiels } from '../../api/donnees';
import { designeLesReferents, prendLesJeunesSansReferent, useDroits, useUtilisateur } from '../../api/droits';
import { dateFr, dateHeureFr, telephoneFr } from '../../components/dates';
import { BoutonEnvoi, Formulaire, ListeChoix } from '../../components/formulaires';
import { Bloc, EnTeteTableau, PuceStatutRdv, Vide } from '../../components/communs';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { SaisieAccueil } from './SaisieAccueil';
import { PuceStatutOrientation } from '../dossier/Orientations';
import { DialogueRendezVous } from '../rendezvous/DialogueRendezVous';
import { DialogueConsultations } from '../journal/Consultations';

export function FicheJeune({ jeuneId, siteId }: { jeuneId: number; siteId: number }) {
  const notifier = useNotifier();
  const { peut } = useDroits();
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const file = useRequete('fileAttente.duJour', { siteId });
  const ajouterFile = useAction('fileAttente.ajouter');
  const { libelle } = useReferentiels();
  const [saisie, setSaisie] = useState(false);
  const [rdv, setRdv] = useState(false);
  const [consultations, setConsultations] = useState(false);

  if (fiche.isLoading) {
    return (
      <Bloc titre="Dossier du jeune" chargement>
        <Box sx={{ p: 2 }}>
          <Skeleton width="60%" height={36} />
          <Skeleton width="80%" />
          <Skeleton width="70%" />
          <Skeleton variant="rectangular" height={120} sx={{ mt: 2 }} />
        </Box>
      </Bloc>
    );
  }
  if (fiche.error || !fiche.data) {
    return (
      <Bloc titre="Dossier du jeune">
        <Alert severity="error">{messageErreur(fiche.error)}</Alert>
      </Bloc>
    );
  }
  const { jeune, accueils, rendezVous, absences, avertissements, mentionsSensibles } = fiche.data;
  const passage = (file.data ?? []).find((p) => p.jeuneId === jeuneId && p.statut !== 'parti') ?? null;
  const nomComplet = `${jeune.nomNaissance.toUpperCase()}${jeune.nomUsage ? ` (${jeune.nomUsage})` : ''} ${jeune.prenoms}`;

  return (
    <Bloc
      titre={<span data-testid="fiche-nom">{nomComplet}</span>}
      chargement={fiche.isFetching}
      actions={
        <>
          {peut('journal.consultationsJeune') ? (
            <Button size="small" startIcon={<ManageSearchIcon />} onClick={() => setConsultations(true)}>
              Qui a consulté ce dossier ?
            </Button>
          ) : null}
          <Chip size="small" variant="outlined" label={`Dossier n° ${jeune.id}`} />
        </>
      }
    >
      <Box sx={{ px: 2, pb: 2 }}>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            columnGap: 2,
            rowGap: 0.5,
            fontSize: '0.92rem',
            '& dt': { color: 'text.secondary' },
            '& dd': { m: 0 },
          }}
          component="dl"
        >
          <dt>Naissance</dt>
          <dd>
            {dateFr(jeune.dateNaissance)} — <strong>{jeune.age} ans</strong> · {SEXE_LIBELLES[jeune.sexe]}
          </dd>
          <dt>Commune</dt>
          <dd>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <span>{jeune.communeNom ?? 'Non renseignée'}</span>
              {jeune.qpv ? <Chip size="small" color="secondary" label="QPV" /> : null}
              {jeune.zrr ? <Chip size="small" color="success" label="ZRR" /> : null}
              {jeune.rqth ? <Chip size="small" label="RQTH" /> : null}
            </Stack>
          </dd>
          <dt>Contact</dt>
          <dd>{[telephoneFr(jeune.telephone), jeune.email].filter(Boolean).join(' · ') || 'Aucun'}</dd>
          <dt>Conseiller référent</dt>
          <dd>
            <Referent jeuneId={jeune.id} referentId={jeune.conseillerReferentId} referentNom={jeune.conseillerNom} />
          </dd>
          <dt>Premier accueil</dt>
          <dd data-testid="premier-accueil">
            {jeune.premierAccueilDate ? (
              dateFr(jeune.premierAccueilDate)
            ) : (
              <em>Jamais accueilli(e) : le prochain accueil sera son premier accueil</em>
            )}
          </dd>
        </Box>
        {avertissements.length > 0 ? (
          <Alert severity="warning" sx={{ mt: 1.5 }}>
            {avertissements.map((a) => (
              <div key={a}>{a}</div>
            ))}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
          {peut('accueils.enregistrer') ? (
            <Button variant="contained" startIcon={<AddTaskIcon />} onClick={() => setSaisie(true)}>
              Enregistrer un accueil
            </Button>
          ) : null}
          {peut('fileAttente.ajouter') ? (
            <Button
              variant="outlined"
              startIcon={<HourglassTopIcon />}
              disabled={passage !== null || ajouterFile.isPending}
              onClick={() =>
                ajouterFile.mutate(
                  { siteId, jeuneId, motif: null },
                  {
                    onSuccess: () => notifier(`${jeune.prenoms} est dans la file d'attente.`),
                    onError: (e) => notifier(e.message, 'error'),
                  },
                )
              }
            >
              {passage
                ? passage.statut === 'en_attente'
                  ? "En file d'attente"
                  : 'Pris(e) en charge'
                : "Mettre en file d'attente"}
            </Button>
          ) : null}
          {peut('rendezVous.creer') ? (
            <Button variant="outlined" startIcon={<EventIcon />} onClick={() => setRdv(true)}>
              Prendre un rendez-vous
            </Button>
          ) : null}
          {peut('jeunes.chronologie') ? (
            <Button
              variant="outlined"
              startIcon={<FolderOpenIcon />}
              onClick={() => naviguer('dossier', { jeune: jeune.id })}
            >
              Ouvrir le dossier
            </Button>
          ) : null}
        </Stack>
      </Box>
      {/* Null: this reader is neither the référent nor direction, and nothing was even sent. */}
      {mentionsSensibles !== null ? (
        <>
          <Divider />
          <MentionsSensibles jeuneId={jeune.id} mentions={mentionsSensibles} />
        </>
      ) : null}
      <Divider />
      <Box sx={{ px: 2, py: 1.5 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle2" sx={{ flex: 1 }}>
            Rendez-vous
          </Typography>
          {absences > 0 ? (
            <Chip
              size="small"
              color="error"
              label={`${absences} absence${absences > 1 ? 's' : ''}`}
              data-testid="absences"
            />
          ) : null}
        </Stack>
        {rendezVous.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Aucun rendez-vous.
          </Typography>
        ) : (
          <Table size="small" aria-label="Rendez-vous du jeune">
            <EnTeteTableau colonnes={['Date', 'Conseiller', 'Site', 'Statut']} />
            <TableBody>
              {rendezVous.map((r) => (
                <TableRow key={r.id} sx={r.statut === 'absent' ? { bgcolor: 'rgba(211, 47, 47, 0.07)' } : undefined}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {dateFr(r.date)} à {r.heure}
                  </TableCell>
                  <TableCell>{r.conseillerNom}</TableCell>
                  <TableCell>{r.siteNom}</TableCell>
                  <TableCell>
                    <PuceStatutRdv statut={r.statut} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      <Divider />
      <Box sx={{ px: 2, py: 1.5 }}>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          Accueils
        </Typography>
        {accueils.length === 0 ? (
          <Vide>Aucun accueil enregistré.</Vide>
        ) : (
          <Table size="small" aria-label="Accueils du jeune">
            <EnTeteTableau colonnes={['Date', 'Canal', 'Motifs', 'Réponse']} />
            <TableBody>
              {accueils.map((a) => (
                <TableRow key={a.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    {dateFr(a.date)} {a.heure}
                    {a.premier ? (
                      <Chip
                        size="small"
                        color="primary"
                        label="Premier accueil"
                        sx={{ ml: 1 }}
                        data-testid="puce-premier-accueil"
                      />
                    ) : null}
                    <Typography variant="caption" color="text.secondary" component="div">
                      {a.siteNom} · {a.auteurNom}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>{libelle('canal_accueil', a.canal)}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {a.motifs.map((m) => libelle('motif_accueil', m)).join(', ')}
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    {libelle('reponse_accueil', a.reponse)}
                    {a.orientation ? (
                      <Box data-testid="orientation-accueil" sx={{ mt: 0.25 }}>
                        <Link href={`#/annuaire?partenaire=${a.orientation.partenaireId}`} sx={{ fontWeight: 600 }}>
                          {a.orientation.partenaireNom}
                        </Link>
                        {a.orientation.serviceNom ? ` · ${a.orientation.serviceNom}` : ''}{' '}
                        <PuceStatutOrientation statut={a.orientation.statut} />
                        <Typography variant="caption" color="text.secondary" component="div">
                          Motif : {a.orientation.motif}
                        </Typography>
                      </Box>
                    ) : null}
                    {a.commentaire ? (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {a.commentaire}
                      </Typography>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      {saisie ? (
        <SaisieAccueil
          jeuneId={jeuneId}
          nomJeune={nomComplet}
          siteId={siteId}
          passageId={passage?.id ?? null}
          onFermer={() => setSaisie(false)}
        />
      ) : null}
      {consultations ? (
        <DialogueConsultations jeuneId={jeune.id} nomJeune={nomComplet} onFermer={() => setConsultations(false)} />
      ) : null}
      {rdv ? (
        <DialogueRendezVous
          mode={{ type: 'creation', jeuneId, nomJeune: nomComplet }}
          siteId={siteId}
          onFermer={() => setRdv(false)}
        />
      ) : null}
    </Bloc>
  );
}

/** The conseiller référent: designated by direction, or taken by a conseiller when there is none. */
function Referent({
  jeuneId,
  referentId,
  referentNom,
}: {
  jeuneId: number;
  referentId: number | null;
  referentNom: string | null;
}) {
  const notifier = useNotifier();
  const utilisateur = useUtilisateur();
  const designer = useAction('jeunes.designerReferent');
  const designe = designeLesReferents(utilisateur.roles);
  const conseillers = useConseillers();
  const choisir = (conseillerId: number | null, message: string) =>
    designer.mutate(
      { jeuneId, conseillerId },
      { onSuccess: () => notifier(message), onError: (e) => notifier(e.message, 'error') },
    );
  if (designe) {
    const options = (conseillers.data ?? []).map((c) => ({ valeur: c.id, libelle: `${c.prenom} ${c.nom}` }));
    // A référent who left the conseillers' list stays shown until changed.
    if (referentId !== null && !options.some((o) => o.valeur === referentId)) {
      options.push({ valeur: referentId, libelle: referentNom ?? `Compte n° ${referentId}` });
    }
    return (
      <ListeChoix
        ariaLabel="Conseiller référent"
        valeur={conseillers.data ? referentId : null}
        options={options}
        vide="Pas de conseiller référent"
        disabled={designer.isPending || !conseillers.data}
        onChange={(id) => {
          const nom = options.find((o) => o.valeur === id)?.libelle;
          choisir(
            id,
            nom ? `${nom} est désormais le conseiller référent.` : 'Le jeune n’a plus de conseiller référent.',
          );
        }}
        sx={{ minWidth: 240, '.MuiSelect-select': { py: 0.5 } }}
      />
    );
  }
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span data-testid="referent">{referentNom ?? 'Pas de conseiller référent'}</span>
      {referentId === null && prendLesJeunesSansReferent(utilisateur.roles) ? (
        <Button
          size="small"
          variant="outlined"
          disabled={designer.isPending}
          onClick={() => choisir(utilisateur.id, 'Vous êtes désormais son conseiller référent.')}
        >
          Me désigner référent
        </Button>
      ) : null}
    </Stack>
  );
}

/** Health and justice mentions: sent only to the référent and direction, who alone see this block. */
function MentionsSensibles({ jeuneId, mentions }: { jeuneId: number; mentions: MentionSensible[] }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const ajouter = useAction('jeunes.ajouterMention');
  const [nature, setNature] = useState<NatureMention>('sante');
  const [texte, setTexte] = useState('');
  return (
    <Box sx={{ px: 2, py: 1.5 }} data-testid="mentions-sensibles">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <LockPersonIcon fontSize="small" color="secondary" />
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          Mentions de santé et de justice
        </Typography>
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        Visibles du seul conseiller référent et de la direction ; chaque lecture est inscrite au journal.
      </Typography>
      {mentions.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Aucune mention.
        </Typography>
      ) : (
        <Stack spacing={1} sx={{ mb: 1.5 }}>
          {mentions.map((m) => (
            <Box key={m.id} data-testid="mention" sx={{ borderLeft: 3, borderColor: 'secondary.light', pl: 1.5 }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Chip size="small" label={NATURE_MENTION_LIBELLES[m.nature]} />
                <Typography variant="caption" color="text.secondary">
                  {dateHeureFr(m.creeLe)} · {m.auteurNom}
                </Typography>
              </Stack>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
                {m.texte}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
      {peut('jeunes.ajouterMention') ? (
        <Formulaire
          aria-label="Ajouter une mention"
          onEnvoyer={() => {
            ajouter.mutate(
              { jeuneId, nature, texte },
              {
                onSuccess: () => {
                  notifier('Mention ajoutée.');
                  setTexte('');
                },
              },
            );
          }}
          sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}
        >
          <ToggleButtonGroup
            size="small"
            exclusive
            value={nature}
            onChange={(_, v: NatureMention | null) => v && setNature(v)}
            aria-label="Nature de la mention"
          >
            {NATURES_MENTION.map((n) => (
              <ToggleButton key={n} value={n}>
                {NATURE_MENTION_LIBELLES[n]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <TextField
            label="Nouvelle mention"
            multiline
            maxRows={6}
            value={texte}
            onChange={(e) => setTexte(e.target.value)}
            error={Boolean(champErreur(ajouter.error, 'texte'))}
            helperText={
              champErreur(ajouter.error, 'texte') ?? (ajouter.error?.champs.length ? undefined : ajouter.error?.message)
            }
            sx={{ flex: 1, minWidth: 220 }}
          />
          <BoutonEnvoi enCours={ajouter.isPending} variant="outlined">
            Ajouter la mention
          </BoutonEnvoi>
        </Formulaire>
      ) : null}
    </Box>
  );
}
