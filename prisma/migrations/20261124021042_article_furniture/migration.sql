-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "furniture" JSONB;
