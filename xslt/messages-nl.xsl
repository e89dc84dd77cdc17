<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dutch message catalogue. Every text a stylesheet shows comes from here or
  from messages-en.xsl, looked up with c:t('key', arg1, ..., arg5) (see
  messages.xsl). A <arg n="N"/> inside a message is replaced by argument N.
  Both catalogues must hold the same keys: tests/browser/run checks that.
  Keep keys grouped by page; site-wide keys first.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c">

<xsl:variable name="c:messages-nl">
  <!-- site: header, navigation, footer -->
  <msg key="site.name">Circulair Inkopen Monitor &amp; Learning Tool</msg>
  <msg key="site.short-name">CIMoLT</msg>
  <msg key="site.tagline">Samen leren circulair inkopen: masterclasses, monitor en benchmark voor gemeenten</msg>
  <msg key="site.home-link">CIMoLT, naar de programmapagina</msg>
  <msg key="site.title"><arg n="1"/> – CIMoLT</msg>
  <msg key="skip-link">Direct naar de inhoud</msg>
  <msg key="nav.label">Hoofdmenu</msg>
  <msg key="nav.programme">Programma</msg>
  <msg key="nav.beheer">Beheer</msg>
  <msg key="languages.label">Taal</msg>
  <msg key="language.nl">Nederlands</msg>
  <msg key="language.en">English</msg>
  <msg key="footer.label">Over deze site</msg>
  <msg key="footer.name">Circulair Inkopen Monitor &amp; Learning Tool (CIMoLT)</msg>
  <msg key="footer.programme">CIMoLT is het programma waarin gemeenten samen leren circulair in te kopen: met masterclasses, een jaarlijkse monitor en een benchmark.</msg>
  <msg key="footer.network">Een initiatief van het Gelderse netwerk voor circulaire economie, voor en met de Gelderse gemeenten.</msg>

  <!-- dates and times; format.date args: weekday, day, month, year -->
  <msg key="format.date" xml:space="preserve"><arg n="1"/> <arg n="2"/> <arg n="3"/> <arg n="4"/></msg>
  <!-- args: hour without leading zero, minutes, hour with two digits -->
  <msg key="format.time"><arg n="1"/>.<arg n="2"/></msg>
  <!-- args: date, start time, end time -->
  <msg key="format.when.same-day"><arg n="1"/>, <arg n="2"/>–<arg n="3"/> uur</msg>
  <!-- args: start date, start time, end date, end time -->
  <msg key="format.when.days"><arg n="1"/>, <arg n="2"/> uur tot <arg n="3"/>, <arg n="4"/> uur</msg>
  <!-- args: date, start time -->
  <msg key="format.when.start"><arg n="1"/>, <arg n="2"/> uur</msg>
  <msg key="weekday.1">maandag</msg>
  <msg key="weekday.2">dinsdag</msg>
  <msg key="weekday.3">woensdag</msg>
  <msg key="weekday.4">donderdag</msg>
  <msg key="weekday.5">vrijdag</msg>
  <msg key="weekday.6">zaterdag</msg>
  <msg key="weekday.7">zondag</msg>
  <msg key="month.1">januari</msg>
  <msg key="month.2">februari</msg>
  <msg key="month.3">maart</msg>
  <msg key="month.4">april</msg>
  <msg key="month.5">mei</msg>
  <msg key="month.6">juni</msg>
  <msg key="month.7">juli</msg>
  <msg key="month.8">augustus</msg>
  <msg key="month.9">september</msg>
  <msg key="month.10">oktober</msg>
  <msg key="month.11">november</msg>
  <msg key="month.12">december</msg>

  <!-- home: the programme -->
  <msg key="home.title">Programma masterclasses circulair inkopen</msg>
  <msg key="home.lead">Leer met collega's uit andere gemeenten hoe u circulair inkoopt. Elk voorjaar organiseren we masterclasses voor de drie groepen die daarvoor samen nodig zijn, en een slotbijeenkomst voor iedereen.</msg>
  <msg key="home.groups.intro">Er is een masterclass voor:</msg>
  <msg key="home.groups.bestuur">bestuur: wethouders en directeuren;</msg>
  <msg key="home.groups.beleid">beleid: beleidsmedewerkers;</msg>
  <msg key="home.groups.uitvoering">uitvoering: inkopers en contractmanagers;</msg>
  <msg key="home.groups.monitor">de monitor: in twee dagdelen bereiden inkopers en coördinatoren circulaire economie zich voor op het invullen van de monitor.</msg>
  <msg key="home.limit">Per masterclass kunnen uit elke gemeente ten hoogste 3 personen deelnemen. Zo is er plaats voor zoveel mogelijk gemeenten.</msg>
  <msg key="home.closing">De slotbijeenkomst staat open voor iedereen uit alle gemeenten.</msg>
  <msg key="home.events.title">Bijeenkomsten</msg>
  <msg key="home.events.none">Er staan op dit moment geen bijeenkomsten gepland. Kijk later nog eens.</msg>

  <!-- one event -->
  <msg key="event.kind.masterclass">Masterclass</msg>
  <msg key="event.kind.slotbijeenkomst">Slotbijeenkomst</msg>
  <msg key="event.audience">Voor wie</msg>
  <msg key="event.audience.bestuur">Bestuur: wethouders en directeuren</msg>
  <msg key="event.audience.beleid">Beleid: beleidsmedewerkers</msg>
  <msg key="event.audience.uitvoering">Uitvoering: inkopers en contractmanagers</msg>
  <msg key="event.audience.monitor">Inkopers en coördinatoren circulaire economie, als voorbereiding op de monitor</msg>
  <msg key="event.audience.iedereen">Iedereen uit alle gemeenten</msg>
  <msg key="event.when">Wanneer</msg>
  <msg key="event.where">Waar</msg>
  <msg key="event.online">Online</msg>
  <!-- arg: place -->
  <msg key="event.place-and-online"><arg n="1"/>, ook online te volgen</msg>
  <msg key="event.places">Plaatsen</msg>
  <!-- args: places left, capacity -->
  <msg key="event.places-left">Nog <arg n="1"/> van de <arg n="2"/> plaatsen vrij</msg>
  <msg key="event.places-left.one">Nog 1 van de <arg n="2"/> plaatsen vrij</msg>
  <msg key="event.full">Vol: alle <arg n="2"/> plaatsen zijn bezet</msg>
  <msg key="event.per-org">Per gemeente</msg>
  <!-- arg: limit -->
  <msg key="event.per-org-limit">Ten hoogste <arg n="1"/> personen</msg>
  <msg key="event.per-org-limit.one">Ten hoogste 1 persoon</msg>
  <msg key="event.status">Status</msg>
  <msg key="event.status.closed">Inschrijving gesloten</msg>
  <msg key="event.status.cancelled">Gaat niet door</msg>
  <msg key="event.status.draft">In voorbereiding</msg>

  <!-- beheer: the organisers' overview -->
  <msg key="beheer.title">Overzicht bijeenkomsten</msg>
  <msg key="beheer.lead">Alle bijeenkomsten met hun status, capaciteit en bevestigde inschrijvingen.</msg>
  <msg key="beheer.events.caption">Bijeenkomsten en inschrijvingen</msg>
  <msg key="beheer.col.event">Bijeenkomst</msg>
  <msg key="beheer.col.status">Status</msg>
  <msg key="beheer.col.capacity">Capaciteit</msg>
  <msg key="beheer.col.confirmed">Bevestigd</msg>
  <msg key="beheer.col.left">Vrij</msg>
  <msg key="beheer.status.draft">Concept</msg>
  <msg key="beheer.status.open">Open</msg>
  <msg key="beheer.status.closed">Gesloten</msg>
  <msg key="beheer.status.cancelled">Geannuleerd</msg>

  <!-- error pages: title and what the user can do, per status -->
  <msg key="error.code">Foutcode <arg n="1"/></msg>
  <msg key="error.home">Naar de programmapagina</msg>
  <msg key="error.400.title">Dit verzoek kunnen wij niet lezen</msg>
  <msg key="error.400.text">Het webadres of de gegevens die u verstuurde bevatten iets wat wij niet kunnen lezen, bijvoorbeeld een onjuist teken. Controleer het adres, of ga naar de programmapagina en probeer het van daaruit opnieuw.</msg>
  <msg key="error.403.title">Geen toegang</msg>
  <msg key="error.403.text">Deze pagina is alleen voor organisatoren van het programma. Denkt u dat u wel toegang zou moeten hebben? Neem dan contact op met de organisatoren.</msg>
  <msg key="error.404.title">Pagina niet gevonden</msg>
  <msg key="error.404.text">Deze pagina bestaat niet of niet meer. Misschien is het adres verkeerd getypt, of is de pagina verplaatst. Controleer het adres, of ga naar de programmapagina.</msg>
  <msg key="error.405.title">Dit kan op deze pagina niet</msg>
  <msg key="error.405.text">Deze pagina kan niet op deze manier worden gebruikt, bijvoorbeeld omdat er een formulier naartoe werd gestuurd. Ga terug naar de vorige pagina en probeer het opnieuw.</msg>
  <!-- arg: the allowed methods, e.g. GET, HEAD -->
  <msg key="error.405.allow">Deze pagina accepteert alleen: <arg n="1"/>.</msg>
  <msg key="error.413.title">U verstuurde te veel gegevens</msg>
  <msg key="error.413.text">Wat u verstuurde is groter dan wij kunnen verwerken. Maak een bijlage kleiner of verstuur minder tekst, en probeer het opnieuw.</msg>
  <msg key="error.500.title">Er ging iets mis</msg>
  <msg key="error.500.text">Bij het maken van deze pagina ging bij ons iets mis. Dat ligt niet aan u. Probeer het over een paar minuten opnieuw. Blijft het misgaan? Neem dan contact op met de organisatoren.</msg>
  <msg key="error.502.title">Deze pagina is even niet bereikbaar</msg>
  <msg key="error.502.text">Een onderdeel van de site reageert nu niet, daardoor kunnen wij deze pagina niet tonen. Probeer het over een paar minuten opnieuw.</msg>
  <msg key="error.503.title">De site is even niet beschikbaar</msg>
  <msg key="error.503.text">Door onderhoud of een storing kunnen wij deze pagina nu niet tonen. Probeer het over een paar minuten opnieuw.</msg>
  <msg key="error.504.title">Dit duurde te lang</msg>
  <msg key="error.504.text">Het maken van deze pagina duurde te lang. Probeer het over een paar minuten opnieuw.</msg>
  <msg key="error.other.title">Er ging iets mis</msg>
  <msg key="error.other.text">Deze pagina kan nu niet getoond worden. Probeer het later opnieuw, of ga naar de programmapagina.</msg>
</xsl:variable>

</xsl:stylesheet>
