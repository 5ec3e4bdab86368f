import type { Contexte } from './contexte';

export function creation(ctx: Contexte) {
  const maintenant = ctx.horloge.maintenant().toISOString();
  return { creeLe: maintenant, creePar: ctx.acteur.id, modifieLe: maintenant, modifiePar: ctx.acteur.id };
}

export function modification(ctx: Contexte) {
  return { modifieLe: ctx.horloge.maintenant().toISOString(), modifiePar: ctx.acteur.id };
}
