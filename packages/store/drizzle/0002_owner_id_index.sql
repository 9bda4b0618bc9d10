DROP INDEX `accountability_lines_owner_idx`;--> statement-breakpoint
CREATE INDEX `accountability_lines_owner_id_idx` ON `accountability_lines` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `alignment_links_owner_idx`;--> statement-breakpoint
CREATE INDEX `alignment_links_owner_id_idx` ON `alignment_links` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `assurance_returns_owner_idx`;--> statement-breakpoint
CREATE INDEX `assurance_returns_owner_id_idx` ON `assurance_returns` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `board_members_owner_idx`;--> statement-breakpoint
CREATE INDEX `board_members_owner_id_idx` ON `board_members` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `business_plans_owner_idx`;--> statement-breakpoint
CREATE INDEX `business_plans_owner_id_idx` ON `business_plans` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `capability_assessments_owner_idx`;--> statement-breakpoint
CREATE INDEX `capability_assessments_owner_id_idx` ON `capability_assessments` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `coaches_owner_idx`;--> statement-breakpoint
CREATE INDEX `coaches_owner_id_idx` ON `coaches` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `cohorts_owner_idx`;--> statement-breakpoint
CREATE INDEX `cohorts_owner_id_idx` ON `cohorts` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `diversity_aggregates_owner_idx`;--> statement-breakpoint
CREATE INDEX `diversity_aggregates_owner_id_idx` ON `diversity_aggregates` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `enquiries_owner_idx`;--> statement-breakpoint
CREATE INDEX `enquiries_owner_id_idx` ON `enquiries` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `enrolments_owner_idx`;--> statement-breakpoint
CREATE INDEX `enrolments_owner_id_idx` ON `enrolments` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `evaluation_goals_owner_idx`;--> statement-breakpoint
CREATE INDEX `evaluation_goals_owner_id_idx` ON `evaluation_goals` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `experts_owner_idx`;--> statement-breakpoint
CREATE INDEX `experts_owner_id_idx` ON `experts` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `finance_allocations_owner_idx`;--> statement-breakpoint
CREATE INDEX `finance_allocations_owner_id_idx` ON `finance_allocations` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `geographies_owner_idx`;--> statement-breakpoint
CREATE INDEX `geographies_owner_id_idx` ON `geographies` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `governing_boards_owner_idx`;--> statement-breakpoint
CREATE INDEX `governing_boards_owner_id_idx` ON `governing_boards` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `improvement_projects_owner_idx`;--> statement-breakpoint
CREATE INDEX `improvement_projects_owner_id_idx` ON `improvement_projects` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `improvement_resources_owner_idx`;--> statement-breakpoint
CREATE INDEX `improvement_resources_owner_id_idx` ON `improvement_resources` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `interventions_owner_idx`;--> statement-breakpoint
CREATE INDEX `interventions_owner_id_idx` ON `interventions` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `local_delivery_plans_owner_idx`;--> statement-breakpoint
CREATE INDEX `local_delivery_plans_owner_id_idx` ON `local_delivery_plans` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `measure_values_owner_idx`;--> statement-breakpoint
CREATE INDEX `measure_values_owner_id_idx` ON `measure_values` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `measures_owner_idx`;--> statement-breakpoint
CREATE INDEX `measures_owner_id_idx` ON `measures` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `memberships_owner_idx`;--> statement-breakpoint
CREATE INDEX `memberships_owner_id_idx` ON `memberships` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `mentees_owner_idx`;--> statement-breakpoint
CREATE INDEX `mentees_owner_id_idx` ON `mentees` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `national_bodies_owner_idx`;--> statement-breakpoint
CREATE INDEX `national_bodies_owner_id_idx` ON `national_bodies` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `national_strategies_owner_idx`;--> statement-breakpoint
CREATE INDEX `national_strategies_owner_id_idx` ON `national_strategies` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `networks_owner_idx`;--> statement-breakpoint
CREATE INDEX `networks_owner_id_idx` ON `networks` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `nine_boxes_owner_idx`;--> statement-breakpoint
CREATE INDEX `nine_boxes_owner_id_idx` ON `nine_boxes` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `offers_owner_idx`;--> statement-breakpoint
CREATE INDEX `offers_owner_id_idx` ON `offers` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `organisation_strategies_owner_idx`;--> statement-breakpoint
CREATE INDEX `organisation_strategies_owner_id_idx` ON `organisation_strategies` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `organisations_owner_idx`;--> statement-breakpoint
CREATE INDEX `organisations_owner_id_idx` ON `organisations` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `participants_owner_idx`;--> statement-breakpoint
CREATE INDEX `participants_owner_id_idx` ON `participants` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `pdsa_cycles_owner_idx`;--> statement-breakpoint
CREATE INDEX `pdsa_cycles_owner_id_idx` ON `pdsa_cycles` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `population_benchmarks_owner_idx`;--> statement-breakpoint
CREATE INDEX `population_benchmarks_owner_id_idx` ON `population_benchmarks` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `priorities_owner_idx`;--> statement-breakpoint
CREATE INDEX `priorities_owner_id_idx` ON `priorities` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `programmes_owner_idx`;--> statement-breakpoint
CREATE INDEX `programmes_owner_id_idx` ON `programmes` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `recommendations_owner_idx`;--> statement-breakpoint
CREATE INDEX `recommendations_owner_id_idx` ON `recommendations` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `savings_targets_owner_idx`;--> statement-breakpoint
CREATE INDEX `savings_targets_owner_id_idx` ON `savings_targets` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `senior_posts_owner_idx`;--> statement-breakpoint
CREATE INDEX `senior_posts_owner_id_idx` ON `senior_posts` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `succession_plans_owner_idx`;--> statement-breakpoint
CREATE INDEX `succession_plans_owner_id_idx` ON `succession_plans` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `talent_pool_members_owner_idx`;--> statement-breakpoint
CREATE INDEX `talent_pool_members_owner_id_idx` ON `talent_pool_members` (`owner`,`id`);--> statement-breakpoint
DROP INDEX `talent_pools_owner_idx`;--> statement-breakpoint
CREATE INDEX `talent_pools_owner_id_idx` ON `talent_pools` (`owner`,`id`);