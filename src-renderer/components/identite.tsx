import { TextField } from '@mui/material';

/** The names, login and e-mail of a staff member, as typed. */
export interface Identite {
  prenom: string;
  nom: string;
  identifiant: string;
  email: string;
}

/** The login proposed from the names: initial of the first name and the name, `cfabre`. */
export function identifiantPropose(prenom: string, nom: string): string {
  const plier = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return `${plier(prenom).slice(0, 1)}${plier(nom)}`.slice(0, 40);
}

/** Applies a change; the login follows the names until the person types one of their own. */
export function avecIdentifiantPropose<T extends Identite>(avant: T, changement: Partial<T>): T {
  const suivant = { ...avant, ...changement };
  const nomsChanges = changement.prenom !== undefined || changement.nom !== undefined;
  if (nomsChanges && avant.identifiant === identifiantPropose(avant.prenom, avant.nom)) {
    suivant.identifiant = identifiantPropose(suivant.prenom, suivant.nom);
  }
  return suivant;
}

/**
 * Prénom, nom, identifiant (proposed from the names; fixed once the account exists) and e-mail,
 * as four cells of the caller's grid. `erreur` gives a field's message, if any.
 */
export function ChampsIdentite({
  valeur,
  onChange,
  erreur,
  identifiantFige,
  libelleIdentifiant = 'Identifiant',
}: {
  valeur: Identite;
  onChange: (changement: Partial<Identite>) => void;
  erreur: (champ: keyof Identite) => string | undefined;
  identifiantFige?: boolean;
  libelleIdentifiant?: string;
}) {
  const champ = (c: keyof Identite) => ({
    value: valeur[c],
    onChange: (e: { target: { value: string } }) => onChange({ [c]: e.target.value }),
    error: Boolean(erreur(c)),
    helperText: erreur(c),
  });
  return (
    <>
      <TextField label="Prénom" required autoFocus {...champ('prenom')} />
      <TextField label="Nom" required {...champ('nom')} />
      <TextField
        label={libelleIdentifiant}
        required
        disabled={identifiantFige}
        {...champ('identifiant')}
        helperText={
          erreur('identifiant') ??
          (identifiantFige
            ? 'Ne change pas.'
            : 'Proposé à partir du nom ; lettres sans accent, chiffres, point, tiret.')
        }
        slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
      />
      <TextField label="E-mail" {...champ('email')} />
    </>
  );
}
