import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingMeasureIntentionLinks1795609102723 implements MigrationInterface {
  name = 'MeetingMeasureIntentionLinks1795609102723';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "intention_measures" ("intention_id" uuid NOT NULL, "measure_id" uuid NOT NULL, CONSTRAINT "PK_6898c82735319285069b4905aa9" PRIMARY KEY ("intention_id", "measure_id"))`);
    await queryRunner.query(`CREATE INDEX "intention_measures_measure_idx" ON "intention_measures"  ("measure_id") `);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "measure_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "intention_id" uuid`);
    await queryRunner.query(`CREATE INDEX "agenda_items_intention_idx" ON "agenda_items"  ("intention_id") `);
    await queryRunner.query(`CREATE INDEX "agenda_items_measure_idx" ON "agenda_items"  ("measure_id") `);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_6d058fbc6b9f714aab13a56abb6" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_158ae146edea92ace164e5b9d5c" FOREIGN KEY ("intention_id") REFERENCES "development_intentions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intention_measures" ADD CONSTRAINT "FK_1cd48bb43b210eb2c7bfa0d8fdf" FOREIGN KEY ("intention_id") REFERENCES "development_intentions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "intention_measures" ADD CONSTRAINT "FK_1ed45d8b2e82d1f6f3882981f1e" FOREIGN KEY ("measure_id") REFERENCES "measures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intention_measures" DROP CONSTRAINT "FK_1ed45d8b2e82d1f6f3882981f1e"`);
    await queryRunner.query(`ALTER TABLE "intention_measures" DROP CONSTRAINT "FK_1cd48bb43b210eb2c7bfa0d8fdf"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_158ae146edea92ace164e5b9d5c"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_6d058fbc6b9f714aab13a56abb6"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_measure_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_intention_idx"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "intention_id"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "measure_id"`);
    await queryRunner.query(`DROP INDEX "public"."intention_measures_measure_idx"`);
    await queryRunner.query(`DROP TABLE "intention_measures"`);
  }
}
