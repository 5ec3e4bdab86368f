CREATE TABLE `acte_service` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entreprise_id` integer NOT NULL,
	`date` text NOT NULL,
	`type` text NOT NULL,
	`interlocuteur` text,
	`note` text,
	`prochaine_action_le` text,
	`prochaine_action` text,
	`offre_id` integer,
	`mise_en_relation_id` integer,
	`auteur_id` integer NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`entreprise_id`) REFERENCES `entreprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`offre_id`) REFERENCES `offre`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mise_en_relation_id`) REFERENCES `mise_en_relation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `acte_service_entreprise` ON `acte_service` (`entreprise_id`,`date`);--> statement-breakpoint
CREATE INDEX `acte_service_date` ON `acte_service` (`date`);--> statement-breakpoint
CREATE INDEX `acte_service_prochaine_action` ON `acte_service` (`prochaine_action_le`);--> statement-breakpoint
CREATE INDEX `acte_service_offre` ON `acte_service` (`offre_id`);--> statement-breakpoint
CREATE INDEX `acte_service_mise_en_relation` ON `acte_service` (`mise_en_relation_id`);--> statement-breakpoint
CREATE TABLE `entreprise` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`siret` text NOT NULL,
	`nom` text NOT NULL,
	`naf` text,
	`secteur` text,
	`tranche` text,
	`adresse` text,
	`code_postal` text,
	`code_insee` text,
	`commune` text,
	`qpv` integer DEFAULT false NOT NULL,
	`telephone` text,
	`email` text,
	`responsable_id` integer,
	`statut` text DEFAULT 'prospect' NOT NULL,
	`origine` text,
	`notes` text,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`responsable_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entreprise_siret` ON `entreprise` (`siret`);--> statement-breakpoint
CREATE INDEX `entreprise_nom` ON `entreprise` (`nom`);--> statement-breakpoint
CREATE INDEX `entreprise_responsable` ON `entreprise` (`responsable_id`,`statut`);--> statement-breakpoint
CREATE INDEX `entreprise_commune` ON `entreprise` (`code_insee`);--> statement-breakpoint
CREATE TABLE `entreprise_affectation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entreprise_id` integer NOT NULL,
	`avant_id` integer,
	`apres_id` integer,
	`le` text NOT NULL,
	`par` integer,
	FOREIGN KEY (`entreprise_id`) REFERENCES `entreprise`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`avant_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`apres_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`par`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entreprise_affectation_entreprise` ON `entreprise_affectation` (`entreprise_id`,`le`);--> statement-breakpoint
CREATE TABLE `entreprise_contact` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entreprise_id` integer NOT NULL,
	`ordre` integer DEFAULT 0 NOT NULL,
	`nom` text NOT NULL,
	`fonction` text,
	`telephone` text,
	`email` text,
	FOREIGN KEY (`entreprise_id`) REFERENCES `entreprise`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entreprise_contact_entreprise` ON `entreprise_contact` (`entreprise_id`,`ordre`);--> statement-breakpoint
CREATE TABLE `mise_en_relation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`offre_id` integer NOT NULL,
	`jeune_id` integer NOT NULL,
	`date` text NOT NULL,
	`issue` text DEFAULT 'en_attente' NOT NULL,
	`issue_le` text,
	`motif_non_retenu` text,
	`commentaire` text,
	`situation_id` integer,
	`situation_creee` integer DEFAULT false NOT NULL,
	`auteur_id` integer NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`offre_id`) REFERENCES `offre`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`situation_id`) REFERENCES `situation`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mise_en_relation_offre_jeune` ON `mise_en_relation` (`offre_id`,`jeune_id`);--> statement-breakpoint
CREATE INDEX `mise_en_relation_jeune` ON `mise_en_relation` (`jeune_id`,`date`);--> statement-breakpoint
CREATE INDEX `mise_en_relation_date` ON `mise_en_relation` (`date`);--> statement-breakpoint
CREATE INDEX `mise_en_relation_situation` ON `mise_en_relation` (`situation_id`);--> statement-breakpoint
CREATE TABLE `offre` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entreprise_id` integer NOT NULL,
	`intitule` text NOT NULL,
	`metier` text,
	`code_rome` text,
	`type_contrat` text NOT NULL,
	`duree_mois` integer,
	`postes` integer DEFAULT 1 NOT NULL,
	`lieu` text,
	`code_insee` text,
	`commune` text,
	`recue_le` text NOT NULL,
	`date_limite` text,
	`description` text,
	`interlocuteur` text,
	`statut` text DEFAULT 'ouverte' NOT NULL,
	`pourvue_le` text,
	`auteur_id` integer NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`entreprise_id`) REFERENCES `entreprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auteur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offre_entreprise` ON `offre` (`entreprise_id`,`recue_le`);--> statement-breakpoint
CREATE INDEX `offre_statut` ON `offre` (`statut`,`recue_le`);--> statement-breakpoint
CREATE INDEX `offre_recue` ON `offre` (`recue_le`);--> statement-breakpoint
CREATE TABLE `offre_diffusion` (
	`offre_id` integer NOT NULL,
	`utilisateur_id` integer NOT NULL,
	PRIMARY KEY(`offre_id`, `utilisateur_id`),
	FOREIGN KEY (`offre_id`) REFERENCES `offre`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`utilisateur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offre_diffusion_utilisateur` ON `offre_diffusion` (`utilisateur_id`);--> statement-breakpoint
ALTER TABLE `situation` ADD `entreprise_id` integer REFERENCES entreprise(id);--> statement-breakpoint
CREATE INDEX `situation_entreprise` ON `situation` (`entreprise_id`);--> statement-breakpoint
CREATE INDEX `situation_fin_prevue` ON `situation` (`fin_prevue`);