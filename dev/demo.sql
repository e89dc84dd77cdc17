-- dev/demo.sql: the demo programme for the local stack (dev/up, dev/test).
--
-- Four masterclasses in spring 2027, one per target group, and the closing
-- meeting for every municipality. Fixed ids make it idempotent: loading it
-- again resets the texts, times, limits and notification addresses of these
-- five events, but never their confirmed_count and waiting_count, which
-- belong to the registrations. The closing meeting has no per-municipality
-- limit (per_org_limit NULL). notify_emails: the organisers who get a
-- notice of every registration, cancellation and promotion.
-- Times are Europe/Amsterdam wall-clock time.

SET NAMES utf8mb4;

INSERT INTO events
  (id, kind, audience, status, title, description, starts_at, ends_at, place,
   online_url, capacity, per_org_limit, confirmed_count,
   registration_opens_at, registration_closes_at, notify_emails)
VALUES
  (1, 'masterclass', 'bestuur', 'open',
   'Circulair inkopen als bestuurlijke keuze',
   'Voor wethouders, gemeentesecretarissen en directeuren. Uw gemeente koopt jaarlijks voor miljoenen euro''s in: hoe zet u die inkoopkracht in voor de circulaire economie? We bespreken welke ambitie bij uw gemeente past, hoe u die vastlegt in het coalitieakkoord en de begroting, en hoe u als bestuurder stuurt op resultaat. Gelderse collega-bestuurders vertellen wat werkte en wat niet, tegen de achtergrond van het landelijke doel: 50% minder primaire grondstoffen in 2030.',
   '2027-03-11 15:00:00', '2027-03-11 17:30:00',
   'Provinciehuis Gelderland, Markt 11, Arnhem',
   NULL, 40, 3, 0, NULL, '2027-03-04 23:59:00',
   'programma@circulairgelderland.example'),

  (2, 'masterclass', 'beleid', 'open',
   'Van ambitie naar inkoopbeleid',
   'Voor beleidsmedewerkers duurzaamheid, economie en inkoop. Hoe vertaalt u een bestuurlijke ambitie naar een inkoopbeleid dat inkopers echt kunnen gebruiken? Aan de hand van voorbeelden uit Gelderse gemeenten werken we aan concrete doelen per inkoopcategorie, aan de borging in de organisatie (mandaat, budget, mensen en opleiding) en aan de samenwerking met buurgemeenten en de markt.',
   '2027-04-08 13:30:00', '2027-04-08 17:00:00',
   'Stadhuis Nijmegen, Korte Burchtstraat 20, Nijmegen',
   NULL, 35, 3, 0, NULL, '2027-04-01 23:59:00',
   'programma@circulairgelderland.example, beleid@circulairgelderland.example'),

  (3, 'masterclass', 'uitvoering', 'open',
   'Circulaire criteria in de aanbesteding',
   'Voor inkopers en contractmanagers. Van marktconsultatie tot contractbeheer: hoe neemt u circulaire eisen en gunningscriteria op in een aanbesteding voor bijvoorbeeld wegonderhoud, kantoormeubilair of ICT-hardware? We oefenen met terugnamegaranties, product-als-dienst en hergebruik van materialen, en bespreken hoe u in het contract nagaat of de leverancier waarmaakt wat hij beloofde.',
   '2027-04-22 09:30:00', '2027-04-22 12:30:00',
   'Stadhuis Apeldoorn, Marktplein 1, Apeldoorn',
   NULL, 30, 3, 0, NULL, '2027-04-15 23:59:00',
   'programma@circulairgelderland.example, inkoop@circulairgelderland.example'),

  (4, 'masterclass', 'monitor', 'open',
   'Aan de slag met de monitor circulair inkopen',
   'Voor inkopers en coördinatoren circulaire economie die dit najaar de monitor voor hun gemeente invullen. Twee ochtenden, dinsdag 18 mei en dinsdag 25 mei 2027, steeds van 9.00 tot 12.30 uur. De eerste ochtend loopt u de strategische en operationele vragen door en spreken we af welke inkoopcijfers u verzamelt; de tweede ochtend vult u met die cijfers de eerste onderdelen in en ziet u hoe de benchmark en het advies op maat tot stand komen.',
   '2027-05-18 09:00:00', '2027-05-25 12:30:00',
   'Provinciehuis Gelderland, Markt 11, Arnhem',
   NULL, 30, 3, 0, NULL, '2027-05-11 23:59:00',
   'programma@circulairgelderland.example, monitor@circulairgelderland.example'),

  (5, 'slotbijeenkomst', 'iedereen', 'open',
   'Slotbijeenkomst: samen verder met circulair inkopen',
   'Voor iedereen uit de deelnemende gemeenten, van bestuurder tot inkoper. We blikken terug op de masterclasses, presenteren de resultaten van de monitor 2026 en reiken de prijzen uit voor de gemeente met de beste strategie en voor de gemeente met de grootste operationele impact. Daarna gaan we in gesprek over de plannen voor volgend jaar. De bijeenkomst is ook via een livestream te volgen.',
   '2027-06-24 14:00:00', '2027-06-24 17:30:00',
   'Provinciehuis Gelderland, Markt 11, Arnhem',
   'https://live.example.org/cimolt/slotbijeenkomst-2027', 150, NULL, 0,
   NULL, '2027-06-17 23:59:00',
   'programma@circulairgelderland.example, evenementen@gelderland.example')
