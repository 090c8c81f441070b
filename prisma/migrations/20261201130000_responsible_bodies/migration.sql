-- Responsible bodies become a vocabulary (a key and a name per language), and instruments get
-- their official Russian and Kazakh titles. Existing free-text bodies are converted to keys
-- without losing a word: the dataset's bodies map to their curated keys and names; any other text
-- becomes a body of its own (key body-1, body-2, …) named by that text in all three languages,
-- for an admin to translate.

-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN "nameKk" TEXT;
ALTER TABLE "Instrument" ADD COLUMN "nameRu" TEXT;

-- CreateTable
CREATE TABLE "ResponsibleBody" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- The dataset's bodies (prisma/seed/commitments.json lists the same keys and names).
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('government', 'Government', 'Правительство', 'Үкімет', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('parliament', 'Parliament', 'Парламент', 'Парламент', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('president', 'President', 'Президент', 'Президент', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('president-and-parliament', 'President and Parliament', 'Президент и Парламент', 'Президент және Парламент', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('president-and-government', 'President and Government', 'Президент и Правительство', 'Президент және Үкімет', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('government-and-parliament', 'Government and Parliament', 'Правительство и Парламент', 'Үкімет және Парламент', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('government-oic-chair', 'Government (as OIC chair)', 'Правительство (как председатель ОИС)', 'Үкімет (ИЫҰ төрағасы ретінде)', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('ombudsman', 'Commissioner for Human Rights (Ombudsman)', 'Уполномоченный по правам человека', 'Адам құқықтары жөніндегі уәкіл', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('government-and-ombudsman', 'Government and Commissioner for Human Rights (Ombudsman)', 'Правительство и Уполномоченный по правам человека', 'Үкімет және Адам құқықтары жөніндегі уәкіл', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('child-rights-commissioner', 'Commissioner for the Rights of the Child', 'Уполномоченный по правам ребёнка', 'Бала құқықтары жөніндегі уәкіл', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('human-rights-commission', 'Commission on Human Rights', 'Комиссия по правам человека', 'Адам құқықтары жөніндегі комиссия', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('ministry-of-education', 'Ministry of Education and Science (with other agencies)', 'Министерство образования и науки (совместно с другими ведомствами)', 'Білім және ғылым министрлігі (басқа ведомстволармен бірлесіп)', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('ministry-of-internal-affairs', 'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Ішкі істер министрлігі', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('labour-security-internal-affairs', 'Ministry of Labour and Social Protection, National Security Committee and Ministry of Internal Affairs', 'Министерство труда и социальной защиты населения, Комитет национальной безопасности и Министерство внутренних дел', 'Еңбек және халықты әлеуметтік қорғау министрлігі, Ұлттық қауіпсіздік комитеті және Ішкі істер министрлігі', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('regional-authorities', 'Regional authorities', 'Местные органы власти', 'Жергілікті билік органдары', CURRENT_TIMESTAMP);
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt") VALUES ('law-enforcement-courts-parliament', 'Law enforcement agencies, courts and Parliament', 'Правоохранительные органы, суды и Парламент', 'Құқық қорғау органдары, соттар және Парламент', CURRENT_TIMESTAMP);

-- Every other body text already in use (matched after trimming, ignoring ASCII case) gets its own key.
CREATE TEMP TABLE "_BodyText" AS
  SELECT "text", 'body-' || ROW_NUMBER() OVER (ORDER BY "text") AS "key" FROM (
    SELECT DISTINCT trim("responsibleBody") AS "text" FROM "Commitment"
    WHERE lower(trim("responsibleBody")) NOT IN (SELECT lower("nameEn") FROM "ResponsibleBody")
  );
INSERT INTO "ResponsibleBody" ("key", "nameEn", "nameRu", "nameKk", "updatedAt")
  SELECT "key", "text", "text", "text", CURRENT_TIMESTAMP FROM "_BodyText";

-- RedefineTables (the foreign key needs a rebuild in SQLite); each row's text becomes its key.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "responsibleBody" TEXT NOT NULL,
    "firstStatedOn" DATETIME,
    "targetDate" DATETIME,
    "officialClaim" TEXT NOT NULL DEFAULT 'NO_CLAIM',
    "claimSince" DATETIME,
    "assessment" TEXT NOT NULL DEFAULT 'NOT_ASSESSED',
    "assessmentSince" DATETIME,
    "lastVerifiedOn" DATETIME,
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "firstPublishedAt" DATETIME,
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',
    CONSTRAINT "Commitment_responsibleBody_fkey" FOREIGN KEY ("responsibleBody") REFERENCES "ResponsibleBody" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Commitment" ("assessment", "assessmentSince", "category", "claimSince", "createdAt", "firstPublishedAt", "firstStatedOn", "id", "isArchived", "isPublished", "lastVerifiedOn", "officialClaim", "responsibleBody", "searchText", "slug", "sourceLocale", "summary", "targetDate", "title", "updatedAt", "version")
  SELECT "assessment", "assessmentSince", "category", "claimSince", "createdAt", "firstPublishedAt", "firstStatedOn", "id", "isArchived", "isPublished", "lastVerifiedOn", "officialClaim",
    COALESCE(
      (SELECT "key" FROM "ResponsibleBody" WHERE lower("nameEn") = lower(trim(c."responsibleBody")) AND "key" NOT LIKE 'body-%'),
      (SELECT "key" FROM "_BodyText" WHERE "text" = trim(c."responsibleBody"))
    ),
    "searchText", "slug", "sourceLocale", "summary", "targetDate", "title", "updatedAt", "version"
  FROM "Commitment" AS c;
DROP TABLE "Commitment";
ALTER TABLE "new_Commitment" RENAME TO "Commitment";
CREATE UNIQUE INDEX "Commitment_slug_key" ON "Commitment"("slug");
CREATE INDEX "Commitment_isPublished_isArchived_updatedAt_idx" ON "Commitment"("isPublished", "isArchived", "updatedAt");
CREATE INDEX "Commitment_category_idx" ON "Commitment"("category");
CREATE INDEX "Commitment_assessment_idx" ON "Commitment"("assessment");
CREATE INDEX "Commitment_responsibleBody_idx" ON "Commitment"("responsibleBody");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
DROP TABLE "_BodyText";

-- Official Russian and Kazakh titles of the dataset's instruments (i18n/glossary.md).
UPDATE "Instrument" SET "nameRu" = 'Международный пакт о гражданских и политических правах', "nameKk" = 'Азаматтық және саяси құқықтар туралы халықаралық пакт' WHERE "code" = 'ICCPR';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Международному пакту о гражданских и политических правах', "nameKk" = 'Азаматтық және саяси құқықтар туралы халықаралық пактіге Факультативтік хаттама' WHERE "code" = 'ICCPR-OP1';
UPDATE "Instrument" SET "nameRu" = 'Второй Факультативный протокол к Международному пакту о гражданских и политических правах, направленный на отмену смертной казни', "nameKk" = 'Өлім жазасының күшін жоюға бағытталған Азаматтық және саяси құқықтар туралы халықаралық пактіге Екінші Факультативтік Хаттама' WHERE "code" = 'ICCPR-OP2';
UPDATE "Instrument" SET "nameRu" = 'Международный пакт об экономических, социальных и культурных правах', "nameKk" = 'Экономикалық, әлеуметтік және мәдени құқықтар туралы халықаралық пакт' WHERE "code" = 'ICESCR';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Международному пакту об экономических, социальных и культурных правах', "nameKk" = 'Экономикалық, әлеуметтік және мәдени құқықтар туралы халықаралық пактіге Факультативтік хаттама' WHERE "code" = 'ICESCR-OP';
UPDATE "Instrument" SET "nameRu" = 'Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания', "nameKk" = 'Азаптауларға және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалау түрлеріне қарсы конвенция' WHERE "code" = 'CAT';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Конвенции против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания', "nameKk" = 'Азаптауларға және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалау түрлеріне қарсы конвенцияға факультативтік хаттама' WHERE "code" = 'OPCAT';
UPDATE "Instrument" SET "nameRu" = 'Руководство по эффективному расследованию и документированию пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания (Стамбульский протокол)', "nameKk" = 'Азаптауларды және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалау түрлерін тиімді тергеу және құжаттау жөніндегі нұсқаулық (Стамбул хаттамасы)' WHERE "code" = 'ISTANBUL-PROTOCOL';
UPDATE "Instrument" SET "nameRu" = 'Конвенция о ликвидации всех форм дискриминации в отношении женщин', "nameKk" = 'Әйелдерді кемсітушіліктің барлық нысандарын жою туралы конвенция' WHERE "code" = 'CEDAW';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Конвенции о ликвидации всех форм дискриминации в отношении женщин', "nameKk" = 'Әйелдерді кемсітушіліктің барлық нысандарын жою туралы конвенцияның факультативтік хаттамасы' WHERE "code" = 'CEDAW-OP';
UPDATE "Instrument" SET "nameRu" = 'Конвенция о правах ребёнка', "nameKk" = 'Бала құқықтары туралы конвенция' WHERE "code" = 'CRC';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Конвенции о правах ребёнка, касающийся участия детей в вооружённых конфликтах', "nameKk" = 'Балалардың қарулы жанжалдарға қатысуына байланысты Баланың құқықтары туралы конвенцияның факультативтік хаттамасы' WHERE "code" = 'CRC-OP-AC';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Конвенции о правах ребёнка, касающийся торговли детьми, детской проституции и детской порнографии', "nameKk" = 'Балаларды саудалауға, балалар зинақорлығына және балалар порнографиясына қатысты Баланың құқықтары туралы конвенцияның факультативтік хаттамасы' WHERE "code" = 'CRC-OP-SC';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Конвенции о правах ребёнка, касающийся процедуры сообщений', "nameKk" = 'Бала құқықтары туралы конвенцияға хабарлар рәсіміне қатысты факультативтік хаттама' WHERE "code" = 'CRC-OP-IC';
UPDATE "Instrument" SET "nameRu" = 'Конвенция о правах инвалидов', "nameKk" = 'Мүгедектердің құқықтары туралы конвенция' WHERE "code" = 'CRPD';
UPDATE "Instrument" SET "nameRu" = 'Факультативный протокол к Конвенции о правах инвалидов', "nameKk" = 'Мүгедектердің құқықтары туралы конвенцияға факультативтік хаттама' WHERE "code" = 'CRPD-OP';
UPDATE "Instrument" SET "nameRu" = 'Международная конвенция о ликвидации всех форм расовой дискриминации', "nameKk" = 'Нәсілдік кемсітушіліктің барлық нысандарын жою туралы халықаралық конвенция' WHERE "code" = 'CERD';
UPDATE "Instrument" SET "nameRu" = 'Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей', "nameKk" = 'Барлық еңбекші-мигранттар мен олардың отбасы мүшелерінің құқықтарын қорғау туралы халықаралық конвенция' WHERE "code" = 'CMW';
UPDATE "Instrument" SET "nameRu" = 'Международная конвенция для защиты всех лиц от насильственных исчезновений', "nameKk" = 'Барлық адамдарды күштеп жоғалтудан қорғау туралы халықаралық конвенция' WHERE "code" = 'CED';
UPDATE "Instrument" SET "nameRu" = 'Конвенция 2019 года о насилии и домогательствах (№ 190)', "nameKk" = 'Еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы 2019 жылғы конвенция (№ 190)' WHERE "code" = 'ILO-C190';
UPDATE "Instrument" SET "nameRu" = 'Руководящие принципы предпринимательской деятельности в аспекте прав человека: осуществление рамок Организации Объединённых Наций в отношении «защиты, соблюдения и средств правовой защиты»', "nameKk" = 'Бизнес және адам құқықтары жөніндегі басшылық қағидаттар: Біріккен Ұлттар Ұйымының «Қорғау, құрметтеу және құқықтық қорғау құралдары» негіздемесін іске асыру' WHERE "code" = 'UNGP-BHR';
UPDATE "Instrument" SET "nameRu" = 'Всеобщая декларация прав человека', "nameKk" = 'Адам құқықтарының жалпыға бірдей декларациясы' WHERE "code" = 'UDHR';
UPDATE "Instrument" SET "nameRu" = 'Универсальный периодический обзор Совета ООН по правам человека', "nameKk" = 'БҰҰ Адам құқықтары жөніндегі кеңесінің Әмбебап кезеңдік шолуы' WHERE "code" = 'UPR';
UPDATE "Instrument" SET "nameRu" = 'Преобразование нашего мира: Повестка дня в области устойчивого развития на период до 2030 года (Цели устойчивого развития)', "nameKk" = 'Әлемімізді өзгерту: 2030 жылға дейінгі кезеңге арналған тұрақты даму саласындағы күн тәртібі (Тұрақты даму мақсаттары)' WHERE "code" = 'SDG';
UPDATE "Instrument" SET "nameRu" = 'Принципы, касающиеся статуса национальных учреждений, занимающихся поощрением и защитой прав человека (Парижские принципы)', "nameKk" = 'Адам құқықтарын көтермелеу және қорғау жөніндегі ұлттық мекемелердің мәртебесіне қатысты қағидаттар (Париж қағидаттары)' WHERE "code" = 'PARIS-PRINCIPLES';
UPDATE "Instrument" SET "nameRu" = 'Резолюция 1325 (2000) Совета Безопасности ООН о женщинах, мире и безопасности', "nameKk" = 'БҰҰ Қауіпсіздік Кеңесінің әйелдер, бейбітшілік және қауіпсіздік туралы 1325 (2000) қарары' WHERE "code" = 'UNSCR-1325';
UPDATE "Instrument" SET "nameRu" = 'Конвенция 2006 года об основах, содействующих безопасности и гигиене труда (№ 187)', "nameKk" = 'Еңбек қауіпсіздігі мен еңбекті қорғауға жәрдемдесетін негіздер туралы 2006 жылғы конвенция (№ 187)' WHERE "code" = 'ILO-C187';
UPDATE "Instrument" SET "nameRu" = 'Конвенция 1970 года об установлении минимальной заработной платы (№ 131)', "nameKk" = 'Ең төменгі жалақыны белгілеу туралы 1970 жылғы конвенция (№ 131)' WHERE "code" = 'ILO-C131';
