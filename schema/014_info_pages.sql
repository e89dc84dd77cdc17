-- The information pages (about, contact, privacy, accessibility, help)
-- as texts organisers edit, in the markup of fcgi/markup.c. Every save is
-- a revision: the newest of a page and language is what the page shows,
-- and an organiser can look at an older one and restore it (a new
-- revision with its text). The shipped texts below are the first
-- revisions, by nobody (user_id NULL). user_id becomes NULL as well when
-- its user is erased.

CREATE TABLE IF NOT EXISTS info_revisions (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  page VARCHAR(32) CHARACTER SET ascii NOT NULL
    COMMENT 'over, contact, privacy, toegankelijkheid, help',
  lang ENUM('nl', 'en') NOT NULL,
  body MEDIUMTEXT NOT NULL COMMENT 'the markup, never HTML',
  user_id BIGINT UNSIGNED NULL COMMENT 'who saved it; NULL: shipped',
  restored_from BIGINT UNSIGNED NULL COMMENT 'the revision it restored',
  created_at DATETIME NOT NULL COMMENT 'UTC',
  KEY info_revisions_page (page, lang, id),
  KEY info_revisions_user (user_id),
  CONSTRAINT info_revisions_user_fk FOREIGN KEY (user_id)
    REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'over', 'nl', 'CIMoLT (Circulair Inkopen Monitor & Learning Tool) helpt gemeenten om circulair in te kopen: gemeenten leren van elkaar, meten hun voortgang en vergelijken zich met andere gemeenten.

## Wat het programma biedt

- **Masterclasses**: vier bijeenkomsten, elk voor een groep binnen de gemeente (bestuur: wethouders en directeuren; beleid: beleidsmedewerkers; uitvoering: inkopers en contractmanagers), en een slotbijeenkomst voor alle gemeenten. Per gemeente kunnen ten hoogste drie personen aan een masterclass deelnemen. Zie het [programma](/programma).
- **De monitor**: een jaarlijkse zelfscan van het circulair inkopen van de gemeente, op strategisch en op operationeel niveau. Lees de [uitleg bij de monitor](/help).
- **De benchmark**: de eigen scores naast die van de andere deelnemers. Andere gemeenten blijven anoniem, tenzij zij ervoor kozen met naam te worden getoond.
- **Advies op maat**: adviezen bij de scores van de gemeente, en persoonlijk advies op aanvraag.
- **Praktijkvoorbeelden**: gemeenten delen hun circulaire aanbestedingen in de [bibliotheek van praktijkvoorbeelden](/praktijk).

## Wie het organiseert

CIMoLT is een initiatief van het Gelderse netwerk voor circulaire economie, voor en met de Gelderse gemeenten. Vragen? Zie de pagina [contact](/contact).', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'over' AND lang = 'nl');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'over', 'en', 'CIMoLT (Circular Procurement Monitor & Learning Tool) helps municipalities to buy circularly: they learn from each other, measure their progress and compare themselves with other municipalities.

## What the programme offers

- **Masterclasses**: four meetings, each for one group within the municipality (executive: aldermen and directors; policy: policy staff; operations: buyers and contract managers), and a closing meeting for all municipalities. At most three persons per municipality can take part in a masterclass. See the [programme](/programma).
- **The monitor**: a yearly self-assessment of the municipality''s circular procurement, at a strategic and an operational level. Read the [help with the monitor](/help).
- **The benchmark**: your own scores beside those of the other participants. Other municipalities stay anonymous, unless they chose to be shown by name.
- **Tailored advice**: advice that follows from the municipality''s scores, and personal advice on request.
- **Practical examples**: municipalities share their circular tenders in the [library of practical examples](/praktijk).

## Who organises it

CIMoLT is an initiative of the circular economy network of Gelderland, for and with the municipalities of Gelderland. Questions? See the [contact](/contact) page.', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'over' AND lang = 'en');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'contact', 'nl', 'Heeft u een vraag over het programma, de masterclasses, de monitor of deze website? Neem contact op met de organisatoren.

## Contactgegevens

- E-mail: [cimolt@example.org](mailto:cimolt@example.org)
- Wij beantwoorden uw bericht binnen vijf werkdagen.

## Vaak gevraagd

- **Aanmelding bekijken of annuleren**: gebruik de link in de bevestiging die u per e-mail kreeg.
- **Account**: de coördinator van uw gemeente nodigt medewerkers uit. Een vergeten wachtwoord stelt u opnieuw in via [wachtwoord vergeten](/wachtwoord-vergeten).
- **Privacy**: lees de [privacyverklaring](/privacy). Ingelogd kunt u op de pagina Mijn account uw gegevens downloaden of vragen om uw account te verwijderen.
- **Toegankelijkheid**: meld een probleem op het adres hierboven; zie ook de [toegankelijkheidsverklaring](/toegankelijkheid).', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'contact' AND lang = 'nl');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'contact', 'en', 'Do you have a question about the programme, the masterclasses, the monitor or this website? Contact the organisers.

## How to reach us

- E-mail: [cimolt@example.org](mailto:cimolt@example.org)
- We answer your message within five working days.

## Often asked

- **Your registration**: use the link in the confirmation you received by e-mail to see or cancel it.
- **Accounts**: the coordinator of your municipality invites its staff. If you forgot your password, set a new one with [forgot password](/wachtwoord-vergeten).
- **Privacy**: read the [privacy statement](/privacy). When signed in, you can download your data or ask for your account to be deleted on the My account page.
- **Accessibility**: report a problem at the address above; see also the [accessibility statement](/toegankelijkheid).', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'contact' AND lang = 'en');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'privacy', 'nl', 'Deze privacyverklaring zegt welke persoonsgegevens CIMoLT verwerkt, waarvoor, op welke grondslag, hoe lang ze bewaard worden en wie ze ontvangt. Het verwerkingsregister van CIMoLT zegt hetzelfde.

## Wie is verantwoordelijk

De organisator van het programma is verwerkingsverantwoordelijke voor de persoonsgegevens op deze website. U bereikt ons via de pagina [contact](/contact).

## Welke gegevens, waarvoor en hoe lang

- **Account**: naam, e-mailadres, gemeente of organisatie, rol en taalkeuze, en een versleutelde vorm van het wachtwoord. Om in te loggen op de monitor, de benchmark, het advies en de praktijkvoorbeelden. Bewaard zolang het account bestaat; op uw verzoek gewist.
- **Sessies en links in e-mails** (uitnodiging, nieuw wachtwoord): alleen een versleutelde vorm. Gewist zodra ze verlopen zijn.
- **Aanmelding voor een bijeenkomst**: naam, e-mailadres, functie en gemeente. Om de bijeenkomst te organiseren (deelnemerslijst, wachtlijst, bevestigingen). Naam, e-mailadres en functie worden 12 maanden na de bijeenkomst gewist; het aantal deelnemers per gemeente blijft.
- **E-mailberichten** (bevestigingen, uitnodigingen en meldingen aan de organisatoren): de inhoud van een afgeleverd bericht wordt 30 dagen na verzending gewist.
- **Mislukte inlogpogingen**: een onomkeerbare hash van het ingetypte e-mailadres en het IP-adres, om het raden van wachtwoorden tegen te gaan. Na 30 dagen gewist.
- **Praktijkvoorbeelden**: wie een voorbeeld schreef, en de naam van de contactpersoon die daarmee instemde. Een vraag aan een contactpersoon gaat per e-mail; de website bewaart alleen dat er een vraag is gesteld, om misbruik te beperken.
- **Adviesaanvragen**: de vraag, de gewenste manier van contact en eventueel een telefoonnummer. Bewaard zolang het account bestaat; daarna blijft de vraag bij de gemeente, zonder telefoonnummer.
- **Teksten van deze informatiepagina''s**: welke organisator welke versie opsloeg, voor de verantwoording.
- **Auditlog**: wie welke beheerhandeling deed en wanneer, voor de beveiliging en de verantwoording. Persoonsgegevens in het auditlog worden na 2 jaar gepseudonimiseerd.
- **Logboeken van de server**: IP-adres, tijdstip en opgevraagde pagina (zonder de codes in links uit e-mails), om storingen en misbruik op te sporen; zo lang als de server ze bewaart.

De antwoorden in de monitor, de scores en de statistieken horen bij de gemeente, niet bij een persoon: die blijven bewaard.

## Grondslag

Wij verwerken deze gegevens voor de vervulling van een taak van algemeen belang (artikel 6 lid 1 onder e AVG): gemeenten helpen circulair in te kopen. De mislukte inlogpogingen en het auditlog dienen daarnaast de beveiliging van de verwerking (artikel 32 AVG).

## Wie de gegevens ontvangt

- De organisatoren van het programma, voor zover hun taak dat vraagt.
- Als verwerkers, die berichten afleveren: de dienst die meldingen ontvangt (de webhook) en de mailserver die e-mail verstuurt (de SMTP-relay). Met hen is een verwerkersovereenkomst gesloten.

Wij geven geen gegevens aan anderen, geven geen gegevens door buiten de Europese Economische Ruimte en gebruiken geen cookies voor statistieken of reclame. De website zet alleen cookies die nodig zijn: voor het inloggen, de taalkeuze en de beveiliging van formulieren.

## Uw rechten

U mag uw gegevens inzien, laten verbeteren of laten wissen, en bezwaar maken. Ingelogd vindt u op de pagina Mijn account de knop *Mijn gegevens downloaden* en een verzoek om uw account te verwijderen. U kunt ook schrijven via de pagina [contact](/contact). Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de [Autoriteit Persoonsgegevens](https://www.autoriteitpersoonsgegevens.nl/).', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'privacy' AND lang = 'nl');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'privacy', 'en', 'This privacy statement says which personal data CIMoLT processes, for which purpose, on which legal basis, for how long it is kept and who receives it. CIMoLT''s record of processing says the same.

## Who is responsible

The organiser of the programme is the controller of the personal data on this website. You can reach us through the [contact](/contact) page.

## Which data, for what and for how long

- **Account**: name, e-mail address, municipality or organisation, role and language, and an encrypted form of the password. To sign in to the monitor, the benchmark, the advice and the practical examples. Kept as long as the account exists; erased at your request.
- **Sessions and links in e-mails** (invitation, new password): only in an encrypted form. Erased as soon as they expire.
- **Registration for a meeting**: name, e-mail address, job title and municipality. To organise the meeting (list of participants, waiting list, confirmations). Name, e-mail address and job title are erased 12 months after the meeting; the number of participants per municipality stays.
- **E-mail messages** (confirmations, invitations and notices to the organisers): the content of a delivered message is erased 30 days after it was sent.
- **Failed sign-ins**: an irreversible hash of the e-mail address typed and the IP address, to stop passwords being guessed. Erased after 30 days.
- **Practical examples**: who wrote an example, and the name of the contact person who agreed to it. A question to a contact person goes by e-mail; the website only keeps that a question was asked, to limit abuse.
- **Advice requests**: the question, how you want to be contacted and, if given, a telephone number. Kept as long as the account exists; after that the question stays with the municipality, without the telephone number.
- **Texts of these information pages**: which organiser saved which revision, for accountability.
- **Audit log**: who did which administrative action and when, for security and accountability. Personal data in the audit log is pseudonymised after 2 years.
- **Server logs**: IP address, time and page requested (without the codes of links in e-mails), to find faults and abuse; as long as the server keeps them.

The monitor''s answers, the scores and the statistics belong to the municipality, not to a person: they are kept.

## Legal basis

We process this data to perform a task carried out in the public interest (Article 6(1)(e) GDPR): helping municipalities to buy circularly. The failed sign-ins and the audit log also serve the security of processing (Article 32 GDPR).

## Who receives the data

- The organisers of the programme, as far as their task needs it.
- As processors, who deliver messages: the service that receives notifications (the webhook) and the mail server that sends e-mail (the SMTP relay). A data processing agreement has been made with them.

We give no data to others, transfer no data outside the European Economic Area and set no cookies for statistics or advertising. The website only sets the cookies it needs: for signing in, the choice of language and the security of forms.

## Your rights

You may see your data, have it corrected or erased, and object. When signed in, the My account page has the button *Download my data* and a request to delete your account. You can also write to us through the [contact](/contact) page. If you disagree with how we handle your data, you can complain to the Dutch Data Protection Authority, the [Autoriteit Persoonsgegevens](https://www.autoriteitpersoonsgegevens.nl/).', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'privacy' AND lang = 'en');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'toegankelijkheid', 'nl', 'De organisator van CIMoLT wil dat iedereen deze website kan gebruiken. Deze verklaring gaat over de hele website.

## Nalevingsstatus

Deze website voldoet volgens onze eigen toetsing **gedeeltelijk** aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, de norm uit het Besluit digitale toegankelijkheid overheid. Een onderzoek door een onafhankelijke deskundige heeft nog niet plaatsgevonden.

## Datum en methode van de laatste evaluatie

- Datum: 2 december 2026.
- Methode: bij elke nieuwe versie toetst een geautomatiseerde test elke pagina, in het Nederlands en in het Engels, met axe-core (WCAG 2.0 en 2.1, niveau A en AA) en met de Nu HTML Checker. Daarbij worden ook de bediening met het toetsenbord, de zichtbare focus en de weergave op een scherm van 320 pixels breed gecontroleerd. Een versie waarin een fout wordt gevonden, gaat niet online.

## Bekende problemen

- Geautomatiseerde tests vinden niet alle problemen. Een handmatige toets met hulpsoftware, zoals een schermlezer, en een onderzoek door een onafhankelijke deskundige volgen nog.
- Materialen van bijeenkomsten (zoals presentaties) waarnaar een link verwijst, zijn niet altijd toegankelijk.

## Contact en klachten

Kunt u een deel van de website niet gebruiken, of is iets niet toegankelijk? Meld het ons via de pagina [contact](/contact). U krijgt binnen vijf werkdagen een ontvangstbevestiging en binnen drie weken een inhoudelijke reactie. Bent u niet tevreden over hoe wij uw melding afhandelen, dan kunt u zich wenden tot de [Nationale ombudsman](https://www.nationaleombudsman.nl/).', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'toegankelijkheid' AND lang = 'nl');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'toegankelijkheid', 'en', 'The organiser of CIMoLT wants everyone to be able to use this website. This statement covers the whole website.

## Compliance status

By our own evaluation, this website **partially** complies with the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, the standard of the Dutch Temporary Decree on digital accessibility of government (Besluit digitale toegankelijkheid overheid). It has not yet been examined by an independent expert.

## Date and method of the last evaluation

- Date: 2 December 2026.
- Method: with every new version, an automated test checks every page, in Dutch and in English, with axe-core (WCAG 2.0 and 2.1, levels A and AA) and with the Nu HTML Checker. It also checks operation with the keyboard, the visible focus and the display on a screen 320 pixels wide. A version in which an error is found does not go online.

## Known issues

- Automated tests do not find every problem. A manual evaluation with assistive technology, such as a screen reader, and an examination by an independent expert are still to come.
- Materials of meetings (such as slides) that a link points to are not always accessible.

## Contact and complaints

Is there a part of the website you cannot use, or is something not accessible? Tell us through the [contact](/contact) page. You will receive an acknowledgement within five working days and an answer within three weeks. If you are not satisfied with how we handle your report, you can turn to the [National Ombudsman](https://www.nationaleombudsman.nl/).', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'toegankelijkheid' AND lang = 'en');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'help', 'nl', 'Hier leest u hoe u de monitor invult, wat de niveaus, thema''s en categorieën betekenen en hoe de scores worden berekend.

## De monitor invullen

1. Log in met uw account en kies **Monitor** in het menu.
2. Kies het jaar. De monitor bestaat uit onderdelen; elk onderdeel slaat u apart op, en een opgeslagen onderdeel kunt u later aanvullen.
3. Alle medewerkers van de gemeente kunnen onderdelen invullen. De coördinator dient de monitor in als alles klaar is; daarna worden de scores berekend.
4. Weet u een antwoord niet, kies dan *Weet ik niet*. Dat telt niet mee in de score.
5. Vulde uw gemeente vorig jaar de monitor in, dan kunt u die antwoorden overnemen waar nog niets is ingevuld.

## Niveaus

- **Strategisch**: hoe de gemeente circulair inkopen organiseert.
- **Operationeel**: wat de gemeente per inkoopcategorie werkelijk doet en bereikt.

## Thema''s van het strategische niveau

- **Circulariteit in het algemene beleid** en **in het inkoopbeleid**: of en hoe circulair inkopen in het beleid staat.
- **Plannen, ambities en aanpak**: de doelen van de gemeente en hoe zij die wil halen.
- **Borging in de organisatie**: de plaats van circulair inkopen in processen, rollen en budgetten.
- **Communicatie**: hoe de gemeente erover communiceert, binnen en buiten de organisatie.
- **Samenwerking in regio en keten**: met andere overheden, leveranciers en partners.

## Categorieën van het operationele niveau

- **Grond-, weg- en waterbouw (GWW)**
- **Bouw, sloop en gebouwbeheer**
- **Kantoorfaciliteiten en FM**
- **Materieel, transport en mobiliteit**
- **Energie**

Per categorie vraagt de monitor ook naar het totale inkoopbedrag en het deel dat met circulaire criteria is ingekocht. Het aandeel circulair inkopen staat naast het landelijke doel van 10%.

## Hoe de scores worden berekend

Elk antwoord krijgt een score van 0 tot 100: een volwassenheidsniveau van 0 tot 4 telt als 0, 25, 50, 75 of 100; ja telt als 100 en nee als 0. De score van een thema, een categorie, een niveau of de hele monitor is het gewogen gemiddelde van de beantwoorde vragen daarin. Vragen zonder antwoord en *Weet ik niet* tellen niet mee; naast elke score staat hoeveel vragen beantwoord zijn.

## De benchmark

In de benchmark staan uw scores naast die van de andere deelnemers. Gemeenten blijven anoniem, tenzij zij kozen voor vermelding met naam; is een groep te klein om anoniem te blijven, dan worden geen cijfers getoond.

## Vragen

Komt u er niet uit? Neem [contact](/contact) op met de organisatoren.', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'help' AND lang = 'nl');

INSERT INTO info_revisions (page, lang, body, created_at)
SELECT 'help', 'en', 'This page explains how to fill in the monitor, what the levels, themes and categories mean and how the scores are computed.

## Filling in the monitor

1. Sign in with your account and choose **Monitor** in the menu.
2. Choose the year. The monitor has sections; you save each section on its own, and you can add to a saved section later.
3. Every member of staff of the municipality can fill in sections. The coordinator submits the monitor when everything is done; then the scores are computed.
4. If you do not know an answer, choose *Don''t know*. It does not count in the score.
5. If your municipality filled in the monitor last year, you can copy those answers where nothing has been filled in yet.

## Levels

- **Strategic**: how the municipality organises circular procurement.
- **Operational**: what the municipality actually does and achieves per procurement category.

## Themes of the strategic level

- **Circularity in general policy** and **in procurement policy**: whether and how circular procurement is part of policy.
- **Plans, ambitions and approach**: the municipality''s goals and how it means to reach them.
- **Embedding in the organisation**: the place of circular procurement in processes, roles and budgets.
- **Communication**: how the municipality talks about it, inside and outside the organisation.
- **Cooperation in the region and the supply chain**: with other authorities, suppliers and partners.

## Categories of the operational level

- **Ground, road and water works (GWW)**
- **Construction, demolition and building management**
- **Office facilities and facility management**
- **Equipment, transport and mobility**
- **Energy**

Per category the monitor also asks for the total procurement spend and the part bought with circular criteria. The share of circular procurement is shown against the national target of 10%.

## How the scores are computed

Each answer scores from 0 to 100: a maturity level from 0 to 4 counts as 0, 25, 50, 75 or 100; yes counts as 100 and no as 0. The score of a theme, a category, a level or the whole monitor is the weighted mean of the answered questions in it. Unanswered questions and *Don''t know* do not count; each score shows how many questions were answered.

## The benchmark

The benchmark shows your scores beside those of the other participants. Municipalities stay anonymous unless they chose to be named; where a group is too small to stay anonymous, no figures are shown.

## Questions

Stuck? [Contact](/contact) the organisers.

## Questions

Stuck? [Contact](/contact) the organisers.', UTC_TIMESTAMP() FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM info_revisions
  WHERE page = 'help' AND lang = 'en');
