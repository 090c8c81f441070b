-- CreateTable
CREATE TABLE "Mechanism" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "instrumentCode" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "SdgTarget" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "goal" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mechanismCode" TEXT NOT NULL,
    "cycle" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "paragraph" TEXT NOT NULL,
    "recommendingState" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,
    "textLocale" TEXT NOT NULL DEFAULT 'en',
    "textEn" TEXT,
    "textRu" TEXT,
    "textKk" TEXT,
    "issuedOn" DATETIME,
    "response" TEXT NOT NULL DEFAULT 'NONE',
    "affectedGroups" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "importDraftId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Recommendation_mechanismCode_fkey" FOREIGN KEY ("mechanismCode") REFERENCES "Mechanism" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationTheme" (
    "recommendationId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,

    PRIMARY KEY ("recommendationId", "theme"),
    CONSTRAINT "RecommendationTheme_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationSdgTarget" (
    "recommendationId" TEXT NOT NULL,
    "targetCode" TEXT NOT NULL,

    PRIMARY KEY ("recommendationId", "targetCode"),
    CONSTRAINT "RecommendationSdgTarget_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RecommendationSdgTarget_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentRecommendation" (
    "commitmentId" TEXT NOT NULL,
    "recommendationId" TEXT NOT NULL,
    "linkedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("commitmentId", "recommendationId"),
    CONSTRAINT "CommitmentRecommendation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitmentRecommendation_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitmentRecommendation_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Recommendation_mechanismCode_cycle_idx" ON "Recommendation"("mechanismCode", "cycle");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_symbol_paragraph_recommendingState_key" ON "Recommendation"("symbol", "paragraph", "recommendingState");

-- CreateIndex
CREATE INDEX "RecommendationTheme_theme_idx" ON "RecommendationTheme"("theme");

-- CreateIndex
CREATE INDEX "RecommendationSdgTarget_targetCode_idx" ON "RecommendationSdgTarget"("targetCode");

-- CreateIndex
CREATE INDEX "CommitmentRecommendation_recommendationId_idx" ON "CommitmentRecommendation"("recommendationId");


-- Controlled vocabularies (names in kk/ru/en). SDG target titles: the official English and Russian texts of
-- A/RES/70/1; the Kazakh titles are our translation (i18n/glossary.md), to be replaced by the official national text.
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('UPR','UPR',NULL,'Universal Periodic Review','Универсальный периодический обзор','Әмбебап кезеңдік шолу',0);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CAT','TREATY_BODY','CAT','Committee against Torture','Комитет против пыток','Азаптауларға қарсы комитет',1);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CCPR','TREATY_BODY','ICCPR','Human Rights Committee','Комитет по правам человека','Адам құқықтары жөніндегі комитет',2);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CEDAW','TREATY_BODY','CEDAW','Committee on the Elimination of Discrimination against Women','Комитет по ликвидации дискриминации в отношении женщин','Әйелдерге қатысты кемсітушілікті жою жөніндегі комитет',3);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CRC','TREATY_BODY','CRC','Committee on the Rights of the Child','Комитет по правам ребенка','Бала құқықтары жөніндегі комитет',4);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CRPD','TREATY_BODY','CRPD','Committee on the Rights of Persons with Disabilities','Комитет по правам инвалидов','Мүгедектердің құқықтары жөніндегі комитет',5);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CESCR','TREATY_BODY','ICESCR','Committee on Economic, Social and Cultural Rights','Комитет по экономическим, социальным и культурным правам','Экономикалық, әлеуметтік және мәдени құқықтар жөніндегі комитет',6);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CERD','TREATY_BODY','CERD','Committee on the Elimination of Racial Discrimination','Комитет по ликвидации расовой дискриминации','Нәсілдік кемсітушілікті жою жөніндегі комитет',7);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('CMW','TREATY_BODY','CMW','Committee on Migrant Workers','Комитет по трудящимся-мигрантам','Еңбекші-мигранттар жөніндегі комитет',8);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('SR-TORTURE','SPECIAL_PROCEDURE',NULL,'Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment','Специальный докладчик по вопросу о пытках и других жестоких, бесчеловечных или унижающих достоинство видах обращения и наказания','Азаптау және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалау түрлері мәселесі жөніндегі арнаулы баяндамашы',9);
INSERT INTO "Mechanism" ("code","kind","instrumentCode","nameEn","nameRu","nameKk","position") VALUES ('SR-FOAA','SPECIAL_PROCEDURE',NULL,'Special Rapporteur on the rights to freedom of peaceful assembly and of association','Специальный докладчик по вопросу о праве на свободу мирных собраний и праве на свободу ассоциации','Бейбіт жиналыстар бостандығы құқығы және бірлестіктер бостандығы құқығы мәселесі жөніндегі арнаулы баяндамашы',10);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('5.1',5,'End all forms of discrimination against all women and girls everywhere','Повсеместно ликвидировать все формы дискриминации в отношении всех женщин и девочек','Барлық жерде әйелдер мен қыздарға қатысты кемсітушіліктің барлық нысандарын жою',0);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('5.2',5,'Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation','Ликвидировать все формы насилия в отношении всех женщин и девочек в публичной и частной сферах, включая торговлю людьми, сексуальную и другие формы эксплуатации','Қоғамдық және жеке салаларда әйелдер мен қыздарға қатысты зорлық-зомбылықтың барлық нысандарын, оның ішінде адам саудасын, жыныстық және басқа да қанау түрлерін жою',1);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('10.3',10,'Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard','Обеспечить равные возможности и уменьшить неравенство результатов, в том числе путем ликвидации дискриминационных законов, политики и практики и содействия принятию соответствующих законодательных актов, политики и мер в этой области','Тең мүмкіндіктерді қамтамасыз ету және нәтижелер теңсіздігін азайту, оның ішінде кемсітушілік заңдарды, саясат пен тәжірибені жою және осы салада тиісті заңнаманы, саясат пен шараларды ілгерілету арқылы',2);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.1',16,'Significantly reduce all forms of violence and related death rates everywhere','Значительно сократить распространенность всех форм насилия и связанные с ним показатели смертности во всем мире','Барлық жерде зорлық-зомбылықтың барлық нысандарын және онымен байланысты өлім-жітім деңгейін айтарлықтай азайту',3);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.2',16,'End abuse, exploitation, trafficking and all forms of violence against and torture of children','Положить конец надругательствам, эксплуатации, торговле детьми и всем формам насилия и пыток в отношении детей','Балаларға қатысты қиянатқа, қанауға, балалар саудасына және зорлық-зомбылық пен азаптаудың барлық нысандарына жол бермеу',4);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.3',16,'Promote the rule of law at the national and international levels and ensure equal access to justice for all','Содействовать верховенству права на национальном и международном уровнях и обеспечить всем равный доступ к правосудию','Ұлттық және халықаралық деңгейлерде заң үстемдігін ілгерілету және барлығы үшін сот төрелігіне тең қолжетімділікті қамтамасыз ету',5);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.6',16,'Develop effective, accountable and transparent institutions at all levels','Создать эффективные, подотчетные и прозрачные учреждения на всех уровнях','Барлық деңгейлерде тиімді, есеп беретін және ашық институттарды дамыту',6);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.7',16,'Ensure responsive, inclusive, participatory and representative decision-making at all levels','Обеспечить принятие гибких, всеохватных, основанных на широком участии и представительных решений на всех уровнях','Барлық деңгейлерде икемді, инклюзивті, кең қатысуға негізделген және өкілдікті шешімдер қабылдауды қамтамасыз ету',7);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.10',16,'Ensure public access to information and protect fundamental freedoms, in accordance with national legislation and international agreements','Обеспечить доступ общественности к информации и защитить основные свободы в соответствии с национальным законодательством и международными соглашениями','Ұлттық заңнамаға және халықаралық келісімдерге сәйкес жұртшылықтың ақпаратқа қолжетімділігін қамтамасыз ету және негізгі бостандықтарды қорғау',8);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.a',16,'Strengthen relevant national institutions, including through international cooperation, for building capacity at all levels, in particular in developing countries, to prevent violence and combat terrorism and crime','Укреплять соответствующие национальные учреждения, в том числе на основе международного сотрудничества, в целях наращивания на всех уровнях, в частности в развивающихся странах, потенциала в области предотвращения насилия и борьбы с терроризмом и преступностью','Зорлық-зомбылықтың алдын алу және терроризм мен қылмысқа қарсы күрес жөніндегі әлеуетті барлық деңгейлерде, әсіресе дамушы елдерде арттыру үшін тиісті ұлттық институттарды, оның ішінде халықаралық ынтымақтастық арқылы нығайту',9);
INSERT INTO "SdgTarget" ("code","goal","titleEn","titleRu","titleKk","position") VALUES ('16.b',16,'Promote and enforce non-discriminatory laws and policies for sustainable development','Содействовать применению и соблюдению недискриминационных законов и политики в интересах устойчивого развития','Орнықты даму мүддесінде кемсітпейтін заңдар мен саясатты ілгерілету және олардың сақталуын қамтамасыз ету',10);

