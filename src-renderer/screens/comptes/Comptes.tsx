import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import KeyIcon from '@mui/icons-material/Key';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { ROLE_LIBELLES, type Compte, type Role } from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useStructure } from '../../api/donnees';
import { useDroits } from '../../api/droits';
import { useAction, useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau, Vide } from '../../components/communs';
import { dateHeureFr, heureDe } from '../../components/dates';
import {
  ChoixRoles,
  ErreurFormulaire,
  Formulaire,
  ListeChoix,
  PiedDialogue,
  ProgresDialogue,
} from '../../components/formulaires';
import { avecIdentifiantPropose, ChampsIdentite } from '../../components/identite';
import { ChampsNouveauMotDePasse, motDePasseProvisoire } from '../../components/motDePasse';
import { useNotifier } from '../../components/Notifications';

/** Staff accounts: roles, main site, activity, and the state of their access. */
export function Comptes() {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const comptes = useRequete('comptes.lister', {});
  const structure = useStructure();
  const debloquer = useAction('comptes.debloquer');
  const [dialogue, setDialogue] = useState<
    { type: 'creation' } | { type: 'modification' | 'reinitialisation'; compte: Compte } | null
  >(null);
  const nomSite = (id: number | null) => structure.data?.sites.find((s) => s.id === id)?.nom ?? '—';

  return (
    <Box sx={{ p: 2, maxWidth: 1300, mx: 'auto' }}>
      <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
        Comptes
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Un compte est créé avec un mot de passe provisoire, que la personne remplace à sa première connexion. Après cinq
        essais manqués, un compte est bloqué un quart d'heure : vous pouvez le débloquer avant.
      </Typography>
      <Bloc
        titre="Personnel"
        chargement={comptes.isFetching}
        actions={
          peut('comptes.creer') ? (
            <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialogue({ type: 'creation' })}>
              Nouveau compte
            </Button>
          ) : null
        }
      >
        {comptes.error ? <Alert severity="error">{messageErreur(comptes.error)}</Alert> : null}
        {comptes.data && comptes.data.length === 0 ? <Vide>Aucun compte.</Vide> : null}
        {comptes.data && comptes.data.length > 0 ? (
          <Table
            size="small"
            aria-label="Comptes du personnel"
            sx={{ '& th, & td:first-of-type': { whiteSpace: 'nowrap' } }}
          >
            <EnTeteTableau colonnes={['Personne', 'Rôles', 'Site principal', 'État', 'Dernière connexion', '']} />
            <TableBody>
              {comptes.data.map((c) => (
                <TableRow key={c.id} data-testid="ligne-compte" sx={c.actif ? undefined : { opacity: 0.6 }}>
                  <TableCell>
                    <Typography sx={{ fontWeight: 600 }}>
                      {c.prenom} {c.nom}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {c.identifiant}
                      {c.email ? ` · ${c.email}` : ''}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                      {c.roles.map((r) => (
                        <Chip key={r} size="small" label={ROLE_LIBELLES[r]} />
                      ))}
                    </Box>
                  </TableCell>
                  <TableCell>{nomSite(c.siteId)}</TableCell>
                  <TableCell>
                    <EtatCompte compte={c} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateHeureFr(c.derniereConnexion) || '—'}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {peut('comptes.debloquer') && (c.bloqueJusqua || c.echecsConsecutifs > 0) ? (
                      <Tooltip title="Débloquer (remet les échecs à zéro)">
                        <span>
                          <IconButton
                            aria-label={`Débloquer le compte de ${c.prenom} ${c.nom}`}
                            disabled={debloquer.isPending}
                            onClick={() =>
                              debloquer.mutate(
                                { id: c.id },
                                {
                                  onSuccess: () => notifier(`Compte de ${c.prenom} ${c.nom} débloqué.`),
                                  onError: (e) => notifier(e.message, 'error'),
                                },
                              )
                            }
                          >
                            <LockOpenIcon fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                    ) : null}
                    {peut('comptes.modifier') ? (
                      <Tooltip title="Modifier">
                        <IconButton
                          aria-label={`Modifier le compte de ${c.prenom} ${c.nom}`}
                          onClick={() => setDialogue({ type: 'modification', compte: c })}
                        >
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    ) : null}
                    {peut('comptes.reinitialiserMotDePasse') ? (
                      <Tooltip title="Donner un mot de passe provisoire">
                        <IconButton
                          aria-label={`Réinitialiser le mot de passe de ${c.prenom} ${c.nom}`}
                          onClick={() => setDialogue({ type: 'reinitialisation', compte: c })}
                        >
                          <KeyIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Bloc>
      {dialogue?.type === 'creation' ? <DialogueCompte onFermer={() => setDialogue(null)} /> : null}
      {dialogue?.type === 'modification' ? (
        <DialogueCompte compte={dialogue.compte} onFermer={() => setDialogue(null)} />
      ) : null}
      {dialogue?.type === 'reinitialisation' ? (
        <DialogueReinitialisation compte={dialogue.compte} onFermer={() => setDialogue(null)} />
      ) : null}
    </Box>
  );
}

function EtatCompte({ compte: c }: { compte: Compte }) {
  const puces: { libelle: string; couleur: 'default' | 'error' | 'warning' | 'info' }[] = [];
  if (!c.actif) puces.push({ libelle: 'Désactivé', couleur: 'default' });
  if (c.bloqueJusqua) puces.push({ libelle: `Bloqué jusqu'à ${heureDe(c.bloqueJusqua)}`, couleur: 'error' });
  else if (c.echecsConsecutifs > 0)
    puces.push({
      libelle: `${c.echecsConsecutifs} échec${c.echecsConsecutifs > 1 ? 's' : ''} de connexion`,
      couleur: 'warning',
    });
  if (!c.motDePasseDefini) puces.push({ libelle: 'Sans mot de passe', couleur: 'warning' });
  else if (c.doitChangerMotDePasse) puces.push({ libelle: 'Mot de passe à changer', couleur: 'info' });
  if (c.motDePasseDefini && !c.derniereConnexion) puces.push({ libelle: 'Jamais connecté(e)', couleur: 'default' });
  if (puces.length === 0) puces.push({ libelle: 'Actif', couleur: 'default' });
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }} data-testid="etat-compte">
      {puces.map((p) => (
        <Chip
          key={p.libelle}
          size="small"
          color={p.couleur}
          variant={p.couleur === 'default' ? 'outlined' : 'filled'}
          label={p.libelle}
        />
      ))}
    </Box>
  );
}

function BoutonProposer({ onProposer }: { onProposer: (mdp: string) => void }) {
  return (
    <Button sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: 0.25 }} onClick={() => onProposer(motDePasseProvisoire())}>
      Proposer
    </Button>
  );
}

