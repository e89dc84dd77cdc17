-- dev/demo-practices.sql: the demo practice library for the
-- local stack (dev/up, dev/test), loaded after the demo accounts.
--
-- Fourteen published practices of Gelderland municipalities across the
-- five procurement categories. Their ids 1..14 are fixed: the advice
-- rules of schema/advice.xml link to these numbers. Each practice has
-- one revision with the same id, published. Ede's two have the demo
-- member (lid@ede.example) as contact person, who opts in here; the demo
-- coordinator does not.
--
-- Idempotent: loading it again resets the texts and facts of these
-- practices. A practice id that some other practice holds already
-- (a database that had practices before this file existed) is left
-- alone, and so is a demo practice whose later revision was published.

SET NAMES utf8mb4;

CREATE TEMPORARY TABLE demo_practices (
  id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  uuid CHAR(36) CHARACTER SET ascii NOT NULL,
  cbs VARCHAR(8) NOT NULL,
  partners VARCHAR(200) NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  category VARCHAR(16) NOT NULL,
  value_band VARCHAR(16) NULL,
  is_public TINYINT(1) NOT NULL,
  published DATETIME NOT NULL,
  contact VARCHAR(100) NULL,
  themes VARCHAR(200) NOT NULL,
  aspects VARCHAR(200) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(1000) NOT NULL,
  approach TEXT NOT NULL,
  results TEXT NOT NULL,
  link1_url VARCHAR(500) NULL, link1_label VARCHAR(200) NULL,
  link2_url VARCHAR(500) NULL, link2_label VARCHAR(200) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO demo_practices VALUES
(1, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e001', 'GM0200', '', 2024, 'gww', '1m-5.5m', 1,
 '2025-02-11 09:30:00', NULL, 'ambitie-aanpak,inkoopbeleid', 'hergebruik,energie,kringloop',
 'Hoogwaardig hergebruik van asfalt bij groot onderhoud',
 'Apeldoorn vroeg bij het groot onderhoud van drie wijkontsluitingswegen om asfalt met ten minste 50% hergebruikt asfaltgranulaat, en beloonde aannemers die de oude deklaag op hetzelfde niveau terugbrengen in de weg. Het nieuwe asfalt heeft daardoor een veel lagere milieubelasting dan standaard asfalt.',
 'Selectie: aannemers moesten aantonen dat zij eerder asfalt met een hoog aandeel hergebruikt granulaat hadden verwerkt.\nEisen: minimaal 50% asfaltgranulaat in onder- en tussenlagen, 30% in de deklaag; het vrijkomende asfalt wordt gescheiden afgevoerd en teerhoudend asfalt thermisch gereinigd.\nGunning: 40% prijs, 60% kwaliteit, waarvan de helft op de milieukostenindicator (MKI) van het ontwerp, berekend met DuboCalc.\nContract: de aannemer levert per vak een materialenopgave aan en de gemeente meet steekproefsgewijs het aandeel granulaat; bij een lager aandeel volgt een korting.',
 'Het gemiddelde aandeel hergebruikt granulaat kwam uit op 58%, en de MKI lag ruim een kwart lager dan bij het referentieontwerp. De prijs was vergelijkbaar met eerdere bestekken.\nLessen: betrek de afdeling beheer vroeg, want zij moet vertrouwen hebben in de levensduur van het asfalt. Vraag de materialenopgave per vak, niet per project: anders is controle achteraf niet mogelijk.',
 'https://www.example.nl/apeldoorn/aanbesteding-groot-onderhoud-wegen-2024', 'Aanbestedingsleidraad groot onderhoud wegen 2024',
 'https://www.pianoo.nl/nl/themas/circulair-inkopen', 'PIANOo: circulair inkopen'),

(2, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e002', 'GM0301', '', 2023, 'gww', '215k-1m', 0,
 '2025-03-04 10:00:00', NULL, 'ambitie-aanpak', 'natuurlijk-kapitaal,innovatie,hergebruik',
 'Biobased beschoeiing langs watergangen',
 'Zutphen verving vier kilometer verrotte houten beschoeiing langs stadssingels en sloten door beschoeiing van biobased materialen. De markt mocht zelf met oplossingen komen; gekozen is voor palen van onbehandeld Europees hout met wilgenteenschermen en natuurvriendelijke oevers waar dat kon.',
 'Marktconsultatie: drie gesprekken met aannemers en leveranciers van biobased materialen, die leidden tot een functionele uitvraag in plaats van een voorgeschreven product.\nEisen: geen tropisch hardhout en geen kunststof; al het hout FSC- of PEFC-gecertificeerd; de oude beschoeiing wordt gesorteerd en waar mogelijk hergebruikt als vlechtwerk of in de houtketen verwerkt.\nGunning: beste prijs-kwaliteitverhouding, met punten voor het aandeel biobased materiaal, de verwachte levensduur en de winst voor de biodiversiteit van de oever.\nContract: een onderhoudsperiode van vijf jaar, waarin de aannemer de oevers beheert en zwakke plekken herstelt.',
 'Het biobased ontwerp was 12% duurder in aanleg, maar de aannemer verwacht een gelijke levensduur bij een lager onderhoud. Langs de natuurvriendelijke oevers zijn binnen een jaar meer oeverplanten en amfibieën geteld.\nLessen: een functionele uitvraag levert meer en betere oplossingen op dan een technisch bestek. Leg in het contract vast wie de oever beheert, anders verliest u de biodiversiteitswinst.',
 'https://www.example.nl/zutphen/biobased-beschoeiing-eindrapport', 'Eindrapport biobased beschoeiing Zutphen',
 NULL, NULL),

(3, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e003', 'GM0222', 'GM0197,GM1859,GM1876,GM1955,GM1586,GM1509,GM0294', 2025, 'gww', '1m-5.5m', 1,
 '2025-11-18 14:00:00', NULL, 'communicatie,samenwerking', 'natuurlijk-kapitaal,innovatie,kringloop',
 'Regionale marktconsultatie circulair groenonderhoud',
 'Acht Achterhoekse gemeenten, met Doetinchem als trekker, hielden samen een marktconsultatie voor het onderhoud van openbaar groen. Zo kregen hoveniers één duidelijke boodschap over wat de regio circulair wil, en konden de gemeenten daarna met vergelijkbare eisen aanbesteden.',
 'Marktconsultatie: een gezamenlijke informatiebijeenkomst, een online vragenlijst en tien gesprekken met hoveniers uit de regio en daarbuiten.\nOnderwerpen: elektrisch klein materieel, hergebruik van groenafval als compost of bodemverbeteraar in de eigen wijken, ecologisch maaibeheer en het aandeel inheemse beplanting.\nUitkomst: een gezamenlijke set minimumeisen en gunningscriteria, die elke gemeente in haar eigen aanbesteding gebruikt; grotere gemeenten aanbesteden zelf, kleinere samen in één perceelindeling.\nContract: elk contract bevat een jaarlijkse rapportage over materieel, groenafvalstromen en biodiversiteit, in hetzelfde format.',
 'Zes van de acht gemeenten hebben het groenonderhoud inmiddels met de gezamenlijke eisen aanbesteed. Hoveniers gaven aan dat de eenduidige eisen hun investering in elektrisch materieel rechtvaardigden.\nLessen: een regionale consultatie kost tijd voor afstemming, maar bespaart elke gemeente een eigen traject. Spreek vooraf af wie de gesprekken voert en hoe u de uitkomsten deelt.',
 'https://www.example.nl/achterhoek/marktconsultatie-groenonderhoud-verslag', 'Verslag van de regionale marktconsultatie',
 'https://www.example.nl/achterhoek/gezamenlijke-eisen-groenonderhoud', 'Gezamenlijke eisen en gunningscriteria groenonderhoud'),

(4, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e004', 'GM0268', '', 2023, 'bouw', '215k-1m', 1,
 '2025-01-21 11:15:00', NULL, 'ambitie-aanpak,borging', 'hergebruik,kringloop,gezond',
 'Circulaire sloop van een schoolgebouw met hergebruik van materialen',
 'Bij de sloop van een basisschool uit 1972 vroeg Nijmegen om circulair slopen: eerst oogsten wat hergebruikt kan worden, dan pas slopen. Ruim 90% van het materiaal kreeg een nieuwe bestemming, een flink deel in de nieuwbouw op dezelfde plek.',
 'Voorbereiding: een inventarisatie van herbruikbare materialen (oogstkaart) door een gespecialiseerd bureau, als bijlage bij de aanbesteding.\nEisen: ten minste 90% hoogwaardig hergebruik of recycling van het vrijkomende materiaal, gemeten in gewicht; asbest en andere schadelijke stoffen veilig en gescheiden verwijderd.\nGunning: naast de prijs een plan van aanpak voor het oogsten en afzetten van materialen, met afnemers en bestemmingen.\nContract: een verplichte registratie van alle afvoer in een materialenregister, en een bonus voor elk materiaal dat in de eigen nieuwbouw terugkomt.',
 'Er is 94% van het gewicht hergebruikt of hoogwaardig gerecycled. Binnendeuren, sanitair, dakpannen en de stalen spanten werden hergebruikt; het beton ging als granulaat naar de nieuwbouw.\nLessen: een oogstkaart vooraf maakt de inschrijvingen vergelijkbaar. Plan extra tijd voor het demonteren in en houd rekening met opslag van materialen tot de nieuwbouw start.',
 'https://www.example.nl/nijmegen/circulaire-sloop-basisschool-oogstkaart', 'Oogstkaart en aanbestedingsstukken circulaire sloop',
 'https://www.pianoo.nl/nl/themas/circulair-inkopen', 'PIANOo: circulair inkopen'),

(5, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e005', 'GM0202', '', 2024, 'bouw', '>5.5m', 0,
 '2025-06-10 09:00:00', NULL, 'ambitie-aanpak,borging', 'hergebruik,innovatie,kringloop',
 'Materialenpaspoort bij nieuwbouw van het stadskantoor',
 'Arnhem eiste bij de nieuwbouw van een vleugel van het stadskantoor een materialenpaspoort: een digitaal register van alle gebruikte materialen en producten, met hun herkomst, hoeveelheid en demontabelheid. Zo blijven de materialen ook over veertig jaar nog waardevol.',
 'Selectie: aannemers moesten ervaring hebben met demontabel bouwen en met het vastleggen van materiaalgegevens.\nEisen: een materialenpaspoort in een open en gangbaar format, bijgehouden tijdens de bouw en opgeleverd bij de oplevering; een minimale score voor losmaakbaarheid van gevel en installaties.\nGunning: 30% prijs, 70% kwaliteit, onder meer op de milieuprestatie van het gebouw (MPG) en de mate van losmaakbaarheid.\nContract: oplevering pas compleet met een gevalideerd paspoort; de beheerorganisatie houdt het daarna bij bij elke verbouwing.',
 'Het paspoort bevat ruim 2.300 producten. De MPG kwam uit op 0,48, ruim onder de wettelijke grens. Het beheer gebruikt het paspoort nu ook voor onderhoudsplanning.\nLessen: spreek het format van het paspoort vooraf af en richt het beheer in voordat het gebouw wordt opgeleverd, anders veroudert het register snel.',
 'https://www.example.nl/arnhem/materialenpaspoort-stadskantoor', 'Eisen voor het materialenpaspoort',
 NULL, NULL),

(6, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e006', 'GM0228', '', 2025, 'bouw', '1m-5.5m', 0,
 '2025-12-02 10:30:00', 'lid@ede.example', 'ambitie-aanpak,samenwerking', 'hergebruik,energie,kringloop',
 'Renovatie van een sporthal met gebruikte bouwmaterialen',
 'Ede renoveerde sporthal De Peppel met zoveel mogelijk gebruikte bouwmaterialen: gevelpanelen, binnenwanden en verlichting kwamen uit andere gesloopte gebouwen. De sporthal werd daarnaast aardgasvrij gemaakt.',
 'Uitvraag: een bouwteamcontract, zodat aannemer, architect en gemeente samen op zoek konden gaan naar beschikbare gebruikte materialen.\nEisen: ten minste 30% van de nieuw aangebrachte materialen (in kosten) is gebruikt of gerecycled; de sporthal voldoet na renovatie aan energielabel A+++.\nGunning: 40% prijs, 60% kwaliteit, met punten voor de aanpak om materialen te vinden en te keuren, en voor eerdere ervaring met hergebruik.\nContract: open begroting met een vast budget; besparingen door hergebruik worden gedeeld tussen aannemer en gemeente.',
 'Uiteindelijk bestond 42% van de nieuwe materialen uit gebruikte producten, onder meer 600 m² gevelpanelen uit een kantoorpand in Utrecht. Het gasverbruik ging naar nul en het elektriciteitsverbruik daalde door ledverlichting en zonnepanelen.\nLessen: een bouwteam maakt het mogelijk om met onzekere beschikbaarheid van materialen te werken. Reserveer ruimte voor tijdelijke opslag en keur gebruikte materialen op veiligheid voordat ze worden ingebouwd.',
 'https://www.example.nl/ede/renovatie-sporthal-de-peppel', 'Projectpagina renovatie sporthal De Peppel',
 NULL, NULL),

(7, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e007', 'GM0228', '', 2024, 'kantoor-fm', '215k-1m', 1,
 '2025-04-15 13:00:00', 'lid@ede.example', 'inkoopbeleid,borging', 'hergebruik,kringloop,gezond',
 'Hergebruikt kantoormeubilair via een raamovereenkomst',
 'Ede sloot een raamovereenkomst voor kantoormeubilair waarin hergebruik de standaard is: eerst wordt bestaand meubilair opgeknapt of hergebruikt, en nieuw meubilair komt er alleen als het niet anders kan. De inkoop toetst elke bestelling aan deze volgorde.',
 'Eisen: de leverancier neemt het bestaande meubilair in beheer, knapt het op (nieuwe stoffering, reparatie) en zet het opnieuw in; nieuw meubilair moet demontabel zijn en onderdelen moeten tien jaar leverbaar blijven.\nGunning: beste prijs-kwaliteitverhouding, met punten voor het aandeel hergebruikt meubilair in een voorbeeldinrichting van een verdieping.\nContract: een vaste prioriteitsvolgorde (hergebruiken, opknappen, gebruikt kopen, nieuw kopen) die de inkoper bij elke bestelling toetst; jaarlijkse rapportage over gewicht en aantallen per route; terugname aan het einde van de gebruiksduur.\nBeleid: de toets op de prioriteitsvolgorde is opgenomen in het inkoopbeleid en geldt sinds 2025 voor alle meubilair.',
 'In het eerste jaar kwam 71% van het geleverde meubilair uit hergebruik of opknappen. De kosten lagen 20% lager dan bij de vorige, traditionele overeenkomst.\nLessen: de toets in het inkoopbeleid werkte beter dan losse afspraken per afdeling. Zorg dat collega’s op de hoogte zijn: een opgeknapte stoel moet niet als tweede keus voelen.',
 'https://www.example.nl/ede/raamovereenkomst-kantoormeubilair', 'Raamovereenkomst kantoormeubilair Ede',
 'https://www.mvicriteria.nl/', 'MVI-criteriatool'),

(8, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e008', 'GM0289', '', 2023, 'kantoor-fm', '215k-1m', 1,
 '2024-10-08 10:00:00', NULL, 'inkoopbeleid', 'hergebruik,kringloop,gezond',
 'ICT-hardware met terugname en refurbishment',
 'Wageningen kocht laptops, beeldschermen en telefoons met een terugnamegarantie: de leverancier neemt de apparaten na gebruik terug, wist de gegevens gecertificeerd en zet ze opnieuw in of recyclet ze. Daarnaast werd een deel van de laptops gerefurbisht geleverd.',
 'Eisen: een aantoonbare terugnameregeling met gecertificeerde gegevensverwijdering; een garantietermijn van vijf jaar; vervangbare accu en reparatiemogelijkheden.\nGunning: punten voor het aandeel gerefurbishte apparaten, een TCO-certificering en een gerapporteerde sociale keten (arbeidsomstandigheden bij de productie).\nContract: jaarlijkse rapportage over teruggenomen apparaten en hun bestemming (hergebruik, onderdelen, recycling); de gebruiksduur van laptops gaat van vier naar zes jaar.',
 'Van de teruggenomen apparaten ging 83% naar hergebruik. De langere gebruiksduur scheelt naar verwachting ruim een derde van de aanschafkosten over tien jaar.\nLessen: een langere gebruiksduur levert de grootste winst op; vraag daarom ook om reparatie en onderdelen. Betrek de afdeling informatiebeveiliging vroeg bij de eisen aan gegevensverwijdering.',
 'https://www.example.nl/wageningen/aanbesteding-werkplekhardware', 'Aanbestedingsdocument werkplekhardware',
 NULL, NULL),

(9, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e009', 'GM0222', '', 2024, 'kantoor-fm', '50k-215k', 0,
 '2025-05-20 09:45:00', NULL, 'inkoopbeleid', 'hergebruik,gezond,kringloop',
 'Circulaire bedrijfskleding',
 'Doetinchem kocht bedrijfskleding voor de buitendienst en de stadswachten met gerecyclede vezels, en sprak af dat afgedankte kleding wordt teruggenomen en tot nieuwe vezels verwerkt. Logo’s zijn losmaakbaar, zodat kleding ook elders een tweede leven kan krijgen.',
 'Eisen: ten minste 30% gerecyclede vezels in de stof; geen schadelijke chemicaliën volgens een erkend textielkeurmerk; logo’s en emblemen losmaakbaar.\nGunning: punten voor een hoger aandeel gerecyclede vezels, voor reparatieservice en voor de sociale werkplaats die de terugname en sortering doet.\nContract: terugname van alle afgedankte kleding, met een jaarlijkse rapportage over hergebruik en vezel-tot-vezelrecycling.',
 'De kleding bevat gemiddeld 45% gerecyclede vezels. In het eerste jaar ging 1.200 kilo afgedankte kleding terug de keten in. Medewerkers zijn tevreden over draagcomfort en duurzaamheid.\nLessen: laat medewerkers proefdragen voordat u gunt. Een sociale werkplaats als partner voor de sortering verbindt circulair met sociaal inkopen.',
 'https://www.example.nl/doetinchem/bedrijfskleding-bestek', 'Bestek bedrijfskleding Doetinchem',
 NULL, NULL),

(10, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e010', 'GM0243', '', 2022, 'mobiliteit', '215k-1m', 1,
 '2024-09-17 11:00:00', NULL, 'ambitie-aanpak', 'energie,gezond,kringloop',
 'Elektrische veegmachines in lease',
 'Harderwijk schafte geen nieuwe dieselveegmachines aan, maar least elektrische veegmachines inclusief onderhoud. De leverancier blijft eigenaar en neemt de machines na de contractduur terug voor revisie en hergebruik.',
 'Uitvraag: een functionele vraag naar schone straten in het centrum en de wijken, in plaats van een vraag naar een aantal machines.\nEisen: volledig elektrisch, met een werkdag op één acculading; geluidsniveau onder 80 dB(A) zodat vroeg vegen in het centrum mogelijk is.\nGunning: de totale kosten over de contractduur (lease, onderhoud, energie) en de beschikbaarheidsgarantie.\nContract: lease van zes jaar met onderhoud en vervangend materieel; terugname en revisie door de leverancier aan het einde.',
 'De CO₂-uitstoot van het veegwerk daalde met ruim 90%. Omwonenden merken de lagere geluidsoverlast. De totale kosten liggen op het niveau van de oude dieselmachines.\nLessen: leg afspraken over laadpunten op de werf vroeg vast, want de netaansluiting bleek de langste doorlooptijd te hebben.',
 'https://www.example.nl/harderwijk/lease-elektrische-veegmachines', 'Leasecontract elektrische veegmachines',
 NULL, NULL),

(11, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e011', 'GM0202', '', 2025, 'mobiliteit', '50k-215k', 0,
 '2026-01-13 10:00:00', NULL, 'ambitie-aanpak,communicatie', 'energie,kringloop,gezond',
 'Deelauto’s voor dienstreizen',
 'Arnhem verving tien eigen dienstauto’s door elektrische deelauto’s bij het stadskantoor. Medewerkers reserveren ze via een app; buiten kantoortijd kunnen ook inwoners ze huren, zodat de auto’s beter worden benut.',
 'Uitvraag: mobiliteit als dienst: de gemeente betaalt per gebruik, de aanbieder levert en onderhoudt de auto’s.\nEisen: volledig elektrische auto’s, beschikbaarheid van ten minste 95% in kantoortijd, laadpunten op het eigen terrein, en openstelling voor inwoners buiten kantoortijd.\nGunning: prijs per uur en per kilometer, beschikbaarheid en het aantal inwonersritten dat de aanbieder verwacht.\nContract: vier jaar met een optie tot verlenging; kwartaalrapportage over gebruik en bezettingsgraad.',
 'Het aantal auto’s voor dienstreizen ging van tien naar zes, bij vrijwel gelijk gebruik. Buiten kantoortijd worden de auto’s zo’n 300 keer per maand door inwoners gebruikt.\nLessen: interne communicatie is doorslaggevend: leg uit waarom de eigen dienstauto verdwijnt en zorg dat reserveren eenvoudig is.',
 'https://www.example.nl/arnhem/deelautos-dienstreizen', 'Evaluatie deelauto’s voor dienstreizen',
 NULL, NULL),

(12, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e012', 'GM0200', '', 2025, 'energie', '215k-1m', 1,
 '2025-09-23 09:00:00', NULL, 'ambitie-aanpak', 'energie,kringloop,hergebruik',
 'Zonnepanelen met terugnamegarantie',
 'Apeldoorn legde zonnepanelen op twaalf gemeentelijke gebouwen en eiste dat de leverancier de panelen aan het einde van hun levensduur terugneemt en hoogwaardig recyclet. Panelen en omvormers zijn bovendien gekozen op een lange levensduur en een lage milieubelasting in de productie.',
 'Eisen: een terugnamegarantie na de gebruiksduur, met hoogwaardige recycling van glas, aluminium en silicium; een productgarantie van ten minste 25 jaar; bevestiging zonder lijm of kit, zodat panelen los te nemen zijn.\nGunning: punten voor de CO₂-voetafdruk van de panelen (productie) en voor het aandeel gerecyclede materialen.\nContract: de leverancier houdt een register bij van alle panelen en omvormers, zodat terugname over 25 jaar uitvoerbaar blijft.',
 'De twaalf installaties leveren samen circa 1,1 GWh per jaar. De gekozen panelen hebben een ruim 20% lagere productie-uitstoot dan gemiddelde panelen.\nLessen: vraag naar losmaakbare bevestiging; dat maakt ook dakonderhoud tussendoor eenvoudiger. Leg vast wie het register beheert als de leverancier ophoudt te bestaan.',
 'https://www.example.nl/apeldoorn/zonnepanelen-gemeentelijk-vastgoed', 'Aanbesteding zonnepanelen op gemeentelijk vastgoed',
 NULL, NULL),

(13, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e013', 'GM0268', '', 2024, 'energie', '1m-5.5m', 1,
 '2025-07-01 10:00:00', NULL, 'ambitie-aanpak,samenwerking', 'energie,kringloop,natuurlijk-kapitaal',
 'Openbare verlichting als dienst',
 'Nijmegen koopt geen lantaarnpalen en armaturen meer, maar licht: de leverancier blijft eigenaar van de led-armaturen, onderhoudt ze en neemt ze na de contractduur terug. De gemeente betaalt voor het licht op straat.',
 'Uitvraag: een functionele vraag naar verlichting die voldoet aan het beleidsplan openbare verlichting, met dimprofielen en aandacht voor dieren (amberkleurig licht bij natuurgebieden).\nEisen: led-armaturen met vervangbare onderdelen; het energieverbruik daalt met ten minste 50% ten opzichte van de huidige installatie.\nGunning: beste prijs-kwaliteitverhouding over de hele contractduur, met punten voor hergebruik van bestaande masten en voor een plan voor hergebruik van armaturen na afloop.\nContract: lichtdienst van vijftien jaar met een prestatiecontract: bij storingen of te weinig licht volgt een korting.',
 'Het energieverbruik van de openbare verlichting daalde met 62%. Van de bestaande masten kon 80% blijven staan.\nLessen: een lang contract vraagt om goede afspraken over tussentijdse wijzigingen, zoals nieuwe wijken. Betrek de ecoloog bij het lichtplan.',
 'https://www.example.nl/nijmegen/lichtdienst-openbare-verlichting', 'Aanbestedingsleidraad lichtdienst',
 'https://www.pianoo.nl/nl/themas/circulair-inkopen', 'PIANOo: circulair inkopen'),

(14, '3f6c2a1e-8d4b-4c71-9a0e-5b2d7c91e014', 'GM0301', '', 2026, 'kantoor-fm', '215k-1m', 0,
 '2026-02-24 09:30:00', NULL, 'inkoopbeleid,samenwerking', 'gezond,kringloop,innovatie',
 'Circulair schoonmaakcontract',
 'Zutphen besteedde de schoonmaak van het stadhuis en twaalf andere gebouwen aan met circulaire eisen: schoonmaakmiddelen op basis van microvezels en water, navulbare verpakkingen, en kleding en materialen die de schoonmaker terugneemt. De uitvoering gebeurt met mensen met een afstand tot de arbeidsmarkt.',
 'Eisen: schoonmaken op basis van microvezels en zo min mogelijk chemie; middelen met een erkend milieukeurmerk in navulbare verpakkingen; elektrische schrobmachines.\nGunning: punten voor een plan om het gebruik van chemie en wegwerpmaterialen jaarlijks te verminderen, en voor social return.\nContract: een jaarlijkse rapportage over middelen, verpakkingen en afval; afspraken over terugname van microvezeldoeken en werkkleding; een gezamenlijke verbetersessie per jaar.',
 'Het gebruik van schoonmaakmiddelen daalde met 70% en er zijn nauwelijks nog wegwerpverpakkingen. De schoonmakers merken minder klachten over huid en luchtwegen.\nLessen: maak de gezondheid van de schoonmakers onderdeel van het verhaal; dat overtuigt ook het management. Plan de verbetersessies vooraf in, anders schieten ze erbij in.',
 'https://www.example.nl/zutphen/schoonmaakcontract-2026', 'Aanbestedingsdocumenten schoonmaak 2026',
 NULL, NULL);

-- A practice id that another practice holds is left alone; so is a demo
-- revision id that another practice's revision holds.
DELETE d FROM demo_practices d
  JOIN practices p ON p.id = d.id AND p.uuid <> d.uuid;
DELETE d FROM demo_practices d
  JOIN practice_revisions r ON r.id = d.id AND r.practice_id <> d.id;

INSERT IGNORE INTO practices (id, uuid, organisation_id, created_at)
SELECT d.id, d.uuid, o.id, d.published - INTERVAL 20 DAY
FROM demo_practices d JOIN organisations o ON o.cbs_code = d.cbs;

-- One revision per practice, with the same id.
INSERT INTO practice_revisions (id, practice_id, status, title, summary,
  approach, results, year, category, value_band, contact_user_id,
  created_at, submitted_at, reviewed_at)
SELECT d.id, d.id, 'published', d.title, d.summary, d.approach, d.results,
  d.year, d.category, d.value_band, u.id, d.published - INTERVAL 20 DAY,
  d.published - INTERVAL 6 DAY, d.published
FROM demo_practices d LEFT JOIN users u ON u.email = d.contact
ON DUPLICATE KEY UPDATE status = VALUES(status), title = VALUES(title),
  summary = VALUES(summary), approach = VALUES(approach),
  results = VALUES(results), year = VALUES(year),
  category = VALUES(category), value_band = VALUES(value_band),
  contact_user_id = VALUES(contact_user_id);

-- The contact persons agree to be asked (only the demo accounts).
INSERT IGNORE INTO practice_contacts (user_id, opted_in_at)
SELECT DISTINCT u.id, UTC_TIMESTAMP()
FROM demo_practices d JOIN users u ON u.email = d.contact;

DELETE FROM practice_themes WHERE revision_id IN (SELECT id FROM demo_practices);
INSERT INTO practice_themes (revision_id, theme)
SELECT d.id, t.code FROM demo_practices d
JOIN (SELECT 'algemeen-beleid' AS code UNION ALL SELECT 'inkoopbeleid'
      UNION ALL SELECT 'ambitie-aanpak' UNION ALL SELECT 'borging'
      UNION ALL SELECT 'communicatie' UNION ALL SELECT 'samenwerking') t
  ON FIND_IN_SET(t.code, d.themes);

DELETE FROM practice_aspects WHERE revision_id IN (SELECT id FROM demo_practices);
INSERT INTO practice_aspects (revision_id, aspect)
SELECT d.id, a.code FROM demo_practices d
JOIN (SELECT 'gezond' AS code UNION ALL SELECT 'hergebruik'
      UNION ALL SELECT 'energie' UNION ALL SELECT 'natuurlijk-kapitaal'
      UNION ALL SELECT 'innovatie' UNION ALL SELECT 'kringloop') a
  ON FIND_IN_SET(a.code, d.aspects);

DELETE FROM practice_orgs WHERE revision_id IN (SELECT id FROM demo_practices);
INSERT INTO practice_orgs (revision_id, organisation_id)
SELECT d.id, o.id FROM demo_practices d
JOIN organisations o ON FIND_IN_SET(o.cbs_code, d.partners);

DELETE FROM practice_links WHERE revision_id IN (SELECT id FROM demo_practices);
INSERT INTO practice_links (revision_id, seq, url, label)
SELECT id, 1, link1_url, link1_label FROM demo_practices WHERE link1_url IS NOT NULL;
INSERT INTO practice_links (revision_id, seq, url, label)
SELECT id, 2, link2_url, link2_label FROM demo_practices WHERE link2_url IS NOT NULL;

-- Published, unless a later revision of the demo practice was published
-- since. Their search terms are made by `cimolt-admin practice reindex`
-- (dev/lib/stack.sh runs it after this file), as stemming needs the daemon's code.
UPDATE practices p
JOIN demo_practices d ON d.id = p.id
SET p.published_revision_id = d.id, p.is_public = d.is_public,
  p.first_published_at = d.published, p.published_at = d.published
WHERE p.published_revision_id IS NULL OR p.published_revision_id = d.id;

DROP TEMPORARY TABLE demo_practices;
