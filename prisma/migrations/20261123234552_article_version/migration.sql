-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
