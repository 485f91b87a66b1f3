import { MigrationInterface, QueryRunner } from 'typeorm';

export class Monitoring1795622681445 implements MigrationInterface {
  name = 'Monitoring1795622681445';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "monitoring_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_plan_id" uuid NOT NULL, "year" integer NOT NULL, "organisation_id" uuid NOT NULL, "measure_ids" uuid array NOT NULL, "reminded_by_id" uuid, CONSTRAINT "PK_a49388f5081d6d031253b589360" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "monitoring_reminders_plan_organisation_idx" ON "monitoring_reminders"  ("action_plan_id", "organisation_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."progress_state" AS ENUM('IN_PROGRESS', 'FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED')`);
    await queryRunner.query(`CREATE TABLE "progress_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "measure_id" uuid NOT NULL, "year" integer NOT NULL, "state" "public"."progress_state" NOT NULL, "narrative" text NOT NULL DEFAULT '', "revision" integer NOT NULL DEFAULT '1', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, CONSTRAINT "PK_175179020a43d5ec75ab1d6a04f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "progress_reports_area_year_idx" ON "progress_reports"  ("area_id", "year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "progress_reports_measure_year_key" ON "progress_reports"  ("measure_id", "year") `);
    await queryRunner.query(`CREATE TABLE "progress_report_spending" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "source" "public"."funding_source" NOT NULL, "amount_minor" bigint NOT NULL, CONSTRAINT "PK_0ebc2046104b2f3ba545e6938e3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "progress_report_spending_report_source_key" ON "progress_report_spending"  ("report_id", "source") `);
    await queryRunner.query(`CREATE TABLE "progress_indicator_values" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "value" numeric NOT NULL, CONSTRAINT "PK_4a20c64be44b9c891e06b1658aa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "progress_indicator_values_report_indicator_key" ON "progress_indicator_values"  ("report_id", "indicator_id") `);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" ADD CONSTRAINT "FK_f7fdc7feaa81874375a74d95e29" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" ADD CONSTRAINT "FK_6adcda82a7bb618c92838648116" FOREIGN KEY ("action_plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" ADD CONSTRAINT "FK_529313b492c455974252e5cc199" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" ADD CONSTRAINT "FK_daaffe81e5e9e13b86476c50df6" FOREIGN KEY ("reminded_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_992116770f24f97fe02eaefa0e5" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_65181fe762b512408e1a838b71f" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_903ead7024d41e38834fff7bac5" FOREIGN KEY ("submitted_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_e5397f74c7bf7850702cc9e89b3" FOREIGN KEY ("updated_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_report_spending" ADD CONSTRAINT "FK_2f27ee1923d351fbdd437ebd288" FOREIGN KEY ("report_id") REFERENCES "progress_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_indicator_values" ADD CONSTRAINT "FK_bca9256c7ac99a7a30ba76d883d" FOREIGN KEY ("report_id") REFERENCES "progress_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "progress_indicator_values" ADD CONSTRAINT "FK_49dd21f0e1cde52374718a9eed6" FOREIGN KEY ("indicator_id") REFERENCES "measure_indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_indicator_values" DROP CONSTRAINT "FK_49dd21f0e1cde52374718a9eed6"`);
    await queryRunner.query(`ALTER TABLE "progress_indicator_values" DROP CONSTRAINT "FK_bca9256c7ac99a7a30ba76d883d"`);
    await queryRunner.query(`ALTER TABLE "progress_report_spending" DROP CONSTRAINT "FK_2f27ee1923d351fbdd437ebd288"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_e5397f74c7bf7850702cc9e89b3"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_903ead7024d41e38834fff7bac5"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_65181fe762b512408e1a838b71f"`);
    await queryRunner.query(`ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_992116770f24f97fe02eaefa0e5"`);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" DROP CONSTRAINT "FK_daaffe81e5e9e13b86476c50df6"`);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" DROP CONSTRAINT "FK_529313b492c455974252e5cc199"`);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" DROP CONSTRAINT "FK_6adcda82a7bb618c92838648116"`);
    await queryRunner.query(`ALTER TABLE "monitoring_reminders" DROP CONSTRAINT "FK_f7fdc7feaa81874375a74d95e29"`);
    await queryRunner.query(`DROP INDEX "public"."progress_indicator_values_report_indicator_key"`);
    await queryRunner.query(`DROP TABLE "progress_indicator_values"`);
    await queryRunner.query(`DROP INDEX "public"."progress_report_spending_report_source_key"`);
    await queryRunner.query(`DROP TABLE "progress_report_spending"`);
    await queryRunner.query(`DROP INDEX "public"."progress_reports_measure_year_key"`);
    await queryRunner.query(`DROP INDEX "public"."progress_reports_area_year_idx"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
    await queryRunner.query(`DROP TYPE "public"."progress_state"`);
    await queryRunner.query(`DROP INDEX "public"."monitoring_reminders_plan_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "monitoring_reminders"`);
  }
}
