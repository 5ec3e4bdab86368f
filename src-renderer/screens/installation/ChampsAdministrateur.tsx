import { Box } from '@mui/material';
import { administrateurSaisieSchema, ROLES, type Role } from '../../../src-main/contract';
import { ChoixRoles, erreursZod, type Erreurs } from '../../components/formulaires';
import { avecIdentifiantPropose, ChampsIdentite } from '../../components/identite';
import { ChampsNouveauMotDePasse } from '../../components/motDePasse';

export interface AdministrateurForm {
  prenom: string;
  nom: string;
  identifiant: string;
  email: string;
  autresRoles: Role[];
  motDePasse: string;
  confirmation: string;
}

export const administrateurVide = (): AdministrateurForm => ({
  prenom: '',
  nom: '',
  identifiant: '',
  email: '',
  autresRoles: [],
  motDePasse: '',
  confirmation: '',
});

/** What the contract receives (the confirmation stays in the page). */
export function saisieAdministrateur({ confirmation: _c, ...a }: AdministrateurForm) {
  return a;
}

/** The contract's checks, and the confirmation, as messages under `prefixe`. */
export function verifierAdministrateur(a: AdministrateurForm, prefixe: string): Erreurs {
  const r = administrateurSaisieSchema.safeParse(saisieAdministrateur(a));
  const e = r.success ? {} : erreursZod(r.error, prefixe);
  if (a.confirmation !== a.motDePasse) e[`${prefixe}.confirmation`] ??= 'Les deux saisies ne correspondent pas.';
  return e;
}

const AUTRES_ROLES = ROLES.filter((r) => r !== 'administrateur');

/**
 * The first administrator (wizard) or the rescue one: names, login proposed from them, e-mail,
 * other roles (often the director), and a password said acceptable or not while typing.
 */
export function ChampsAdministrateur({
  valeur,
  onChange,
  erreur,
  montrerErreurs,
}: {
  valeur: AdministrateurForm;
  onChange: (a: AdministrateurForm) => void;
  /** The message for a field (`prenom`, `motDePasse`…), from the page's checks or the main process. */
  erreur: (champ: keyof AdministrateurForm) => string | undefined;
  montrerErreurs: boolean;
}) {
  const maj = (p: Partial<AdministrateurForm>) => onChange(avecIdentifiantPropose(valeur, p));
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <ChampsIdentite valeur={valeur} onChange={maj} erreur={erreur} libelleIdentifiant="Identifiant de connexion" />
      <ChoixRoles
        id="administrateur-autres-roles"
        label="Autres rôles (facultatif)"
        valeur={valeur.autresRoles}
        roles={AUTRES_ROLES}
        onChange={(autresRoles) => maj({ autresRoles })}
        erreur={erreur('autresRoles')}
        sx={{ gridColumn: { md: '1 / -1' } }}
      />
      <ChampsNouveauMotDePasse
        motDePasse={valeur.motDePasse}
        onMotDePasse={(motDePasse) => maj({ motDePasse })}
        confirmation={valeur.confirmation}
        onConfirmation={(confirmation) => maj({ confirmation })}
        identifiant={valeur.identifiant}
        libelle="Mot de passe"
        erreur={erreur('motDePasse')}
        montrerErreurs={montrerErreurs}
      />
    </Box>
  );
}
