-- The language of an editor's notification mail (issue 16 left every editor mail in Russian).
ALTER TABLE "User" ADD COLUMN "mailLocale" TEXT NOT NULL DEFAULT 'ru';
