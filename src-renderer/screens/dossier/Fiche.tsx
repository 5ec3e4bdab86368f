import type { ReactNode } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormHelperText,
  Paper,
  Skeleton,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import LockPersonIcon from '@mui/icons-material/LockPerson';
import SaveIcon from '@mui/icons-material/Save';
import {
  LOGEMENT_LIBELLES,
  LOGEMENTS,
  NIVEAU_LIBELLES,
  NIVEAUX,
  RESSOURCE_LIBELLES,
  RESSOURCES,
  SEXE_LIBELLES,
  SEXES,
  SITUATION_PREMIER_ACCUEIL_LIBELLES,
  SITUATIONS_PREMIER_ACCUEIL,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useStructure } from '../../api/donnees';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { Touche } from '../../components/communs';
import { age, aujourdhuiIso, dateFr, dateIso, dateHeureFr } from '../../components/dates';
import { AlerteConflit, BoutonEnvoi, Formulaire, ListeChoix } from '../../components/formulaires';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { ChampLibre, DateSaisie } from './elements';
import { champsModifies, entreeFiche, reporterModifications, saisieFiche, type SaisieFiche } from './logique';

/** The profile being typed, the version it was read from, and that version's stamp. */
export interface BrouillonFiche {
  base: SaisieFiche;
  saisie: SaisieFiche;
  modifieLeLu: string;
}

/**
 * Every field of the jeune's file, grouped as a conseiller thinks (identité, coordonnées, situation,
 * freins, droits, données personnelles). What is typed is kept by the file's screen while the person
 * looks at another sub-tab; a save refused because someone saved meanwhile keeps it all too.
 */