-- Recommendations, their links and the vocabularies show on public pages, the API and the shadow report.
CREATE TRIGGER "Mechanism_public_version_insert" AFTER INSERT ON "Mechanism"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Mechanism_public_version_update" AFTER UPDATE ON "Mechanism"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Mechanism_public_version_delete" AFTER DELETE ON "Mechanism"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SdgTarget_public_version_insert" AFTER INSERT ON "SdgTarget"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SdgTarget_public_version_update" AFTER UPDATE ON "SdgTarget"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "SdgTarget_public_version_delete" AFTER DELETE ON "SdgTarget"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Recommendation_public_version_insert" AFTER INSERT ON "Recommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Recommendation_public_version_update" AFTER UPDATE ON "Recommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Recommendation_public_version_delete" AFTER DELETE ON "Recommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "RecommendationTheme_public_version_insert" AFTER INSERT ON "RecommendationTheme"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "RecommendationTheme_public_version_update" AFTER UPDATE ON "RecommendationTheme"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "RecommendationTheme_public_version_delete" AFTER DELETE ON "RecommendationTheme"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "RecommendationSdgTarget_public_version_insert" AFTER INSERT ON "RecommendationSdgTarget"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "RecommendationSdgTarget_public_version_update" AFTER UPDATE ON "RecommendationSdgTarget"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "RecommendationSdgTarget_public_version_delete" AFTER DELETE ON "RecommendationSdgTarget"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentRecommendation_public_version_insert" AFTER INSERT ON "CommitmentRecommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentRecommendation_public_version_update" AFTER UPDATE ON "CommitmentRecommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "CommitmentRecommendation_public_version_delete" AFTER DELETE ON "CommitmentRecommendation"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
