CREATE TABLE `mention_sensible` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jeune_id` integer NOT NULL,
	`nature` text NOT NULL,
	`texte` text NOT NULL,
	`cree_le` text NOT NULL,
	`cree_par` integer,
	`modifie_le` text NOT NULL,
	`modifie_par` integer,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeune`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mention_sensible_jeune` ON `mention_sensible` (`jeune_id`);--> statement-breakpoint
CREATE TABLE `compte_acces` (
	`utilisateur_id` integer PRIMARY KEY NOT NULL,
	`empreinte` text,
	`doit_changer_mot_de_passe` integer DEFAULT false NOT NULL,
	`echecs_consecutifs` integer DEFAULT 0 NOT NULL,
	`dernier_echec_le` text,
	`bloque_jusqua` text,
	`derniere_connexion` text,
	`mot_de_passe_change_le` text,
	FOREIGN KEY (`utilisateur_id`) REFERENCES `utilisateur`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `journal_acces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`horodatage` text NOT NULL,
	`utilisateur_id` integer,
	`action` text NOT NULL,
	`objet_type` text,
	`objet_id` integer,
	`poste` text NOT NULL,
	`methode` text,
	`reference` text,
	`empreinte_precedente` text NOT NULL,
	`empreinte` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `journal_acces_objet` ON `journal_acces` (`objet_type`,`objet_id`,`id`);--> statement-breakpoint
CREATE INDEX `journal_acces_utilisateur` ON `journal_acces` (`utilisateur_id`,`id`);--> statement-breakpoint
CREATE INDEX `journal_acces_horodatage` ON `journal_acces` (`horodatage`);--> statement-breakpoint
CREATE INDEX `journal_acces_action` ON `journal_acces` (`action`,`objet_id`);--> statement-breakpoint
CREATE TABLE `parametre` (
	`cle` text PRIMARY KEY NOT NULL,
	`valeur` text NOT NULL,
	`modifie_le` text NOT NULL,
	`modifie_par` integer
);