export function Fiche({
  jeuneId,
  brouillon,
  onBrouillon,
}: {
  jeuneId: number;
  brouillon: BrouillonFiche | null;
  onBrouillon: (b: BrouillonFiche | null) => void;
}) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const fiche = useRequete('jeunes.lire', { id: jeuneId });
  const structure = useStructure();
  const enregistrer = useAction('jeunes.modifier');
  const modifiable = peut('jeunes.modifier');

  if (fiche.isLoading) {
    return (
      <Box sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, gap: 2 }}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} variant="rectangular" height={180} />
        ))}
      </Box>
    );
  }
  if (!fiche.data) return <Alert severity="error">{messageErreur(fiche.error)}</Alert>;

  const lu = fiche.data.jeune;
  const aJour = saisieFiche(lu);
  const perime = brouillon !== null && brouillon.modifieLeLu !== lu.modifieLe;
  // A newer version with nothing typed here is simply shown.
  const courant: BrouillonFiche =
    brouillon && !(perime && champsModifies(brouillon.base, brouillon.saisie).length === 0)
      ? brouillon
      : { base: aJour, saisie: aJour, modifieLeLu: lu.modifieLe };
  const s = courant.saisie;
  const modifies = champsModifies(courant.base, s);
  const enConflit = perime && modifies.length > 0;
  const erreur = enregistrer.error;
  const e = (champ: keyof SaisieFiche) => champErreur(erreur, champ);

  const maj = (p: Partial<SaisieFiche>) => {
    const saisie = { ...s, ...p };
    const rien = champsModifies(courant.base, saisie).length === 0 && courant.modifieLeLu === lu.modifieLe;
    onBrouillon(rien ? null : { ...courant, saisie });
  };
  const reprendre = () => {
    enregistrer.reset();
    onBrouillon({ base: aJour, saisie: reporterModifications(courant.base, s, aJour), modifieLeLu: lu.modifieLe });
  };
  const envoyer = () => {
    if (!modifiable || enConflit) return;
    enregistrer.mutate(entreeFiche(s, jeuneId, courant.modifieLeLu), {
      onSuccess: (r) => {
        onBrouillon(null);
        notifier(
          r.avertissements.length > 0 ? `Fiche enregistrée. ${r.avertissements.join(' ')}` : 'Fiche enregistrée.',
          r.avertissements.length > 0 ? 'warning' : 'success',
        );
      },
      // Someone saved meanwhile: their version is read again, and what was typed here stays.
      onError: (err) => {
        if (err.code === 'conflit') void fiche.refetch();
      },
    });
  };

  const communes = structure.data?.communes ?? [];
  const commune = communes.find((c) => c.insee === s.communeInsee) ?? null;
  const texte = (champ: keyof SaisieFiche, label: string, props: { required?: boolean } = {}) => (
    <ChampLibre
      label={label}
      valeur={s[champ] as string}
      onChange={(v) => maj({ [champ]: v })}
      erreur={e(champ)}
      disabled={!modifiable}
      fullWidth
      required={props.required}
    />
  );
  const coche = (champ: keyof SaisieFiche, label: string) => (
    <FormControlLabel
      control={<Checkbox checked={s[champ] as boolean} onChange={(ev) => maj({ [champ]: ev.target.checked })} />}
      label={label}
      disabled={!modifiable}
    />
  );
  const date = (champ: keyof SaisieFiche, label: string, aide?: string) => {
    const valeur = s[champ] as string;
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <DateSaisie
          label={label}
          disabled={!modifiable}
          fullWidth
          valeur={valeur}
          onChange={(v) => maj({ [champ]: v })}
          erreur={e(champ)}
          aide={aide}
        />
        {modifiable && valeur === '' ? (
          <Button sx={{ mt: 0.25, whiteSpace: 'nowrap' }} onClick={() => maj({ [champ]: dateFr(aujourdhuiIso()) })}>
            Aujourd'hui
          </Button>
        ) : null}
      </Stack>
    );
  };
  const naissance = dateIso(s.dateNaissance);
  const qpvCommune = commune ? (commune.qpv ? 'en QPV' : 'hors QPV') : 'commune non renseignée';

  return (
    <Formulaire
      aria-label="Fiche du jeune"
      onEnvoyer={envoyer}
      // Caught before the field: a list would otherwise open on this Entrée.
      onKeyDownCapture={(ev) => {
        if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
          ev.preventDefault();
          ev.stopPropagation();
          envoyer();
        }
      }}
    >
      {enConflit ? (
        <AlerteConflit
          quoi="ce dossier"
          modifieLe={lu.modifieLe}
          champsModifies={modifies.length}
          onReprendre={reprendre}
          testId="fiche-conflit"
        />
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        <Section titre="Identité">
          <Grille>
            {texte('nomNaissance', 'Nom de naissance', { required: true })}
            {texte('nomUsage', "Nom d'usage")}
            {texte('prenoms', 'Prénom(s)', { required: true })}
            <DateSaisie
              label="Date de naissance"
              required
              disabled={!modifiable}
              valeur={s.dateNaissance}
              onChange={(v) => maj({ dateNaissance: v })}
              erreur={e('dateNaissance')}
              aide={naissance ? `${age(naissance)} ans aujourd'hui` : 'JJ/MM/AAAA'}
            />
            <Box sx={{ gridColumn: '1 / -1' }}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" color="text.secondary" id="fiche-sexe">
                  Sexe
                </Typography>
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  color="primary"
                  value={s.sexe}
                  aria-labelledby="fiche-sexe"
                  disabled={!modifiable}
                  onChange={(_, v: 'F' | 'M' | null) => v && maj({ sexe: v })}
                >
                  {SEXES.map((x) => (
                    <ToggleButton key={x} value={x} sx={{ px: 2.5, textTransform: 'none' }}>
                      {SEXE_LIBELLES[x]}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
              </Stack>
              {e('sexe') ? <FormHelperText error>{e('sexe')}</FormHelperText> : null}
            </Box>
          </Grille>
        </Section>

        <Section titre="Coordonnées">
          <Grille>
            {texte('telephone', 'Téléphone')}
            {texte('email', 'E-mail')}
            <Box sx={{ gridColumn: '1 / -1' }}>{texte('adresse', 'Adresse')}</Box>
            <Autocomplete
              options={communes}
              value={commune}
              onChange={(_, v) => maj({ communeInsee: v?.insee ?? null })}
              getOptionLabel={(c) => `${c.nom}${c.codePostal ? ` (${c.codePostal})` : ''}`}
              isOptionEqualToValue={(a, b) => a.insee === b.insee}
              loading={structure.isLoading}
              disabled={!modifiable}
              renderInput={(p) => (
                <TextField
                  {...p}
                  label="Commune de résidence"
                  error={Boolean(e('communeInsee'))}
                  helperText={e('communeInsee') ?? 'Communes du territoire'}
                />
              )}
            />
            <ListeChoix
              label="Quartier prioritaire (QPV)"
              valeur={s.qpv === null ? 'commune' : s.qpv ? 'oui' : 'non'}
              onChange={(v) => maj({ qpv: v === 'oui' ? true : v === 'non' ? false : null })}
              options={[
                { valeur: 'commune', libelle: `Selon la commune (${qpvCommune})` },
                { valeur: 'oui', libelle: "Oui : l'adresse est dans un QPV" },
                { valeur: 'non', libelle: "Non : l'adresse est hors QPV" },
              ]}
              erreur={e('qpv')}
              disabled={!modifiable}
            />
          </Grille>
        </Section>

        <Section titre="Situation">
          <Grille>
            <ListeChoix
              label="Niveau de formation"
              valeur={s.niveau}
              onChange={(niveau) => maj({ niveau })}
              options={NIVEAUX.map((n) => ({ valeur: n, libelle: NIVEAU_LIBELLES[n] }))}
              vide="Non renseigné"
              erreur={e('niveau')}
              disabled={!modifiable}
            />
            {texte('diplome', 'Diplôme le plus élevé')}
            <ListeChoix
              label="Situation au premier accueil"
              valeur={s.situationPremierAccueil}
              onChange={(situationPremierAccueil) => maj({ situationPremierAccueil })}
              options={SITUATIONS_PREMIER_ACCUEIL.map((x) => ({
                valeur: x,
                libelle: SITUATION_PREMIER_ACCUEIL_LIBELLES[x],
              }))}
              vide="Non renseignée"
              erreur={e('situationPremierAccueil')}
              disabled={!modifiable}
              sx={{ gridColumn: '1 / -1' }}
            />
          </Grille>
        </Section>

        <Section titre="Freins">
          <Grille>
            <ListeChoix
              label="Logement"
              valeur={s.logement}
              onChange={(logement) => maj({ logement })}
              options={LOGEMENTS.map((x) => ({ valeur: x, libelle: LOGEMENT_LIBELLES[x] }))}
              vide="Non renseigné"
              erreur={e('logement')}
              disabled={!modifiable}
            />
            <ListeChoix
              label="Ressources"
              valeur={s.ressources}
              onChange={(ressources) => maj({ ressources })}
              options={RESSOURCES.map((x) => ({ valeur: x, libelle: RESSOURCE_LIBELLES[x] }))}
              vide="Non renseignées"
              erreur={e('ressources')}
              disabled={!modifiable}
            />
            <Box sx={{ gridColumn: '1 / -1' }}>
              <Typography variant="body2" color="text.secondary">
                Mobilité
              </Typography>
              {coche('permisB', 'Permis B')}
              {coche('vehicule', 'Véhicule')}
            </Box>
          </Grille>
        </Section>

        <Section titre="Droits">
          <Grille>
            <Box>{coche('inscritFranceTravail', 'Inscrit(e) à France Travail')}</Box>
            {texte('identifiantFranceTravail', 'Identifiant France Travail')}
            <Box sx={{ gridColumn: '1 / -1' }}>
              {coche('rqth', 'RQTH')}
              {coche('ase', 'ASE (aide sociale à l’enfance)')}
              {coche('rsa', 'RSA')}
            </Box>
          </Grille>
        </Section>

        <Section titre="Données personnelles">
          <Grille>
            {date('informationDonneesLe', 'Information sur les données le', 'Date où le jeune a été informé')}
            {date(
              'consentementTransmissionLe',
              'Consentement à la transmission le',
              'Date de son accord pour transmettre aux partenaires',
            )}
          </Grille>
        </Section>
      </Box>

      {fiche.data.mentionsSensibles !== null ? (
        <Alert
          severity="info"
          icon={<LockPersonIcon />}
          sx={{ mt: 2 }}
          data-testid="fiche-mentions"
          action={
            <Button color="inherit" onClick={() => naviguer('accueil')}>
              Aller à l’accueil
            </Button>
          }
        >
          Mentions de santé et de justice ({fiche.data.mentionsSensibles.length}) : consultables et ajoutées dans la
          fiche de l’accueil, visibles du seul référent et de la direction.
        </Alert>
      ) : null}

      <Paper
        variant="outlined"
        sx={{
          position: 'sticky',
          bottom: 0,
          mt: 2,
          px: 2,
          py: 1.25,
          display: 'flex',
          alignItems: 'center',
          gap: 2,
          flexWrap: 'wrap',
          zIndex: 1,
        }}
      >
        <Typography variant="body2" color={modifies.length > 0 ? 'warning.main' : 'text.secondary'} sx={{ flex: 1 }}>
          {modifies.length > 0
            ? `Modifications non enregistrées : ${modifies.length} champ${modifies.length > 1 ? 's' : ''}.`
            : `Enregistrée le ${dateHeureFr(lu.modifieLe)}.`}
        </Typography>
        {/* A refusal for a concurrent save is explained by the banner above, with its way out. */}
        {erreur && enConflit && erreur.code === 'conflit' ? null : erreur && erreur.champs.length === 0 ? (
          <Alert severity="error" sx={{ py: 0 }} data-testid="fiche-erreur">
            {erreur.message}
          </Alert>
        ) : erreur ? (
          <Typography variant="body2" color="error">
            Corrigez les champs signalés.
          </Typography>
        ) : null}
        {modifiable ? (
          <>
            {modifies.length > 0 ? (
              <Button onClick={() => onBrouillon(null)} disabled={enregistrer.isPending}>
                Annuler les modifications
              </Button>
            ) : null}
            <BoutonEnvoi
              enCours={enregistrer.isPending}
              disabled={modifies.length === 0 || enConflit}
              startIcon={<SaveIcon />}
            >
              Enregistrer la fiche <Touche>Ctrl+Entrée</Touche>
            </BoutonEnvoi>
          </>
        ) : null}
      </Paper>
    </Formulaire>
  );
}

function Section({ titre, children }: { titre: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="fieldset" sx={{ m: 0, p: 2, pt: 1, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ px: 0.5, color: 'primary.main' }}>
        {titre}
      </Typography>
      {children}
    </Paper>
  );
}

function Grille({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>{children}</Box>;
}
