-- Passwords an admin hands out (new account, reset) must be replaced at first use.
-- AlterTable (ADD COLUMN keeps the table, its rows and the relations pointing at it in place)
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
