import { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonalData1795622464179 implements MigrationInterface {
  name = 'PersonalData1795622464179';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "consent_text" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "consent_text"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "anonymised_at"`);
  }
}
