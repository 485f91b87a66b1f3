import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingsAndProjects1795622640882 implements MigrationInterface {
  name = 'TrainingsAndProjects1795622640882';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "funded_projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(300) NOT NULL, "registration_number" character varying(100) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "description" text NOT NULL DEFAULT '', CONSTRAINT "PK_1f971b243a5ff9d510ac91f04bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "funded_projects_area_number_key" ON "funded_projects"  ("area_id", "registration_number") `);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "registration_open" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "registration_deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "project_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."meeting_kind" ADD VALUE 'SEMINAR'`);
    await queryRunner.query(`CREATE INDEX "meetings_project_idx" ON "meetings"  ("project_id") `);
    await queryRunner.query(`ALTER TABLE "funded_projects" ADD CONSTRAINT "FK_10ca0f9550199d14ff17dbf6ffe" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD CONSTRAINT "FK_1d7d70ceda061da98ac1261ff70" FOREIGN KEY ("project_id") REFERENCES "funded_projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_1d7d70ceda061da98ac1261ff70"`);
    await queryRunner.query(`ALTER TABLE "funded_projects" DROP CONSTRAINT "FK_10ca0f9550199d14ff17dbf6ffe"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_project_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_kind_old" AS ENUM('WORKING_GROUP', 'MANAGEMENT_TEAM', 'PUBLIC_FORUM', 'TRAINING', 'WORKSHOP', 'SUPERVISION')`);
    await queryRunner.query(`ALTER TABLE "meetings" ALTER COLUMN "kind" TYPE "public"."meeting_kind_old" USING "kind"::"text"::"public"."meeting_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."meeting_kind_old" RENAME TO "meeting_kind"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "project_id"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "registration_deadline"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "registration_open"`);
    await queryRunner.query(`DROP INDEX "public"."funded_projects_area_number_key"`);
    await queryRunner.query(`DROP TABLE "funded_projects"`);
  }
}
