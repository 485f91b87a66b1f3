import { MigrationInterface, QueryRunner } from 'typeorm';

export class GoodPractice1795622586549 implements MigrationInterface {
  name = 'GoodPractice1795622586549';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Full-text search of the good-practice library, blind to diacritics: word tokens go through
    // unaccent and then simple (no stemmer exists for Czech or Polish in PostgreSQL), so
    // "pečovatelská" is stored and searched as "pecovatelska".
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION komplan_unaccent (COPY = pg_catalog.simple)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION komplan_unaccent ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple`,
    );
    // The document of an article (title A, summary and tags B, body C); IMMUTABLE: only the
    // configuration named explicitly is used. Kept in practices.search by the trigger below.
    await queryRunner.query(`CREATE FUNCTION komplan_practice_document(title text, summary text, tags text[], body text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('komplan_unaccent'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('komplan_unaccent'::regconfig, coalesce(summary, '') || ' ' || coalesce(array_to_string(tags, ' '), '')), 'B')
            || setweight(to_tsvector('komplan_unaccent'::regconfig, coalesce(body, '')), 'C')
      $$`);
    await queryRunner.query(`CREATE TYPE "public"."practice_state" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(`CREATE TYPE "public"."practice_language" AS ENUM('cs', 'pl', 'en')`);
    await queryRunner.query(`CREATE TABLE "practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "summary" character varying(1000) NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "tags" text array NOT NULL DEFAULT '{}', "target_groups" "public"."target_group" array NOT NULL DEFAULT '{}', "organisation_id" uuid, "author_id" uuid, "state" "public"."practice_state" NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "language" "public"."practice_language" NOT NULL DEFAULT 'cs', "revision" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search" tsvector NOT NULL, CONSTRAINT "PK_0934829c5859a843625e6ff1c34" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE FUNCTION komplan_practices_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := komplan_practice_document(NEW.title, NEW.summary, NEW.tags, NEW.body);
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER practices_search BEFORE INSERT OR UPDATE OF title, summary, tags, body ON "practices" FOR EACH ROW EXECUTE FUNCTION komplan_practices_search()`,
    );
    await queryRunner.query(`CREATE INDEX "practices_tags_idx" ON "practices" USING gin ("tags") `);
    await queryRunner.query(`CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search") `);
    await queryRunner.query(`CREATE INDEX "practices_area_state_published_idx" ON "practices"  ("area_id", "state", "published_at") `);
    await queryRunner.query(`CREATE TABLE "practice_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "practice_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(120) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by_id" uuid, CONSTRAINT "PK_2278ca1a348bb7fa08faba10d7f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_attachments_practice_idx" ON "practice_attachments"  ("practice_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "practices" ADD CONSTRAINT "FK_2ddc5e2eaa6904021184739d761" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practices" ADD CONSTRAINT "FK_53e8a118b83d63e5e73efc739fe" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practices" ADD CONSTRAINT "FK_11383687601c025fbebc4a3d76d" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_attachments" ADD CONSTRAINT "FK_13bb9b3679701b3b5dc4e20863e" FOREIGN KEY ("area_id") REFERENCES "areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_attachments" ADD CONSTRAINT "FK_4d265f9147fb107ce14f7e89dfa" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_attachments" ADD CONSTRAINT "FK_bdbf7a5229417d34de28a75383e" FOREIGN KEY ("uploaded_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_attachments" DROP CONSTRAINT "FK_bdbf7a5229417d34de28a75383e"`);
    await queryRunner.query(`ALTER TABLE "practice_attachments" DROP CONSTRAINT "FK_4d265f9147fb107ce14f7e89dfa"`);
    await queryRunner.query(`ALTER TABLE "practice_attachments" DROP CONSTRAINT "FK_13bb9b3679701b3b5dc4e20863e"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP CONSTRAINT "FK_11383687601c025fbebc4a3d76d"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP CONSTRAINT "FK_53e8a118b83d63e5e73efc739fe"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP CONSTRAINT "FK_2ddc5e2eaa6904021184739d761"`);
    await queryRunner.query(`DROP INDEX "public"."practice_attachments_practice_idx"`);
    await queryRunner.query(`DROP TABLE "practice_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."practices_area_state_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_search_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_tags_idx"`);
    await queryRunner.query(`DROP TABLE "practices"`);
    await queryRunner.query(`DROP FUNCTION komplan_practices_search()`);
    await queryRunner.query(`DROP FUNCTION komplan_practice_document(text, text, text[], text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION komplan_unaccent`);
    // Made by up() unless already there; kept when anything else still uses it.
    await queryRunner.query(
      `DO $$ BEGIN DROP EXTENSION IF EXISTS unaccent; EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$`,
    );
    await queryRunner.query(`DROP TYPE "public"."practice_language"`);
    await queryRunner.query(`DROP TYPE "public"."practice_state"`);
  }
}
