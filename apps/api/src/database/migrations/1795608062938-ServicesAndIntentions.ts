import { MigrationInterface, QueryRunner } from 'typeorm';

export class ServicesAndIntentions1795608062938 implements MigrationInterface {
  name = 'ServicesAndIntentions1795608062938';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."service_type" AS ENUM('SOCIAL_COUNSELLING', 'PERSONAL_ASSISTANCE', 'HOME_CARE', 'EMERGENCY_CARE', 'GUIDE_AND_READER_SERVICES', 'SUPPORTED_INDEPENDENT_LIVING', 'RESPITE_CARE', 'DAY_SERVICE_CENTRES', 'DAY_CARE_CENTRES', 'WEEKLY_CARE_CENTRES', 'HOMES_FOR_DISABLED', 'HOMES_FOR_ELDERLY', 'SPECIAL_REGIME_HOMES', 'SHELTERED_HOUSING', 'SOCIAL_SERVICES_IN_HEALTH_FACILITIES', 'EARLY_INTERVENTION', 'CRISIS_HELPLINE', 'INTERPRETING_SERVICES', 'ASYLUM_HOUSES', 'HALFWAY_HOUSES', 'CONTACT_CENTRES', 'CRISIS_ASSISTANCE', 'INTERVENTION_CENTRES', 'LOW_THRESHOLD_DAY_CENTRES', 'LOW_THRESHOLD_YOUTH_FACILITIES', 'NIGHT_SHELTERS', 'AFTERCARE_SERVICES', 'ACTIVATION_SERVICES_FOR_FAMILIES', 'ACTIVATION_SERVICES_FOR_SENIORS_AND_DISABLED', 'SOCIAL_THERAPEUTIC_WORKSHOPS', 'THERAPEUTIC_COMMUNITIES', 'FIELD_PROGRAMMES', 'SOCIAL_REHABILITATION')`);
    await queryRunner.query(`CREATE TYPE "public"."target_group" AS ENUM('SENIORS', 'PHYSICAL_DISABILITY', 'MENTAL_DISABILITY', 'SENSORY_DISABILITY', 'MENTAL_ILLNESS', 'CHRONIC_ILLNESS', 'FAMILIES_WITH_CHILDREN', 'CHILDREN_AND_YOUTH', 'HOMELESS', 'ADDICTION', 'SOCIAL_EXCLUSION', 'VIOLENCE_AND_CRISIS', 'ETHNIC_MINORITIES_AND_FOREIGNERS')`);
    await queryRunner.query(`CREATE TYPE "public"."service_form" AS ENUM('RESIDENTIAL', 'OUTPATIENT', 'FIELD')`);
    await queryRunner.query(`CREATE TYPE "public"."capacity_unit" AS ENUM('BEDS', 'CLIENTS_AT_ONCE', 'HOURS', 'INTERVENTIONS')`);
    await queryRunner.query(`CREATE TABLE "social_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "type" "public"."service_type" NOT NULL, "registration_id" character varying(7) NOT NULL, "name" character varying(200) NOT NULL, "target_groups" "public"."target_group" array NOT NULL, "form" "public"."service_form" NOT NULL, "capacity" integer NOT NULL, "capacity_unit" "public"."capacity_unit" NOT NULL, "area_served" character varying(300) NOT NULL DEFAULT '', "contact" character varying(300) NOT NULL DEFAULT '', CONSTRAINT "PK_20027aad92b59019e1a5dfd221a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "social_services_area_registration_key" ON "social_services"  ("area_id", "registration_id") `);
    await queryRunner.query(`CREATE TYPE "public"."intention_kind" AS ENUM('NEW_SERVICE', 'CAPACITY_INCREASE', 'CAPACITY_DECREASE', 'SCOPE_CHANGE', 'TERMINATION')`);
    await queryRunner.query(`CREATE TYPE "public"."intention_state" AS ENUM('DRAFT', 'WITHDRAWN', 'SUBMITTED', 'RECOMMENDED', 'NOT_RECOMMENDED', 'FORWARDED', 'INCLUDED', 'NOT_INCLUDED')`);
    await queryRunner.query(`CREATE TABLE "development_intentions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "kind" "public"."intention_kind" NOT NULL, "state" "public"."intention_state" NOT NULL DEFAULT 'DRAFT', "service_id" uuid, "new_service_type" "public"."service_type", "new_service_form" "public"."service_form", "new_service_name" character varying(200), "new_service_target_groups" "public"."target_group" array NOT NULL DEFAULT '{}', "current_capacity" integer NOT NULL, "proposed_capacity" integer NOT NULL, "capacity_unit" "public"."capacity_unit" NOT NULL, "fte_change" numeric(6,2) NOT NULL, "annual_cost" numeric(14,2) NOT NULL, "start_year" integer NOT NULL, "justification" text NOT NULL, "reviewing_group_id" uuid NOT NULL, "opinion_reasons" text, "opinion_meeting_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "funding_municipality" numeric(14,2) NOT NULL DEFAULT '0', "funding_region" numeric(14,2) NOT NULL DEFAULT '0', "funding_state" numeric(14,2) NOT NULL DEFAULT '0', "funding_eu" numeric(14,2) NOT NULL DEFAULT '0', "funding_other" numeric(14,2) NOT NULL DEFAULT '0', CONSTRAINT "PK_3bf4ad5a1a20f45536442d3e8d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "development_intentions_area_state_idx" ON "development_intentions"  ("area_id", "state") `);
    await queryRunner.query(`CREATE TABLE "intention_calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "year" integer NOT NULL, "deadline" date NOT NULL, CONSTRAINT "PK_ab32eb39e47bac73f4aa6a4b6a1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "intention_calls_area_year_key" ON "intention_calls"  ("area_id", "year") `);
    await queryRunner.query(`CREATE TABLE "intention_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "intention_id" uuid NOT NULL, "person_id" uuid NOT NULL, "from_state" "public"."intention_state", "to_state" "public"."intention_state" NOT NULL, "reason" text NOT NULL DEFAULT '', CONSTRAINT "PK_008d21b95b39f977c19cba1c86f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "social_services" ADD CONSTRAINT "FK_965f80f6b7da916a5d47147a102" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "social_services" ADD CONSTRAINT "FK_9d7004e5ed598207606f31691b8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_intentions" ADD CONSTRAINT "FK_b724fde73e35345356e07f72338" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_intentions" ADD CONSTRAINT "FK_9d334781049e1b0ad9797de8b16" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_intentions" ADD CONSTRAINT "FK_142b55fcd7ce3473bc9154d02a6" FOREIGN KEY ("service_id") REFERENCES "social_services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_intentions" ADD CONSTRAINT "FK_29bda005c1a40ff09a237fd796f" FOREIGN KEY ("reviewing_group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "development_intentions" ADD CONSTRAINT "FK_db4970329bd1d755c0be5a8e1e2" FOREIGN KEY ("opinion_meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intention_calls" ADD CONSTRAINT "FK_7b8147a9bdb27ebfd36d91062a7" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intention_history" ADD CONSTRAINT "FK_b98be7984327b4f54a498888654" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intention_history" ADD CONSTRAINT "FK_6d0cad51b64844de84ee0910661" FOREIGN KEY ("intention_id") REFERENCES "development_intentions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intention_history" ADD CONSTRAINT "FK_7ed7cdba394f25fa697c004d8b2" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intention_history" DROP CONSTRAINT "FK_7ed7cdba394f25fa697c004d8b2"`);
    await queryRunner.query(`ALTER TABLE "intention_history" DROP CONSTRAINT "FK_6d0cad51b64844de84ee0910661"`);
    await queryRunner.query(`ALTER TABLE "intention_history" DROP CONSTRAINT "FK_b98be7984327b4f54a498888654"`);
    await queryRunner.query(`ALTER TABLE "intention_calls" DROP CONSTRAINT "FK_7b8147a9bdb27ebfd36d91062a7"`);
    await queryRunner.query(`ALTER TABLE "development_intentions" DROP CONSTRAINT "FK_db4970329bd1d755c0be5a8e1e2"`);
    await queryRunner.query(`ALTER TABLE "development_intentions" DROP CONSTRAINT "FK_29bda005c1a40ff09a237fd796f"`);
    await queryRunner.query(`ALTER TABLE "development_intentions" DROP CONSTRAINT "FK_142b55fcd7ce3473bc9154d02a6"`);
    await queryRunner.query(`ALTER TABLE "development_intentions" DROP CONSTRAINT "FK_9d334781049e1b0ad9797de8b16"`);
    await queryRunner.query(`ALTER TABLE "development_intentions" DROP CONSTRAINT "FK_b724fde73e35345356e07f72338"`);
    await queryRunner.query(`ALTER TABLE "social_services" DROP CONSTRAINT "FK_9d7004e5ed598207606f31691b8"`);
    await queryRunner.query(`ALTER TABLE "social_services" DROP CONSTRAINT "FK_965f80f6b7da916a5d47147a102"`);
    await queryRunner.query(`DROP TABLE "intention_history"`);
    await queryRunner.query(`DROP INDEX "public"."intention_calls_area_year_key"`);
    await queryRunner.query(`DROP TABLE "intention_calls"`);
    await queryRunner.query(`DROP INDEX "public"."development_intentions_area_state_idx"`);
    await queryRunner.query(`DROP TABLE "development_intentions"`);
    await queryRunner.query(`DROP TYPE "public"."intention_state"`);
    await queryRunner.query(`DROP TYPE "public"."intention_kind"`);
    await queryRunner.query(`DROP INDEX "public"."social_services_area_registration_key"`);
    await queryRunner.query(`DROP TABLE "social_services"`);
    await queryRunner.query(`DROP TYPE "public"."capacity_unit"`);
    await queryRunner.query(`DROP TYPE "public"."service_form"`);
    await queryRunner.query(`DROP TYPE "public"."target_group"`);
    await queryRunner.query(`DROP TYPE "public"."service_type"`);
  }
}