ON DUPLICATE KEY UPDATE
  kind = VALUES(kind), audience = VALUES(audience), status = VALUES(status),
  title = VALUES(title), description = VALUES(description),
  starts_at = VALUES(starts_at), ends_at = VALUES(ends_at), place = VALUES(place),
  online_url = VALUES(online_url), capacity = VALUES(capacity),
  per_org_limit = VALUES(per_org_limit),
  registration_opens_at = VALUES(registration_opens_at),
  registration_closes_at = VALUES(registration_closes_at),
  notify_emails = VALUES(notify_emails);

-- The sessions of these events (schema/025_event_sessions.sql): one each,
-- the event's own times and place, but the monitor masterclass (4), which
-- takes two mornings. The UIDs are fixed, so a reload keeps every
-- calendar entry that was made from them.
DELETE FROM event_sessions WHERE event_id BETWEEN 1 AND 5;
INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place)
  SELECT id, CONCAT('cimolt-event-', id), starts_at, ends_at, place
  FROM events WHERE id IN (1, 2, 3, 5);
INSERT INTO event_sessions (event_id, uid_key, starts_at, ends_at, place)
VALUES
  (4, 'cimolt-event-4', '2027-05-18 09:00:00', '2027-05-18 12:30:00',
   'Provinciehuis Gelderland, Markt 11, Arnhem'),
  (4, 'cimolt-event-4-2', '2027-05-25 09:00:00', '2027-05-25 12:30:00',
   'Provinciehuis Gelderland, Markt 11, Arnhem');

-- The closing meeting is open to everyone (events.open_to, schema/026): any
-- organisation in the table (municipalities anywhere, provinces, umbrella
-- organisations, the organisers) and guests who type the name of their
-- organisation; no limit per organisation (per_org_limit NULL above).
UPDATE events SET open_to = 'everyone',
  description = 'Voor iedereen die met circulair inkopen bezig is: medewerkers van gemeenten, provincies, koepelorganisaties en andere organisaties, van bestuurder tot inkoper. We blikken terug op de masterclasses, presenteren de resultaten van de monitor 2026 en reiken de prijzen uit voor de gemeente met de beste strategie en voor de gemeente met de grootste operationele impact. Daarna gaan we in gesprek over de plannen voor volgend jaar. De bijeenkomst is ook via een livestream te volgen.'
WHERE id = 5;
