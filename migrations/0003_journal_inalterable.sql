-- The access trail only grows: no entry is ever changed or replaced, and an entry goes only through a purge
-- that was logged first (a 'journal_purge' entry naming, in objet_id, the last entry it removes).
-- The hash chain detects what a trigger cannot stop (someone editing the file by hand).
CREATE TRIGGER `journal_acces_sans_modification` BEFORE UPDATE ON `journal_acces`
BEGIN
  SELECT RAISE(ABORT, 'Journal des accès : une entrée ne se modifie jamais.');
END;
--> statement-breakpoint
CREATE TRIGGER `journal_acces_sans_suppression` BEFORE DELETE ON `journal_acces`
WHEN OLD.`id` > (SELECT coalesce(max(`objet_id`), 0) FROM `journal_acces` WHERE `action` = 'journal_purge')
BEGIN
  SELECT RAISE(ABORT, 'Journal des accès : une entrée ne se supprime que par une purge journalisée.');
END;
--> statement-breakpoint
-- INSERT OR REPLACE deletes then inserts without firing the DELETE trigger (recursive_triggers is
-- off, and another tool's connection decides that anyway): an existing id is never written again.
CREATE TRIGGER `journal_acces_sans_remplacement` BEFORE INSERT ON `journal_acces`
WHEN EXISTS (SELECT 1 FROM `journal_acces` WHERE `id` = NEW.`id`)
BEGIN
  SELECT RAISE(ABORT, 'Journal des accès : une entrée ne se remplace jamais.');
END;
