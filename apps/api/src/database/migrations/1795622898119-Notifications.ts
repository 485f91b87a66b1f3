import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795622898119 implements MigrationInterface {
  name = 'Notifications1795622898119';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('MEETING_INVITATION', 'MEETING_CHANGED', 'MEETING_CANCELLED', 'ROUND_OPENED', 'ROUND_CLOSING_SOON', 'COMMENT_REPLY', 'COMMENT_SETTLED', 'DECISION', 'PROGRESS_REMINDER')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_delivery" AS ENUM('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_email_state" AS ENUM('PENDING', 'SENT', 'SKIPPED')`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "dedupe_key" character varying(200) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "email_delivery" "public"."notification_delivery" NOT NULL, "email_state" "public"."notification_email_state" NOT NULL, "email_sent_at" TIMESTAMP WITH TIME ZONE, "digest_id" uuid, CONSTRAINT "notifications_person_key" UNIQUE ("person_id", "dedupe_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_email_pending_idx" ON "notifications"  ("email_delivery", "created_at") WHERE email_state = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX "notifications_person_created_idx" ON "notifications"  ("person_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "delivery" "public"."notification_delivery" NOT NULL, CONSTRAINT "notification_preferences_person_kind_key" UNIQUE ("person_id", "kind"), CONSTRAINT "PK_e94e2b543f2f218ee68e4f4fad2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "notification_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "day" date NOT NULL, "items" integer NOT NULL, CONSTRAINT "notification_digests_person_day_key" UNIQUE ("person_id", "day"), CONSTRAINT "PK_d1dfad641230ea835751ccc8493" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_3011aef5a33ac5c190654c05d7a" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_6633b2b44c7c5c3766dc5af522f" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_bbc0b443c204933f7fdc8762c64" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_57d4eb7d38306aef3208185725e" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_b97a0eb0dbf2d811ca10f74795c" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_189f538e0b7e8448234df202bcc" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_189f538e0b7e8448234df202bcc"`);
    await queryRunner.query(`ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_b97a0eb0dbf2d811ca10f74795c"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_57d4eb7d38306aef3208185725e"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_bbc0b443c204933f7fdc8762c64"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_6633b2b44c7c5c3766dc5af522f"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_3011aef5a33ac5c190654c05d7a"`);
    await queryRunner.query(`DROP TABLE "notification_digests"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_person_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_email_pending_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_email_state"`);
    await queryRunner.query(`DROP TYPE "public"."notification_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
