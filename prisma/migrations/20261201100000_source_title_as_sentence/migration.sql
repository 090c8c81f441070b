-- The dataset named one headline-less article "[Untitled] …"; readers see it as a sentence now.
-- Only the untouched seeded title is renamed: a title an editor already changed is left alone.
UPDATE "Source"
SET "title" = 'Article without a headline, on the Presidential Decree and Action Plan on Human Rights and Rule of Law', "version" = "version" + 1
WHERE "title" = '[Untitled] Presidential Decree and Action Plan on Human Rights and Rule of Law';
