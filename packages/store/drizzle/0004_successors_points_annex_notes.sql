ALTER TABLE `finance_allocations` ADD `note` text;--> statement-breakpoint
ALTER TABLE `finance_allocations` ADD `shared_by` text;--> statement-breakpoint
ALTER TABLE `finance_allocations` ADD `split_undecided` integer;--> statement-breakpoint
ALTER TABLE `governing_boards` ADD `region_id` text;--> statement-breakpoint
CREATE INDEX `governing_boards_region_id_idx` ON `governing_boards` (`region_id`);--> statement-breakpoint
ALTER TABLE `national_bodies` ADD `region_id` text;--> statement-breakpoint
CREATE INDEX `national_bodies_region_id_idx` ON `national_bodies` (`region_id`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `successor_id` text;--> statement-breakpoint
CREATE INDEX `organisations_successor_id_idx` ON `organisations` (`successor_id`);--> statement-breakpoint
ALTER TABLE `recommendations` ADD `points` text DEFAULT '[]' NOT NULL;