CREATE TABLE `commune` (
	`insee` text PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`code_postal` text,
	`qpv` integer DEFAULT false NOT NULL,
	`zrr` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `referentiel_valeur` (
	`referentiel` text NOT NULL,
	`code` text NOT NULL,
	`libelle` text NOT NULL,
	`ordre` integer DEFAULT 0 NOT NULL,
	`actif` integer DEFAULT true NOT NULL,
	`systeme` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`referentiel`, `code`)
);
--> statement-breakpoint
CREATE TABLE `site` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nom` text NOT NULL,
	`type` text NOT NULL,
	`commune_insee` text NOT NULL,
	`adresse` text,
	`actif` integer DEFAULT true NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`commune_insee`) REFERENCES `commune`(`insee`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `structure` (
	`id` integer PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`siret` text NOT NULL,
	`adresse` text NOT NULL,
	`code_postal` text NOT NULL,
	`commune` text NOT NULL,
	`president` text,
	`direction` text,
	`installee_le` text NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	CONSTRAINT "structure_unique" CHECK("structure"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `utilisateur` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`identifiant` text NOT NULL,
	`prenom` text NOT NULL,
	`nom` text NOT NULL,
	`email` text,
	`site_id` integer,
	`actif` integer DEFAULT true NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`site_id`) REFERENCES `site`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `utilisateur_identifiant_unique` ON `utilisateur` (`identifiant`);--> statement-breakpoint
CREATE TABLE `utilisateur_role` (
	`utilisateur_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`utilisateur_id`, `role`),
	FOREIGN KEY (`utilisateur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `jeune` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nom_naissance` text NOT NULL,
	`nom_usage` text,
	`prenoms` text NOT NULL,
	`date_naissance` text NOT NULL,
	`sexe` text NOT NULL,
	`telephone` text,
	`email` text,
	`commune_insee` text,
	`rqth` integer DEFAULT false NOT NULL,
	`conseiller_referent_id` integer,
	`premier_accueil_date` text,
	`dernier_contact_date` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`commune_insee`) REFERENCES `commune`(`insee`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`conseiller_referent_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `jeune_date_naissance` ON `jeune` (`date_naissance`);--> statement-breakpoint
CREATE INDEX `jeune_telephone` ON `jeune` (`telephone`);--> statement-breakpoint
CREATE INDEX `jeune_premier_accueil` ON `jeune` (`premier_accueil_date`);--> statement-breakpoint
CREATE TABLE `jeune_mot_cle` (
	`mot` text NOT NULL,
	`jeune_id` integer NOT NULL,
	PRIMARY KEY(`mot`, `jeune_id`),
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `jeune_mot_cle_jeune` ON `jeune_mot_cle` (`jeune_id`,`mot`);--> statement-breakpoint
CREATE TABLE `accueil` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`instant` text NOT NULL,
	`date` text NOT NULL,
	`heure` text NOT NULL,
	`site_id` integer NOT NULL,
	`canal` text NOT NULL,
	`premier` integer DEFAULT false NOT NULL,
	`reponse` text NOT NULL,
	`partenaire` text,
	`rendez_vous_id` integer,
	`commentaire` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `site`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rendez_vous_id`) REFERENCES `rendez_vous`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `accueil_jeune_instant` ON `accueil` (`jeune_id`,`instant`);--> statement-breakpoint
CREATE INDEX `accueil_date` ON `accueil` (`date`);--> statement-breakpoint
CREATE TABLE `accueil_motif` (
	`accueil_id` integer NOT NULL,
	`motif` text NOT NULL,
	PRIMARY KEY(`accueil_id`, `motif`),
	FOREIGN KEY (`accueil_id`) REFERENCES `accueil`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `passage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`site_id` integer NOT NULL,
	`jeune_id` integer NOT NULL,
	`date` text NOT NULL,
	`arrivee_le` text NOT NULL,
	`statut` text NOT NULL,
	`motif` text,
	`conseiller_id` integer,
	`pris_en_charge_le` text,
	`parti_le` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`site_id`) REFERENCES `site`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`conseiller_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `passage_site_date` ON `passage` (`site_id`,`date`);--> statement-breakpoint
CREATE INDEX `passage_jeune` ON `passage` (`jeune_id`);--> statement-breakpoint
CREATE TABLE `rendez_vous` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`conseiller_id` integer NOT NULL,
	`site_id` integer NOT NULL,
	`date` text NOT NULL,
	`heure` text NOT NULL,
	`duree_minutes` integer NOT NULL,
	`objet` text,
	`statut` text NOT NULL,
	`commentaire` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`conseiller_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `site`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rendez_vous_date_site` ON `rendez_vous` (`date`,`site_id`);--> statement-breakpoint
CREATE INDEX `rendez_vous_conseiller_date` ON `rendez_vous` (`conseiller_id`,`date`);--> statement-breakpoint
CREATE INDEX `rendez_vous_jeune` ON `rendez_vous` (`jeune_id`);