-- Names shipped in 20261201190000_recommendations, corrected after the bilingual review (issue 28):
-- Russian official titles write «ребёнка»; Kazakh says «тұрақты даму» for sustainable development
-- everywhere else (i18n/glossary.md). Only rows still holding the shipped wording are changed, so a
-- name an admin has since edited is left as it is.
UPDATE "Mechanism" SET "nameRu" = 'Комитет по правам ребёнка' WHERE "code" = 'CRC' AND "nameRu" = 'Комитет по правам ребенка';
UPDATE "SdgTarget" SET "titleKk" = 'Тұрақты даму мүддесінде кемсітпейтін заңдар мен саясатты ілгерілету және олардың сақталуын қамтамасыз ету' WHERE "code" = '16.b' AND "titleKk" = 'Орнықты даму мүддесінде кемсітпейтін заңдар мен саясатты ілгерілету және олардың сақталуын қамтамасыз ету';
