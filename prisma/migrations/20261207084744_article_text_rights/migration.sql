-- Every article stored so far is another outlet's (the seed's four and every import): the default
-- fills them with OTHER, so from this migration on no reader sees their full text until an editor
-- marks an article as the newsroom's own or licensed.
-- CreateEnum
CREATE TYPE "TextRights" AS ENUM ('OWN', 'LICENSED', 'OTHER');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "textRights" "TextRights" NOT NULL DEFAULT 'OTHER';