interface SaisieCompte {
  prenom: string;
  nom: string;
  identifiant: string;
  email: string;
  roles: Role[];
  siteId: number | null;
  actif: boolean;
  motDePasseProvisoire: string;
}

/** Creates an account (with a provisional password), or changes one (names, roles, site, activity). */
function DialogueCompte({ compte, onFermer }: { compte?: Compte; onFermer: () => void }) {
  const notifier = useNotifier();
  const structure = useStructure();
  const creer = useAction('comptes.creer');
  const modifier = useAction('comptes.modifier');
  const [s, setS] = useState<SaisieCompte>(() => ({
    prenom: compte?.prenom ?? '',
    nom: compte?.nom ?? '',
    identifiant: compte?.identifiant ?? '',
    email: compte?.email ?? '',
    roles: compte?.roles ?? [],
    siteId: compte?.siteId ?? null,
    actif: compte?.actif ?? true,
    motDePasseProvisoire: '',
  }));
  // The login follows the names until the administrator types one (creation only).
  const maj = (p: Partial<SaisieCompte>) =>
    setS((avant) => (compte ? { ...avant, ...p } : avecIdentifiantPropose(avant, p)));
  const erreur = compte ? modifier.error : creer.error;
  const enCours = creer.isPending || modifier.isPending;
  const sites = (structure.data?.sites ?? []).filter((x) => x.actif || x.id === s.siteId);

  const envoyer = () => {
    const commun = { prenom: s.prenom, nom: s.nom, email: s.email, roles: s.roles, siteId: s.siteId };
    if (compte) {
      modifier.mutate(
        { ...commun, id: compte.id, actif: s.actif },
        {
          onSuccess: () => {
            notifier(`Compte de ${s.prenom} ${s.nom} enregistré.`);
            onFermer();
          },
        },
      );
    } else {
      creer.mutate(
        { ...commun, identifiant: s.identifiant, motDePasseProvisoire: s.motDePasseProvisoire },
        {
          onSuccess: () => {
            notifier(
              `Compte de ${s.prenom} ${s.nom} créé : communiquez-lui son identifiant et le mot de passe provisoire, à changer à la première connexion.`,
            );
            onFermer();
          },
        },
      );
    }
  };

  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby="titre-compte">
      <Formulaire onEnvoyer={envoyer}>
        <DialogTitle id="titre-compte">
          {compte ? `Modifier le compte de ${compte.prenom} ${compte.nom}` : 'Nouveau compte'}
        </DialogTitle>
        <ProgresDialogue enCours={enCours} />
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
            <ChampsIdentite
              valeur={s}
              onChange={maj}
              erreur={(c) => champErreur(erreur, c)}
              identifiantFige={Boolean(compte)}
            />
            <ChoixRoles
              id="compte-roles"
              valeur={s.roles}
              onChange={(roles) => maj({ roles })}
              erreur={champErreur(erreur, 'roles')}
              sx={{ gridColumn: '1 / -1' }}
            />
            <ListeChoix
              label="Site principal"
              valeur={s.siteId}
              onChange={(siteId) => maj({ siteId })}
              options={sites.map((x) => ({ valeur: x.id, libelle: x.nom }))}
              vide="Aucun"
              erreur={champErreur(erreur, 'siteId')}
            />
            {compte ? (
              <FormControlLabel
                control={<Switch checked={s.actif} onChange={(e) => maj({ actif: e.target.checked })} />}
                label={s.actif ? 'Compte actif' : 'Compte désactivé : plus aucune connexion'}
              />
            ) : (
              <Box />
            )}
            {compte ? null : (
              <Stack spacing={2} sx={{ gridColumn: '1 / -1' }}>
                <ChampsNouveauMotDePasse
                  libelle="Mot de passe provisoire"
                  provisoire
                  motDePasse={s.motDePasseProvisoire}
                  onMotDePasse={(motDePasseProvisoire) => maj({ motDePasseProvisoire })}
                  identifiant={s.identifiant}
                  erreur={champErreur(erreur, 'motDePasseProvisoire')}
                  action={<BoutonProposer onProposer={(motDePasseProvisoire) => maj({ motDePasseProvisoire })} />}
                />
              </Stack>
            )}
          </Box>
          <ErreurFormulaire erreur={erreur} horsChamps />
        </DialogContent>
        <PiedDialogue onAnnuler={onFermer} libelle={compte ? 'Enregistrer' : 'Créer le compte'} desactive={enCours} />
      </Formulaire>
    </Dialog>
  );
}

