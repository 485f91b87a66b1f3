import { MigrationInterface, QueryRunner } from 'typeorm';

/** Medium-term plans (priorities, goals), measures with their costs, indicators, partners, proposers, activities and state history. */
export class StrategyAndMeasures1795608099976 implements MigrationInterface {
  name = 'StrategyAndMeasures1795608099976';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'ADOPTED')`);
    await queryRunner.query(`CREATE TABLE "strategic_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "from_year" integer NOT NULL, "to_year" integer NOT NULL, "status" "public"."plan_status" NOT NULL DEFAULT 'DRAFT', "adopted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_999d2cd00158a533ebfb6abd2db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "strategy_priorities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', CONSTRAINT "PK_8d249024f9acf9482d3f87fd1a8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "strategy_priorities_plan_position_idx" ON "strategy_priorities"  ("plan_id", "position") `);
    await queryRunner.query(`CREATE TABLE "strategy_goals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "priority_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', CONSTRAINT "PK_a41baf379ad3bd3ccbd96d02f49" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "strategy_goals_priority_position_idx" ON "strategy_goals"  ("priority_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."measure_state" AS ENUM('PROPOSED', 'UNDER_DISCUSSION', 'ACCEPTED', 'REJECTED', 'MERGED', 'WITHDRAWN', 'IN_PROGRESS', 'FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED')`);
    await queryRunner.query(`CREATE TABLE "measures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', "rationale" text NOT NULL DEFAULT '', "target_groups" character varying(200) array NOT NULL DEFAULT '{}', "responsible_organisation_id" uuid, "from_year" integer NOT NULL, "to_year" integer NOT NULL, "state" "public"."measure_state" NOT NULL DEFAULT 'PROPOSED', "merged_into_id" uuid, "proposed_by_id" uuid, CONSTRAINT "PK_ec34a47385441849095def20546" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "measures_plan_idx" ON "measures"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "measures_goal_position_idx" ON "measures"  ("goal_id", "position") `);
    await queryRunner.query(`CREATE TABLE "measure_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "measure_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "description" text NOT NULL DEFAULT '', CONSTRAINT "PK_c1cbfce4d0b88d9f1ef4228b272" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "measure_activities_measure_position_idx" ON "measure_activities"  ("measure_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."funding_source" AS ENUM('MUNICIPALITY', 'REGION', 'STATE', 'EU_FUNDS', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "measure_costs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "year" integer NOT NULL, "source" "public"."funding_source" NOT NULL, "amount_minor" bigint NOT NULL, CONSTRAINT "PK_188c2f0340758bc6b20dd03f225" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "measure_costs_measure_year_source_key" ON "measure_costs"  ("measure_id", "year", "source") `);
    await queryRunner.query(`CREATE TABLE "measure_indicators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "position" integer NOT NULL, "name" character varying(300) NOT NULL, "unit" character varying(60) NOT NULL, "baseline" numeric, "target" numeric NOT NULL, CONSTRAINT "PK_961a757eebf2f6a42a0278360d9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "measure_indicators_measure_position_idx" ON "measure_indicators"  ("measure_id", "position") `);
    await queryRunner.query(`CREATE TABLE "measure_partners" ("measure_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_cdcbd20802206fe755c50a31f9c" PRIMARY KEY ("measure_id", "organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "measure_partners_organisation_idx" ON "measure_partners"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "measure_proposers" ("measure_id" uuid NOT NULL, "group_id" uuid NOT NULL, CONSTRAINT "PK_a8cb7fa4faa158103127d51dd61" PRIMARY KEY ("measure_id", "group_id"))`);
    await queryRunner.query(`CREATE INDEX "measure_proposers_group_idx" ON "measure_proposers"  ("group_id") `);
    await queryRunner.query(`CREATE TABLE "measure_state_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "from_state" "public"."measure_state", "to_state" "public"."measure_state" NOT NULL, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text NOT NULL DEFAULT '', "merged_into_id" uuid, CONSTRAINT "PK_5c3a6b300f051bc31ad23b8d3ac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "measure_state_changes_measure_idx" ON "measure_state_changes"  ("measure_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "strategic_plans" ADD CONSTRAINT "FK_312f66d8b7a2fe743439912b41a" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy_priorities" ADD CONSTRAINT "FK_d6ec15f244e4f5cac24928e9bd6" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy_priorities" ADD CONSTRAINT "FK_d8c37d90f0d039d5c6cdf718faa" FOREIGN KEY ("plan_id") REFERENCES "strategic_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy_goals" ADD CONSTRAINT "FK_aa5508c4a54a3b20918cb9c91d7" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy_goals" ADD CONSTRAINT "FK_54a8192b6f6c160b96ce9f32087" FOREIGN KEY ("plan_id") REFERENCES "strategic_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy_goals" ADD CONSTRAINT "FK_90d8aa5834d6c7f00faca402039" FOREIGN KEY ("priority_id") REFERENCES "strategy_priorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measures" ADD CONSTRAINT "FK_76b6e72de4459fdbaa1c453ffee" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measures" ADD CONSTRAINT "FK_94c7421cc5576fe30c1b792c1f7" FOREIGN KEY ("plan_id") REFERENCES "strategic_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measures" ADD CONSTRAINT "FK_3061d9252807fb1dbff4b37ca6b" FOREIGN KEY ("goal_id") REFERENCES "strategy_goals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measures" ADD CONSTRAINT "FK_01e6aa7457353a1a69bc7eb5fa1" FOREIGN KEY ("responsible_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measures" ADD CONSTRAINT "FK_8856f2215f5a4afd792a000bee4" FOREIGN KEY ("merged_into_id") REFERENCES "measures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measures" ADD CONSTRAINT "FK_05d3c6b925ba8b912c4540825b7" FOREIGN KEY ("proposed_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_activities" ADD CONSTRAINT "FK_5f4dfcff5fa388b66a701e48f07" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_activities" ADD CONSTRAINT "FK_0d1d259db12b472f148856feb00" FOREIGN KEY ("plan_id") REFERENCES "strategic_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_activities" ADD CONSTRAINT "FK_490b1d5fe8de5724f92b2f4943c" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_costs" ADD CONSTRAINT "FK_d40cfa686c389728ef61574c6cb" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_indicators" ADD CONSTRAINT "FK_ef2e73428192bb4e0da81c975db" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_partners" ADD CONSTRAINT "FK_2b5546c2ece02eee8f2f10ca942" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_partners" ADD CONSTRAINT "FK_1bdc64d082136e293b7118bcc9a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_proposers" ADD CONSTRAINT "FK_602c7ed70af66d3c9e149ef5610" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_proposers" ADD CONSTRAINT "FK_2c49142c6bee8bda7473dda25f1" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_state_changes" ADD CONSTRAINT "FK_eee1996f8bacda1bacbab006888" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_state_changes" ADD CONSTRAINT "FK_1ae46b3f75a206c384462342a49" FOREIGN KEY ("changed_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_state_changes" ADD CONSTRAINT "FK_8c2ff7dd6bafc16563756ed6552" FOREIGN KEY ("merged_into_id") REFERENCES "measures"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_state_changes" DROP CONSTRAINT "FK_8c2ff7dd6bafc16563756ed6552"`);
    await queryRunner.query(`ALTER TABLE "measure_state_changes" DROP CONSTRAINT "FK_1ae46b3f75a206c384462342a49"`);
    await queryRunner.query(`ALTER TABLE "measure_state_changes" DROP CONSTRAINT "FK_eee1996f8bacda1bacbab006888"`);
    await queryRunner.query(`ALTER TABLE "measure_proposers" DROP CONSTRAINT "FK_2c49142c6bee8bda7473dda25f1"`);
    await queryRunner.query(`ALTER TABLE "measure_proposers" DROP CONSTRAINT "FK_602c7ed70af66d3c9e149ef5610"`);
    await queryRunner.query(`ALTER TABLE "measure_partners" DROP CONSTRAINT "FK_1bdc64d082136e293b7118bcc9a"`);
    await queryRunner.query(`ALTER TABLE "measure_partners" DROP CONSTRAINT "FK_2b5546c2ece02eee8f2f10ca942"`);
    await queryRunner.query(`ALTER TABLE "measure_indicators" DROP CONSTRAINT "FK_ef2e73428192bb4e0da81c975db"`);
    await queryRunner.query(`ALTER TABLE "measure_costs" DROP CONSTRAINT "FK_d40cfa686c389728ef61574c6cb"`);
    await queryRunner.query(`ALTER TABLE "measure_activities" DROP CONSTRAINT "FK_490b1d5fe8de5724f92b2f4943c"`);
    await queryRunner.query(`ALTER TABLE "measure_activities" DROP CONSTRAINT "FK_0d1d259db12b472f148856feb00"`);
    await queryRunner.query(`ALTER TABLE "measure_activities" DROP CONSTRAINT "FK_5f4dfcff5fa388b66a701e48f07"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "FK_05d3c6b925ba8b912c4540825b7"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "FK_8856f2215f5a4afd792a000bee4"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "FK_01e6aa7457353a1a69bc7eb5fa1"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "FK_3061d9252807fb1dbff4b37ca6b"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "FK_94c7421cc5576fe30c1b792c1f7"`);
    await queryRunner.query(`ALTER TABLE "measures" DROP CONSTRAINT "FK_76b6e72de4459fdbaa1c453ffee"`);
    await queryRunner.query(`ALTER TABLE "strategy_goals" DROP CONSTRAINT "FK_90d8aa5834d6c7f00faca402039"`);
    await queryRunner.query(`ALTER TABLE "strategy_goals" DROP CONSTRAINT "FK_54a8192b6f6c160b96ce9f32087"`);
    await queryRunner.query(`ALTER TABLE "strategy_goals" DROP CONSTRAINT "FK_aa5508c4a54a3b20918cb9c91d7"`);
    await queryRunner.query(`ALTER TABLE "strategy_priorities" DROP CONSTRAINT "FK_d8c37d90f0d039d5c6cdf718faa"`);
    await queryRunner.query(`ALTER TABLE "strategy_priorities" DROP CONSTRAINT "FK_d6ec15f244e4f5cac24928e9bd6"`);
    await queryRunner.query(`ALTER TABLE "strategic_plans" DROP CONSTRAINT "FK_312f66d8b7a2fe743439912b41a"`);
    await queryRunner.query(`DROP INDEX "public"."measure_state_changes_measure_idx"`);
    await queryRunner.query(`DROP TABLE "measure_state_changes"`);
    await queryRunner.query(`DROP INDEX "public"."measure_proposers_group_idx"`);
    await queryRunner.query(`DROP TABLE "measure_proposers"`);
    await queryRunner.query(`DROP INDEX "public"."measure_partners_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "measure_partners"`);
    await queryRunner.query(`DROP INDEX "public"."measure_indicators_measure_position_idx"`);
    await queryRunner.query(`DROP TABLE "measure_indicators"`);
    await queryRunner.query(`DROP INDEX "public"."measure_costs_measure_year_source_key"`);
    await queryRunner.query(`DROP TABLE "measure_costs"`);
    await queryRunner.query(`DROP TYPE "public"."funding_source"`);
    await queryRunner.query(`DROP INDEX "public"."measure_activities_measure_position_idx"`);
    await queryRunner.query(`DROP TABLE "measure_activities"`);
    await queryRunner.query(`DROP INDEX "public"."measures_goal_position_idx"`);
    await queryRunner.query(`DROP INDEX "public"."measures_plan_idx"`);
    await queryRunner.query(`DROP TABLE "measures"`);
    await queryRunner.query(`DROP TYPE "public"."measure_state"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_goals_priority_position_idx"`);
    await queryRunner.query(`DROP TABLE "strategy_goals"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_priorities_plan_position_idx"`);
    await queryRunner.query(`DROP TABLE "strategy_priorities"`);
    await queryRunner.query(`DROP TABLE "strategic_plans"`);
    await queryRunner.query(`DROP TYPE "public"."plan_status"`);
  }
}
