-- Themes and affected groups in three languages (issue 23, item 5). Prisma's part (the table) as
-- `prisma migrate diff` writes it; the public-version triggers and the data step by hand.

-- CreateTable
CREATE TABLE "VocabularyTerm" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("kind", "key")
);

-- The public pages' cache is keyed on the public data version: a saved name shows at once.
CREATE TRIGGER "VocabularyTerm_public_version_insert" AFTER INSERT ON "VocabularyTerm"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "VocabularyTerm_public_version_update" AFTER UPDATE ON "VocabularyTerm"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "VocabularyTerm_public_version_delete" AFTER DELETE ON "VocabularyTerm"
BEGIN UPDATE "PublicDataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

-- UHRI's themes and affected groups (lib/vocabularies/uhri-terms.json; the test beside it checks the two agree).
INSERT INTO "VocabularyTerm" ("kind", "key", "nameEn", "nameRu", "nameKk", "position") VALUES
    ('THEME', 'acceptance of international norms', 'Acceptance of international norms', 'Принятие международных норм', 'Халықаралық нормаларды қабылдау', 1),
    ('THEME', 'reservations', 'Reservations', 'Оговорки', 'Ескертпелер', 2),
    ('THEME', 'cooperation with treaty bodies', 'Cooperation with treaty bodies', 'Сотрудничество с договорными органами', 'Шарттық органдармен ынтымақтастық', 3),
    ('THEME', 'cooperation with special procedures', 'Cooperation with special procedures', 'Сотрудничество со специальными процедурами', 'Арнаулы рәсімдермен ынтымақтастық', 4),
    ('THEME', 'cooperation with other international mechanisms and institutions', 'Cooperation with other international mechanisms and institutions', 'Сотрудничество с другими международными механизмами и учреждениями', 'Басқа халықаралық тетіктермен және мекемелермен ынтымақтастық', 5),
    ('THEME', 'inter-state cooperation and development assistance', 'Inter-State cooperation and development assistance', 'Межгосударственное сотрудничество и помощь в целях развития', 'Мемлекетаралық ынтымақтастық және дамуға көмек', 6),
    ('THEME', 'follow-up to the universal periodic review', 'Follow-up to the Universal Periodic Review', 'Выполнение рекомендаций универсального периодического обзора', 'Әмбебап кезеңдік шолудың ұсынымдарын орындау', 7),
    ('THEME', 'constitutional and legislative framework', 'Constitutional and legislative framework', 'Конституционная и законодательная база', 'Конституциялық және заңнамалық негіз', 8),
    ('THEME', 'institutions and policies', 'Institutions and policies', 'Институты и политика', 'Институттар мен саясат', 9),
    ('THEME', 'national human rights institution', 'National human rights institution', 'Национальное правозащитное учреждение', 'Ұлттық адам құқықтары институты', 10),
    ('THEME', 'national human rights action plan', 'National human rights action plan', 'Национальный план действий в области прав человека', 'Адам құқықтары жөніндегі ұлттық іс-қимыл жоспары', 11),
    ('THEME', 'human rights education and training', 'Human rights education and training', 'Образование и подготовка в области прав человека', 'Адам құқықтары саласындағы білім беру және оқыту', 12),
    ('THEME', 'human rights and counter-terrorism', 'Human rights and counter-terrorism', 'Права человека и борьба с терроризмом', 'Адам құқықтары және терроризмге қарсы күрес', 13),
    ('THEME', 'business and human rights', 'Business and human rights', 'Бизнес и права человека', 'Бизнес және адам құқықтары', 14),
    ('THEME', 'human rights and the environment', 'Human rights and the environment', 'Права человека и окружающая среда', 'Адам құқықтары және қоршаған орта', 15),
    ('THEME', 'right to development', 'Right to development', 'Право на развитие', 'Даму құқығы', 16),
    ('THEME', 'equality and non-discrimination', 'Equality and non-discrimination', 'Равенство и недискриминация', 'Теңдік және кемсітпеушілік', 17),
    ('THEME', 'racial discrimination', 'Racial discrimination', 'Расовая дискриминация', 'Нәсілдік кемсітушілік', 18),
    ('THEME', 'right to an effective remedy', 'Right to an effective remedy', 'Право на эффективное средство правовой защиты', 'Құқықты тиімді қорғау құралына құқық', 19),
    ('THEME', 'impunity', 'Impunity', 'Безнаказанность', 'Жазасыз қалу', 20),
    ('THEME', 'corruption', 'Corruption', 'Коррупция', 'Сыбайлас жемқорлық', 21),
    ('THEME', 'right to life', 'Right to life', 'Право на жизнь', 'Өмір сүру құқығы', 22),
    ('THEME', 'death penalty', 'Death penalty', 'Смертная казнь', 'Өлім жазасы', 23),
    ('THEME', 'enforced disappearances', 'Enforced disappearances', 'Насильственные исчезновения', 'Күштеп жоғалту', 24),
    ('THEME', 'torture and other cruel, inhuman or degrading treatment', 'Torture and other cruel, inhuman or degrading treatment', 'Пытки и другие жестокие, бесчеловечные или унижающие достоинство виды обращения', 'Азаптау және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер', 25),
    ('THEME', 'prohibition of torture and cruel, inhuman or degrading treatment', 'Prohibition of torture and cruel, inhuman or degrading treatment', 'Запрещение пыток и жестоких, бесчеловечных или унижающих достоинство видов обращения', 'Азаптауға және қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттерге тыйым салу', 26),
    ('THEME', 'conditions of detention', 'Conditions of detention', 'Условия содержания под стражей', 'Қамауда ұстау жағдайлары', 27),
    ('THEME', 'liberty and security of the person', 'Liberty and security of the person', 'Свобода и личная неприкосновенность', 'Жеке бас бостандығы мен қауіпсіздігі', 28),
    ('THEME', 'prohibition of slavery and trafficking', 'Prohibition of slavery and trafficking', 'Запрещение рабства и торговли людьми', 'Құлдыққа және адам саудасына тыйым салу', 29),
    ('THEME', 'trafficking in persons', 'Trafficking in persons', 'Торговля людьми', 'Адам саудасы', 30),
    ('THEME', 'administration of justice', 'Administration of justice', 'Отправление правосудия', 'Сот төрелігін іске асыру', 31),
    ('THEME', 'administration of justice and fair trial', 'Administration of justice and fair trial', 'Отправление правосудия и справедливое судебное разбирательство', 'Сот төрелігін іске асыру және әділ сот талқылауы', 32),
    ('THEME', 'independence of the judiciary', 'Independence of the judiciary', 'Независимость судебной власти', 'Сот билігінің тәуелсіздігі', 33),
    ('THEME', 'freedom of thought, conscience and religion', 'Freedom of thought, conscience and religion', 'Свобода мысли, совести и религии', 'Ой, ар-ождан және дін бостандығы', 34),
    ('THEME', 'freedom of opinion and expression', 'Freedom of opinion and expression', 'Свобода мнений и их выражения', 'Пікір және оны білдіру бостандығы', 35),
    ('THEME', 'freedom of peaceful assembly', 'Freedom of peaceful assembly', 'Свобода мирных собраний', 'Бейбіт жиналыстар бостандығы', 36),
    ('THEME', 'freedom of association', 'Freedom of association', 'Свобода ассоциации', 'Бірлестіктер бостандығы', 37),
    ('THEME', 'right to participate in public affairs and right to vote', 'Right to participate in public affairs and right to vote', 'Право на участие в ведении государственных дел и право голоса', 'Мемлекет істерін басқаруға қатысу құқығы және дауыс беру құқығы', 38),
    ('THEME', 'right to privacy', 'Right to privacy', 'Право на неприкосновенность частной жизни', 'Жеке өміріне қол сұғылмаушылық құқығы', 39),
    ('THEME', 'freedom of movement', 'Freedom of movement', 'Свобода передвижения', 'Жүріп-тұру бостандығы', 40),
    ('THEME', 'right to a nationality', 'Right to a nationality', 'Право на гражданство', 'Азаматтыққа құқық', 41),
    ('THEME', 'birth registration', 'Birth registration', 'Регистрация рождений', 'Туу тіркеу', 42),
    ('THEME', 'civil society', 'Civil society', 'Гражданское общество', 'Азаматтық қоғам', 43),
    ('THEME', 'right to an adequate standard of living', 'Right to an adequate standard of living', 'Право на достаточный жизненный уровень', 'Лайықты өмір сүру деңгейіне құқық', 44),
    ('THEME', 'right to food', 'Right to food', 'Право на питание', 'Тамақ құқығы', 45),
    ('THEME', 'right to water and sanitation', 'Right to water and sanitation', 'Право на воду и санитарию', 'Су мен санитарияға құқық', 46),
    ('THEME', 'right to adequate housing', 'Right to adequate housing', 'Право на достаточное жилище', 'Лайықты тұрғын үйге құқық', 47),
    ('THEME', 'right to social security', 'Right to social security', 'Право на социальное обеспечение', 'Әлеуметтік қамсыздандыруға құқық', 48),
    ('THEME', 'right to work', 'Right to work', 'Право на труд', 'Еңбек ету құқығы', 49),
    ('THEME', 'right to just and favourable conditions of work', 'Right to just and favourable conditions of work', 'Право на справедливые и благоприятные условия труда', 'Әділ және қолайлы еңбек жағдайларына құқық', 50),
    ('THEME', 'right to health', 'Right to health', 'Право на здоровье', 'Денсаулық сақтау құқығы', 51),
    ('THEME', 'sexual and reproductive health and rights', 'Sexual and reproductive health and rights', 'Сексуальное и репродуктивное здоровье и права', 'Жыныстық және репродуктивтік денсаулық пен құқықтар', 52),
    ('THEME', 'right to education', 'Right to education', 'Право на образование', 'Білім алу құқығы', 53),
    ('THEME', 'cultural rights', 'Cultural rights', 'Культурные права', 'Мәдени құқықтар', 54),
    ('THEME', 'poverty', 'Poverty', 'Бедность', 'Кедейлік', 55),
    ('THEME', 'women''s rights', 'Women''s rights', 'Права женщин', 'Әйелдердің құқықтары', 56),
    ('THEME', 'discrimination against women', 'Discrimination against women', 'Дискриминация в отношении женщин', 'Әйелдерді кемсіту', 57),
    ('THEME', 'violence against women', 'Violence against women', 'Насилие в отношении женщин', 'Әйелдерге қатысты зорлық-зомбылық', 58),
    ('THEME', 'domestic violence', 'Domestic violence', 'Домашнее насилие', 'Тұрмыстық зорлық-зомбылық', 59),
    ('THEME', 'gender equality', 'Gender equality', 'Гендерное равенство', 'Гендерлік теңдік', 60),
    ('THEME', 'children''s rights', 'Children''s rights', 'Права ребёнка', 'Бала құқықтары', 61),
    ('THEME', 'juvenile justice', 'Juvenile justice', 'Правосудие в отношении несовершеннолетних', 'Кәмелетке толмағандарға қатысты сот төрелігі', 62),
    ('THEME', 'child labour', 'Child labour', 'Детский труд', 'Балалар еңбегі', 63),
    ('THEME', 'rights of persons with disabilities', 'Rights of persons with disabilities', 'Права лиц с инвалидностью', 'Мүгедектігі бар адамдардың құқықтары', 64),
    ('THEME', 'minorities', 'Minorities', 'Меньшинства', 'Азшылықтар', 65),
    ('THEME', 'migrants', 'Migrants', 'Мигранты', 'Көші-қоншылар', 66),
    ('THEME', 'refugees and asylum seekers', 'Refugees and asylum seekers', 'Беженцы и лица, ищущие убежища', 'Босқындар және баспана іздеушілер', 67),
    ('THEME', 'stateless persons', 'Stateless persons', 'Лица без гражданства', 'Азаматтығы жоқ адамдар', 68),
    ('THEME', 'sexual orientation and gender identity', 'Sexual orientation and gender identity', 'Сексуальная ориентация и гендерная идентичность', 'Жыныстық бағдар және гендерлік сәйкестік', 69),
    ('THEME', 'human rights defenders', 'Human rights defenders', 'Правозащитники', 'Құқық қорғаушылар', 70),
    ('AFFECTED_GROUP', 'general', 'General', 'Все', 'Барлығы', 1),
    ('AFFECTED_GROUP', 'women', 'Women', 'Женщины', 'Әйелдер', 2),
    ('AFFECTED_GROUP', 'girls', 'Girls', 'Девочки', 'Қыз балалар', 3),
    ('AFFECTED_GROUP', 'women and girls', 'Women and girls', 'Женщины и девочки', 'Әйелдер мен қыз балалар', 4),
    ('AFFECTED_GROUP', 'children', 'Children', 'Дети', 'Балалар', 5),
    ('AFFECTED_GROUP', 'youth', 'Youth', 'Молодёжь', 'Жастар', 6),
    ('AFFECTED_GROUP', 'older persons', 'Older persons', 'Пожилые люди', 'Егде адамдар', 7),
    ('AFFECTED_GROUP', 'persons with disabilities', 'Persons with disabilities', 'Лица с инвалидностью', 'Мүгедектігі бар адамдар', 8),
    ('AFFECTED_GROUP', 'persons deprived of their liberty', 'Persons deprived of their liberty', 'Лица, лишённые свободы', 'Бостандығынан айырылған адамдар', 9),
    ('AFFECTED_GROUP', 'persons living in poverty', 'Persons living in poverty', 'Люди, живущие в бедности', 'Кедейлікте өмір сүретін адамдар', 10),
    ('AFFECTED_GROUP', 'persons living in rural areas', 'Persons living in rural areas', 'Жители сельской местности', 'Ауылдық жерлердің тұрғындары', 11),
    ('AFFECTED_GROUP', 'persons living with hiv/aids', 'Persons living with HIV/AIDS', 'Люди, живущие с ВИЧ/СПИДом', 'АИТВ/ЖИТС-пен өмір сүретін адамдар', 12),
    ('AFFECTED_GROUP', 'migrants', 'Migrants', 'Мигранты', 'Көші-қоншылар', 13),
    ('AFFECTED_GROUP', 'refugees and asylum seekers', 'Refugees and asylum seekers', 'Беженцы и лица, ищущие убежища', 'Босқындар және баспана іздеушілер', 14),
    ('AFFECTED_GROUP', 'internally displaced persons', 'Internally displaced persons', 'Внутренне перемещённые лица', 'Елдің ішінде қоныс аударған адамдар', 15),
    ('AFFECTED_GROUP', 'stateless persons', 'Stateless persons', 'Лица без гражданства', 'Азаматтығы жоқ адамдар', 16),
    ('AFFECTED_GROUP', 'non-citizens', 'Non-citizens', 'Неграждане', 'Азамат емес адамдар', 17),
    ('AFFECTED_GROUP', 'members of minorities', 'Members of minorities', 'Представители меньшинств', 'Азшылық өкілдері', 18),
    ('AFFECTED_GROUP', 'indigenous peoples', 'Indigenous peoples', 'Коренные народы', 'Байырғы халықтар', 19),
    ('AFFECTED_GROUP', 'lesbian, gay, bisexual, transgender and intersex persons', 'Lesbian, gay, bisexual, transgender and intersex persons', 'Лесбиянки, геи, бисексуалы, трансгендерные и интерсекс-люди', 'Лесбиянкалар, гейлер, бисексуалдар, трансгендер және интерсекс адамдар', 20),
    ('AFFECTED_GROUP', 'human rights defenders', 'Human rights defenders', 'Правозащитники', 'Құқық қорғаушылар', 21),
    ('AFFECTED_GROUP', 'journalists', 'Journalists', 'Журналисты', 'Журналистер', 22),
    ('AFFECTED_GROUP', 'media', 'Media', 'Средства массовой информации', 'Бұқаралық ақпарат құралдары', 23),
    ('AFFECTED_GROUP', 'civil society', 'Civil society', 'Гражданское общество', 'Азаматтық қоғам', 24),
    ('AFFECTED_GROUP', 'judges, lawyers and prosecutors', 'Judges, lawyers and prosecutors', 'Судьи, адвокаты и прокуроры', 'Судьялар, адвокаттар және прокурорлар', 25),
    ('AFFECTED_GROUP', 'law enforcement and police officials', 'Law enforcement and police officials', 'Сотрудники правоохранительных органов и полиции', 'Құқық қорғау органдары мен полиция қызметкерлері', 26),
    ('AFFECTED_GROUP', 'public officials', 'Public officials', 'Государственные служащие', 'Мемлекеттік қызметшілер', 27),
    ('AFFECTED_GROUP', 'persons affected by armed conflict', 'Persons affected by armed conflict', 'Лица, пострадавшие от вооружённых конфликтов', 'Қарулы қақтығыстардан зардап шеккен адамдар', 28),
    ('AFFECTED_GROUP', 'victims of trafficking', 'Victims of trafficking', 'Жертвы торговли людьми', 'Адам саудасының құрбандары', 29),
    ('AFFECTED_GROUP', 'persons in street situations', 'Persons in street situations', 'Люди, живущие на улице', 'Көшеде өмір сүретін адамдар', 30),
    ('AFFECTED_GROUP', 'religious groups', 'Religious groups', 'Религиозные группы', 'Діни топтар', 31),
    ('AFFECTED_GROUP', 'workers', 'Workers', 'Работники', 'Жұмысшылар', 32);

-- Theme names recommendations already carry that the list lacks, untranslated for editors to translate.
-- Only plain-ASCII names: SQLite's lower() folds ASCII alone, and the key must be what JavaScript's
-- toLowerCase() gives (an import adds any other name the next time it meets it).
INSERT INTO "VocabularyTerm" ("kind", "key", "nameEn", "nameRu", "nameKk", "position")
    SELECT 'THEME', lower(trim("theme")), min(trim("theme")), '', '', 1000
    FROM "RecommendationTheme"
    WHERE "theme" NOT GLOB '*[^ -~]*' AND trim("theme") <> '' AND instr(trim("theme"), '  ') = 0
    GROUP BY lower(trim("theme"))
    ON CONFLICT DO NOTHING;