/** A new provisional password: the person chooses their own at the next sign-in; a lock is lifted. */
function DialogueReinitialisation({ compte, onFermer }: { compte: Compte; onFermer: () => void }) {
  const notifier = useNotifier();
  const reinitialiser = useAction('comptes.reinitialiserMotDePasse');
  const [mdp, setMdp] = useState('');
  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby="titre-reinit">
      <Formulaire
        onEnvoyer={() => {
          reinitialiser.mutate(
            { id: compte.id, motDePasseProvisoire: mdp },
            {
              onSuccess: () => {
                notifier(
                  `Mot de passe provisoire enregistré pour ${compte.prenom} ${compte.nom} : il lui sera demandé d'en choisir un autre à la connexion.`,
                );
                onFermer();
              },
            },
          );
        }}
      >
        <DialogTitle id="titre-reinit">
          Réinitialiser le mot de passe
          <Typography variant="body2" color="text.secondary">
            {compte.prenom} {compte.nom} ({compte.identifiant})
          </Typography>
        </DialogTitle>
        <ProgresDialogue enCours={reinitialiser.isPending} />
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ChampsNouveauMotDePasse
              libelle="Mot de passe provisoire"
              provisoire
              autoFocus
              motDePasse={mdp}
              onMotDePasse={setMdp}
              identifiant={compte.identifiant}
              erreur={champErreur(reinitialiser.error, 'motDePasseProvisoire')}
              action={<BoutonProposer onProposer={setMdp} />}
            />
            <ErreurFormulaire erreur={reinitialiser.error} horsChamps />
          </Stack>
        </DialogContent>
        <PiedDialogue onAnnuler={onFermer} libelle="Réinitialiser" desactive={reinitialiser.isPending} />
      </Formulaire>
    </Dialog>
  );
}
